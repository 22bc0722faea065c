"""The ``match --json`` object of design.md, in one language: plain data, ready for ``json.dumps``."""

from __future__ import annotations

from desktop.models.analysis import Analysis
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.types import Indicator
from desktop.models.text import Lang


def match_report(analysis: Analysis, lang: Lang = "zh", kb: KnowledgeBase | None = None) -> dict[str, object]:
    """Matches highest first, then the proposed actions. Units are named in ``lang`` (IDs stay in the plan objects)."""
    if kb is None:
        from desktop.models.knowledge.loader import default_knowledge_base

        kb = default_knowledge_base()

    from desktop.models.plan.units import ZoneUnits

    units = ZoneUnits.of(analysis.profile, kb.departments)

    def unit(department_id: str) -> str:
        return units.name(department_id, lang)  # the zone's own name for it (plan/units.py)

    matches = [
        {
            "id": m.id,
            "kind": m.kind.value,
            "title": m.title.get(lang),
            "score": m.score,
            "reasons": [{"text": r.text.get(lang), "points": r.points} for r in m.reasons],
            "gaps": [g.text.get(lang) for g in m.applies_less],
            "paragraphs": list(m.paragraphs),
            # v2: what was not judged because a value is not known (待核实), with the points it could move
            "unknown": [g.text.get(lang) for g in m.unknown],
            **({"coverage": {"stated": m.coverage.stated, "of": m.coverage.of}} if m.coverage is not None else {}),
        }
        for m in analysis.result.matches
    ]
    actions = [
        {
            "id": a.id,
            "title": a.title.get(lang),
            "recommendation": a.recommendation or None,
            "basis": a.basis,
            "depends_on": list(a.depends_on),
            "draws_on": list(a.draws_on),
            "priority": a.priority.value,
            "phase": a.phase.value,
            "lead": unit(a.lead),
            "partners": [unit(p) for p in a.partners],
            "kpi": a.kpi.get(lang),
            "why": a.why.get(lang),
            "paragraphs": list(a.paragraphs),
            "indicator": None if a.indicator is None else indicator_report(a.indicator, lang),
        }
        for a in analysis.actions
    ]
    outside = [
        {"id": n.id, "topic": n.topic.get(lang), "note": n.note.get(lang)} for n in analysis.result.outside_article
    ]
    return {"profile": analysis.profile.name, "matches": matches, "actions": actions, "outside_article": outside}


def indicator_report(indicator: Indicator, lang: Lang) -> dict[str, object]:
    """An action's indicator: a ``null`` base or target is 待填 (the zone has not given it)."""
    return {
        "name": indicator.name.get(lang),
        "unit": indicator.unit.get(lang),
        "base": indicator.base,
        "base_year": indicator.base_year,
        "target": indicator.target,
        "target_year": indicator.target_year,
    }
