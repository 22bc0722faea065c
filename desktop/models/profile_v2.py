"""Version 2 of the profile interchange format: what version 1 has, plus the unknown and the zone's own context.

An endowment may be null (未评估) and a condition null or left out (不清楚); ``problems``, ``targets`` and ``units``
carry the zone's stated problems, quantified goals and own units (see ``profile_context_rules``). Version 1 files
keep being read by ``profile_v1``.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.models.errors import ProfileError
from desktop.models.profile import Profile
from desktop.models.profile_context_rules import check_problems, check_targets, check_units, target_data, unit_data
from desktop.models.profile_reading import FieldReader
from desktop.models.profile_rules import (
    check_city,
    check_conditions_v2,
    check_earlier_name,
    check_endowments_v2,
    check_figures,
    check_goals,
    check_industries,
    check_kind,
    check_level,
    check_name,
    check_notes,
    check_province,
    check_stage,
)
from desktop.models.vocabulary import Condition, Endowment, Figure

VERSION = 2

# The order in which fields are written, which is also the order of the format's description.
KEYS = (
    "format",
    "version",
    "name",
    "province",
    "city",
    "level",
    "kind",
    "stage",
    "industries",
    "endowments",
    "conditions",
    "problems",
    "targets",
    "units",
    "figures",
    "goals",
    "notes",
)
REQUIRED = frozenset({"format", "version", "name", "stage", "industries", "endowments"})


def read(data: Mapping[str, object], *, earlier_names: bool = False) -> tuple[Profile | None, list[ProfileError]]:
    """The profile a version 2 object describes, or every problem with it (never both, never half)."""
    reader = FieldReader(data, KEYS, REQUIRED, VERSION)
    field, section, errors = reader.field, reader.section, reader.errors

    name = field("name", check_earlier_name if earlier_names else check_name)
    province = field("province", check_province)
    city = field("city", check_city)
    level = field("level", check_level)
    kind = field("kind", check_kind)
    stage = field("stage", check_stage)
    industries = section("industries", check_industries)
    endowments = section("endowments", check_endowments_v2)
    conditions = section("conditions", check_conditions_v2)
    problems = section("problems", check_problems)
    targets = section("targets", check_targets)
    units = section("units", check_units)
    figures = section("figures", check_figures)
    goals = field("goals", check_goals)
    notes = field("notes", check_notes)
    if errors:
        return None, errors
    assert name is not None and stage is not None and industries is not None and endowments is not None
    return (
        Profile(
            name=name,
            stage=stage,
            industries=industries,
            endowments=endowments,
            conditions=conditions if conditions is not None else dict.fromkeys(Condition),
            figures=figures or {},
            province=province or "",
            city=city or "",
            level=level,
            kind=kind,
            goals=goals or "",
            notes=notes or "",
            problems=problems or (),
            targets=targets or (),
            units=units,
        ),
        [],
    )


def write(profile: Profile) -> dict[str, object]:
    """The body of a version 2 object, in the canonical key order.

    Endowments and conditions are always written in full, unknown ones as null, so a reader sees every point and
    which are not known; ``units`` only when the zone gave its own (absent = the catalogue's default set).
    """
    data: dict[str, object] = {"name": profile.name}
    if profile.province:
        data["province"] = profile.province
    if profile.city:
        data["city"] = profile.city
    if profile.level is not None:
        data["level"] = str(profile.level)
    if profile.kind is not None:
        data["kind"] = str(profile.kind)
    data["stage"] = str(profile.stage)
    data["industries"] = [str(industry) for industry in profile.industries]
    data["endowments"] = {str(e): profile.endowments.get(e) for e in Endowment}
    data["conditions"] = {str(c): profile.conditions.get(c) for c in Condition}
    data["problems"] = list(profile.problems)
    data["targets"] = [target_data(target) for target in profile.targets]
    if profile.units is not None:
        data["units"] = [unit_data(unit) for unit in profile.units]
    data["figures"] = {str(f): profile.figures[f] for f in Figure if profile.figures.get(f) is not None}
    if profile.goals:
        data["goals"] = profile.goals
    if profile.notes:
        data["notes"] = profile.notes
    return data
