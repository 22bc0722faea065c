"""Version 1 of the profile interchange format: the body of a parsed file to a ``Profile`` and back.

The header (``format``, ``version``) is checked by ``profile_format``, which picks the reader for the version. When a
version 2 comes, it gets its own module; this one stays so version 1 files keep being read.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.models.errors import ProfileError
from desktop.models.profile import Profile
from desktop.models.profile_reading import FieldReader
from desktop.models.profile_rules import (
    check_city,
    check_conditions,
    check_earlier_name,
    check_endowments,
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

VERSION = 1

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
    "figures",
    "goals",
    "notes",
)
REQUIRED = frozenset({"format", "version", "name", "stage", "industries", "endowments"})


def read(data: Mapping[str, object], *, earlier_names: bool = False) -> tuple[Profile | None, list[ProfileError]]:
    """The profile a version 1 object describes, or every problem with it (never both, never half).

    ``earlier_names`` reads the name by the rules of earlier versions (see ``profile_rules.check_earlier_name``).
    """
    reader = FieldReader(data, KEYS, REQUIRED)
    field, section, errors = reader.field, reader.section, reader.errors

    name = field("name", check_earlier_name if earlier_names else check_name)
    province = field("province", check_province)
    city = field("city", check_city)
    level = field("level", check_level)
    kind = field("kind", check_kind)
    stage = field("stage", check_stage)
    industries = section("industries", check_industries)
    endowments = section("endowments", check_endowments)
    conditions = section("conditions", check_conditions)
    figures = section("figures", check_figures)
    goals = field("goals", check_goals)
    notes = field("notes", check_notes)
    if errors:
        return None, errors
    # No error means every checker returned a value; the asserts only tell the type checker so.
    assert name is not None and stage is not None and industries is not None and endowments is not None
    return (
        Profile(
            name=name,
            stage=stage,
            industries=industries,
            endowments=endowments,
            conditions=conditions or {},
            figures=figures or {},
            province=province or "",
            city=city or "",
            level=level,
            kind=kind,
            goals=goals or "",
            notes=notes or "",
        ),
        [],
    )


def write(profile: Profile) -> dict[str, object]:
    """The body of a version 1 object, in the canonical key order; unknown optional fields are left out.

    Leaving out (rather than writing null) keeps hand-written and exported files alike; ``read`` accepts both.
    Conditions are always written in full so a reader sees every diagnostic point, true or false.
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
    data["endowments"] = {str(e): profile.endowments[e] for e in Endowment if e in profile.endowments}
    data["conditions"] = {str(c): bool(profile.conditions.get(c, False)) for c in Condition}
    data["figures"] = {str(f): profile.figures[f] for f in Figure if profile.figures.get(f) is not None}
    if profile.goals:
        data["goals"] = profile.goals
    if profile.notes:
        data["notes"] = profile.notes
    return data
