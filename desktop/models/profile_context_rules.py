"""The rules of the zone's own context in format v2: stated ``problems``, quantified ``targets`` and its ``units``.

Like ``profile_rules``, each checker collects every problem into ``errors`` (naming the field path, e.g.
``targets[1].target_year``, and the value) and returns what was valid. Problem and indicator IDs come from the data
vocabularies (``profile_vocabulary``); unit roles from the unit catalogue.
"""

from __future__ import annotations

import math

from desktop.models.errors import ProfileError
from desktop.models.profile import Target, Unit
from desktop.models.profile_messages import missing, problem, unknown_key, wrong_type
from desktop.models.profile_rules import check_unit_name
from desktop.models.profile_vocabulary import IndicatorEntry, ProfileVocabulary, load_profile_vocabulary
from desktop.models.text import Text

YEAR_MIN = 2000
YEAR_MAX = 2100
PERCENT_MAX = 100.0
VALUE_MAX = 1_000_000_000.0  # beyond any indicator of any zone: a slip of the keyboard
TARGET_KEYS = ("indicator", "base_year", "base", "target_year", "target")
UNIT_KEYS = ("role", "name", "group")
# Where a unit of the zone's own stands (the groups of resources/departments.toml); absent = internal.
UNIT_GROUP_VALUES = ("committee", "government", "partner")


def _vocabulary() -> ProfileVocabulary:
    return load_profile_vocabulary()


def _not_a_list(path: str, value: object, what: Text) -> ProfileError:
    return wrong_type(path, value, what)


def check_problems(value: object, errors: list[ProfileError]) -> tuple[str, ...]:
    """Problem IDs of the vocabulary, each once; null or missing means none stated."""
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(_not_a_list("problems", value, Text("问题代码的数组", "an array of problem codes")))
        return ()
    known = _vocabulary().problems
    found: list[str] = []
    for index, item in enumerate(value):
        path = f"problems[{index}]"
        if not isinstance(item, str):
            errors.append(wrong_type(path, item, Text("问题代码", "a problem code")))
            continue
        code = item.strip()
        if code not in known:
            errors.append(
                problem(
                    path,
                    item,
                    "{field_zh}的值 {value} 不是已知的问题；应为以下之一：{allowed}。",
                    "{field_en}: {value} is not a known problem; expected one of: {allowed}.",
                    allowed=", ".join(known),
                )
            )
            continue
        if code in found:
            errors.append(
                problem(
                    path,
                    item,
                    "{field_zh}的值 {value} 重复，第 {first} 项已经是它。",
                    "{field_en}: {value} is listed twice (already item {first}).",
                    first=found.index(code) + 1,
                )
            )
            continue
        found.append(code)
    return tuple(found)


def _year(path: str, value: object, errors: list[ProfileError]) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(wrong_type(path, value, Text(f"{YEAR_MIN}–{YEAR_MAX} 的年份", f"a year {YEAR_MIN}–{YEAR_MAX}")))
        return None
    if not YEAR_MIN <= value <= YEAR_MAX:
        errors.append(
            problem(
                path,
                value,
                "{field_zh}的值 {value} 超出范围，应为 {low}–{high} 的年份。",
                "{field_en}: {value} is out of range; expected a year from {low} to {high}.",
                low=YEAR_MIN,
                high=YEAR_MAX,
            )
        )
        return None
    return value


def _amount(path: str, value: object, indicator: IndicatorEntry | None, errors: list[ProfileError]) -> float | None:
    """A base or target value: a finite, non-negative number; ≤ 100 for a % indicator; whole for a count."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        errors.append(wrong_type(path, value, Text("数字", "a number")))
        return None
    if not math.isfinite(value):
        errors.append(
            problem(
                path, value, "{field_zh}的值 {value} 不是有限的数字。", "{field_en}: {value} is not a finite number."
            )
        )
        return None
    if value < 0:
        errors.append(
            problem(path, value, "{field_zh}不能为负数（值为 {value}）。", "{field_en} cannot be negative ({value}).")
        )
        return None
    if indicator is not None and indicator.percent and value > PERCENT_MAX:
        errors.append(
            problem(
                path,
                value,
                "{field_zh}的值 {value} 是百分比，不能超过 100。",
                "{field_en}: {value} is a percentage and cannot exceed 100.",
            )
        )
        return None
    if value > VALUE_MAX:
        errors.append(
            problem(
                path,
                value,
                "{field_zh}的值 {value} 大得不合理，请检查单位或位数。",
                "{field_en}: {value} is implausibly large; please check the unit and the digits.",
            )
        )
        return None
    if indicator is not None and indicator.integer and isinstance(value, float) and not value.is_integer():
        errors.append(
            problem(
                path, value, "{field_zh}应为整数，而不是 {value}。", "{field_en} must be a whole number, not {value}."
            )
        )
        return None
    return float(value)


def _target(index: int, value: object, errors: list[ProfileError]) -> Target | None:
    path = f"targets[{index}]"
    if not isinstance(value, dict):
        errors.append(wrong_type(path, value, Text("对象", "an object")))
        return None
    before = len(errors)
    errors.extend(
        unknown_key(f"{path}.{key}", item, list(TARGET_KEYS), version=2)
        for key, item in value.items()
        if key not in TARGET_KEYS
    )
    indicators = _vocabulary().indicators
    indicator: IndicatorEntry | None = None
    code = value.get("indicator")
    if "indicator" not in value:
        errors.append(missing(f"{path}.indicator"))
    elif not isinstance(code, str):
        errors.append(wrong_type(f"{path}.indicator", code, Text("指标代码", "an indicator code")))
    elif code.strip() not in indicators:
        errors.append(
            problem(
                f"{path}.indicator",
                code,
                "{field_zh}的值 {value} 不是已知的指标；应为以下之一：{allowed}。",
                "{field_en}: {value} is not a known indicator; expected one of: {allowed}.",
                allowed=", ".join(indicators),
            )
        )
    else:
        indicator = indicators[code.strip()]

    target_year = _year(f"{path}.target_year", value["target_year"], errors) if "target_year" in value else None
    if "target_year" not in value:
        errors.append(missing(f"{path}.target_year"))
    target = _amount(f"{path}.target", value["target"], indicator, errors) if "target" in value else None
    if "target" not in value:
        errors.append(missing(f"{path}.target"))
    base_year = None if value.get("base_year") is None else _year(f"{path}.base_year", value["base_year"], errors)
    base = None if value.get("base") is None else _amount(f"{path}.base", value["base"], indicator, errors)
    if target_year is not None and base_year is not None and target_year < base_year:
        errors.append(
            problem(
                f"{path}.target_year",
                target_year,
                "{field_zh} {value} 早于基期年份 {base_year}；目标年份不能早于基期。",
                "{field_en} {value} is before the base year {base_year}; a target cannot come before its base.",
                base_year=base_year,
            )
        )
    if len(errors) > before or indicator is None or target is None or target_year is None:
        return None
    return Target(indicator.id, target, target_year, base, base_year)


def check_targets(value: object, errors: list[ProfileError]) -> tuple[Target, ...]:
    """The zone's quantified goals, at most one per indicator; null or missing means none."""
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(_not_a_list("targets", value, Text("目标对象的数组", "an array of target objects")))
        return ()
    targets: list[Target] = []
    first_seen: dict[str, int] = {}
    for index, item in enumerate(value):
        target = _target(index, item, errors)
        if target is None:
            continue
        if target.indicator in first_seen:
            errors.append(
                problem(
                    f"targets[{index}].indicator",
                    target.indicator,
                    "{field_zh}的值 {value} 重复，第 {first} 项已经是这个指标；每个指标只能有一个目标。",
                    "{field_en}: {value} is listed twice (already item {first}); one target per indicator.",
                    first=first_seen[target.indicator] + 1,
                )
            )
            continue
        first_seen[target.indicator] = index
        targets.append(target)
    return tuple(targets)


def _unit(index: int, value: object, roles: frozenset[str], errors: list[ProfileError]) -> Unit | None:
    path = f"units[{index}]"
    if not isinstance(value, dict):
        errors.append(wrong_type(path, value, Text("对象", "an object")))
        return None
    before = len(errors)
    errors.extend(
        unknown_key(f"{path}.{key}", item, list(UNIT_KEYS), version=2)
        for key, item in value.items()
        if key not in UNIT_KEYS
    )
    name: str | None = None
    if "name" not in value:
        errors.append(missing(f"{path}.name"))
    else:
        try:
            name = check_unit_name(f"{path}.name", value["name"])
        except ProfileError as error:
            errors.append(error)
    role = value.get("role")
    if role is not None:
        if not isinstance(role, str):
            errors.append(wrong_type(f"{path}.role", role, Text("单位代码或 null", "a unit code or null")))
        elif role.strip() not in roles:
            errors.append(
                problem(
                    f"{path}.role",
                    role,
                    "{field_zh}的值 {value} 不是单位目录（departments.toml）中的单位代码；本区自设的机构请写 null。",
                    "{field_en}: {value} is not a unit code of the catalogue (departments.toml); "
                    "write null for a unit of the zone's own.",
                )
            )
    group = value.get("group")
    if group is not None and group not in UNIT_GROUP_VALUES:
        errors.append(
            problem(
                f"{path}.group",
                group,
                "{field_zh}的值 {value} 不是已知的类别；应为以下之一：{allowed}。",
                "{field_en}: {value} is not a known group; expected one of: {allowed}.",
                allowed=", ".join(UNIT_GROUP_VALUES),
            )
        )
    if len(errors) > before or name is None:
        return None
    return Unit(name, role.strip() if isinstance(role, str) else None, group if isinstance(group, str) else None)


def check_units(value: object, errors: list[ProfileError]) -> tuple[Unit, ...] | None:
    """The zone's own units, names unique; missing or null means the catalogue's default set (None)."""
    if value is None:
        return None
    if not isinstance(value, list):
        errors.append(_not_a_list("units", value, Text("单位对象的数组", "an array of unit objects")))
        return None
    roles = _vocabulary().unit_roles
    units: list[Unit] = []
    first_seen: dict[str, int] = {}
    for index, item in enumerate(value):
        unit = _unit(index, item, roles, errors)
        if unit is None:
            continue
        if unit.name in first_seen:
            errors.append(
                problem(
                    f"units[{index}].name",
                    unit.name,
                    "{field_zh}的值 {value} 重复，第 {first} 项已经是这个名称。",
                    "{field_en}: {value} is listed twice (already item {first}).",
                    first=first_seen[unit.name] + 1,
                )
            )
            continue
        first_seen[unit.name] = index
        units.append(unit)
    return tuple(units)


def target_data(target: Target) -> dict[str, object]:
    """A target as format v2 writes it (unknown base and base year left out)."""
    data: dict[str, object] = {"indicator": target.indicator}
    if target.base_year is not None:
        data["base_year"] = target.base_year
    if target.base is not None:
        data["base"] = _number(target.base)
    data["target_year"] = target.target_year
    data["target"] = _number(target.target)
    return data


def unit_data(unit: Unit) -> dict[str, object]:
    data: dict[str, object] = {"role": unit.role, "name": unit.name}
    if unit.group is not None:
        data["group"] = unit.group
    return data


def _number(value: float) -> float | int:
    # 800.0 and 800 are the same target; whole numbers are written without ".0" so counts read as counts.
    return int(value) if float(value).is_integer() else value
