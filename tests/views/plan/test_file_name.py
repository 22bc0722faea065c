"""The proposed export file name is safe on Windows, macOS and Linux."""

from __future__ import annotations

from datetime import date

from desktop.views.plan.file_name import plan_file_name, safe_name


def test_file_name_has_zone_word_and_date() -> None:
    assert plan_file_name("示例高新区", "行动计划", date(2025, 3, 7), "开发区") == "示例高新区-行动计划-20250307.xlsx"


def test_forbidden_characters_and_edges_are_cleaned() -> None:
    assert safe_name('A/B\\C:D*E?F"G<H>I|J', "x") == "A_B_C_D_E_F_G_H_I_J"
    assert safe_name("  东湖  新区\t\n. ", "x") == "东湖 新区"
    assert safe_name("...", "开发区") == "开发区"
    assert safe_name("CON", "x") == "CON_"
    assert len(safe_name("区" * 300, "x")) == 80
