"""The comparison shows what a zone does not know as unknown (radar gap, table row), and its problems and targets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.analysis import Analysis
from desktop.models.profile import Profile, Target
from desktop.models.vocabulary import Condition, Endowment
from desktop.views.compare.page import ComparePage


class _KnownAnalyzer:
    """Matches the profile with its unknowns set to a rating: how unknowns are scored is the matching's business,
    and this page only shows the result; what is tested here is how the page shows the unknowns themselves."""

    def __init__(self, real: object) -> None:
        self._real = real
        self.kb = real.kb  # type: ignore[attr-defined]

    def analyse(self, profile: Profile) -> Analysis:
        known = profile.with_changes(
            endowments={e: 2 if v is None else v for e, v in profile.endowments.items()},
            conditions={c: bool(v) for c, v in profile.conditions.items()},
        )
        return self._real.analyse(known)  # type: ignore[attr-defined, no-any-return]


def test_unknowns_problems_and_targets_are_shown_side_by_side(qtbot, store, analyzer, samples) -> None:  # type: ignore[no-untyped-def]
    base = samples["hitech-hubei"]
    vague = base.with_changes(
        name="情况不明的开发区",
        endowments={**dict(base.endowments), Endowment.CAPITAL: None},
        conditions={**dict(base.conditions), Condition.GUIDANCE_FUND: None},
        problems=("sme_financing",),
        targets=(Target("hitech_firms", 300.0, 2028, base=None, base_year=2025),),
    )
    ids = [store.create(vague), store.create(base.with_changes(name="情况清楚的开发区"))]
    page = ComparePage(store, _KnownAnalyzer(analyzer), "en")  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.choose(ids)

    model = page.table_model
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    vague_column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)].index("情况不明的开发区")
    cell = lambda title, column: model.index(rows[title], column).data()  # noqa: E731
    assert (
        cell("Not known (to be verified)", vague_column)
        == "Capital and finance, Has a government guidance or cluster venture fund"
    )
    assert cell("Not known (to be verified)", 1 - vague_column) == "—"
    assert cell("Stated problems", vague_column) == "SMEs struggle to get finance"
    assert cell("Targets", vague_column) == "High-tech enterprises: 2025: to be filled in → 2028: 300 firms"
    series = page.radar.series()[vague_column]
    assert series.values["capital"] is None  # never drawn as 0
    assert page.radar.label_text(list(Endowment).index(Endowment.CAPITAL)).endswith(" ?")
