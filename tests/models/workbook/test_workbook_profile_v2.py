"""The profile sheet read back: unknowns are written as unknown (never 0 or 否), problems and targets are listed."""

from __future__ import annotations

from pathlib import Path

from desktop.models.profile import Profile, Target
from desktop.models.text import Lang
from desktop.models.vocabulary import Condition, Endowment
from desktop.models.workbook.writer import write_workbook
from tests.helpers.workbook_reading import calamine_rows


def _export(tmp_path: Path, inputs: dict[str, object], profile: Profile, lang: Lang) -> dict[str, list[object]]:
    target = tmp_path / f"plan-{lang}.xlsx"
    write_workbook(target, **{**inputs, "profile": profile}, lang=lang)  # type: ignore[arg-type]
    sheet = "开发区档案" if lang == "zh" else "Profile"
    return {str(row[0]): row[1:] for row in calamine_rows(target, sheet) if row and row[0]}


def _v2(profile: Profile) -> Profile:
    return profile.with_changes(
        endowments={**dict(profile.endowments), Endowment.CAPITAL: None, Endowment.NATURAL_RESOURCES: 0},
        conditions={**dict(profile.conditions), Condition.GUIDANCE_FUND: None},
        problems=("single_anchor", "digital_lag"),
        targets=(
            Target("cluster_revenue", 800.0, 2028, base=560.0, base_year=2025),
            Target("specialised_smes", 30.0, 2027),
        ),
    )


def test_the_profile_sheet_says_not_assessed_and_not_known_instead_of_zero_and_no(
    tmp_path: Path, inputs: dict[str, object], profile: Profile
) -> None:
    rows = _export(tmp_path, inputs, _v2(profile), "zh")
    assert rows["资本与金融"][:2] == ["未评估", "待核实"]
    assert rows["自然资源"][0] == 0  # a known 0 stays a 0
    assert rows["已设政府引导/集群创投基金"][:2] == ["不清楚", "待核实"]
    assert rows["依赖低价供地招商"][0] == "否"
    assert rows["单一龙头依赖"][1] == "¶5、¶26"
    assert rows["数字化转型滞后"][1] == "原文未涉及"
    assert rows["集群营业收入"][:2] == ["2025年 560 → 2028年 800", "亿元"]
    assert rows["专精特新企业数"][:2] == ["基期 待填 → 2027年 30", "家"]


def test_the_english_profile_sheet_lists_the_same(tmp_path: Path, inputs: dict[str, object], profile: Profile) -> None:
    rows = _export(tmp_path, inputs, _v2(profile), "en")
    assert rows["Capital and finance"][:2] == ["Not assessed", "To be verified"]
    assert rows["Cluster revenue"][0] == "2025: 560 → 2028: 800"
    assert rows["Specialised and innovative SMEs"][0] == "base to be filled in → 2027: 30"


def test_a_profile_without_problems_or_targets_says_so(
    tmp_path: Path, inputs: dict[str, object], profile: Profile
) -> None:
    rows = _export(tmp_path, inputs, profile, "zh")
    assert rows["存在的问题"][0] == "未列出"
    assert rows["量化目标"][0] == "未设定"
