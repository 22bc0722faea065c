"""The whole loop on the command line: forms sent to the units, filled in, one re-saved by LibreOffice, one with a
bad value, one late; imported; ``plan show`` shows what the units reported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.models.ledger.support import NAME, SAMPLE, action_rows, fill, resave_with_libreoffice, soffice


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed: the re-saved form is not tested")
def test_export_fill_resave_import_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    code, out, err = _run(capsys, "ledger", "export", NAME, "-o", str(tmp_path / "sent"), "--by-unit")
    assert (code, err) == (0, "")
    assert "已先保存生成的计划" in out  # the profile had no saved plan
    forms = sorted((tmp_path / "sent").glob("*.xlsx"))
    assert len(forms) >= 3
    by_form = {form: list(action_rows(form)) for form in forms}
    a, b, c = forms[:3]
    back = tmp_path / "back"
    back.mkdir()
    fill(
        a,
        back / a.name,
        {
            by_form[a][0]: {
                "status": "进行中",
                "percent": 40,
                "progress": "已完成选址",
                "problems": "资金未到位",
                "reporter": "王五",
                "reported_on": date(2026, 6, 1),
            }
        },
    )
    # B types a formula for the percentage; LibreOffice calculates it when it saves the file again.
    fill(
        b,
        tmp_path / b.name,
        {by_form[b][0]: {"status": "已完成", "percent": "=50+50", "progress": "已建成", "reported_on": "2026/6/3"}},
    )
    resaved = resave_with_libreoffice(tmp_path / b.name, tmp_path)
    c_rows = by_form[c]
    fill(c, back / c.name, {c_rows[0]: {"percent": 150, "progress": "超额完成", "reported_on": date(2026, 6, 2)}})
    code, out, err = _run(capsys, "ledger", "import", NAME, str(back / a.name), str(resaved), str(back / c.name))
    assert code == 1  # something was refused
    assert "Traceback" not in err
    row = action_rows(c)[c_rows[0]]
    assert f"错误：文件 {c.name}，工作表“台账填报”，第 {row} 行，K 列（完成进度（%））：完成进度“150”" in err
    assert "完成状态：未开始 → 进行中" in out and "完成状态：未开始 → 已完成" in out
    assert "已导入 2 条填报" in out

    code, out, err = _run(capsys, "plan", "show", NAME, "--json")
    assert (code, err) == (0, "")
    shown = {action["id"]: action for action in json.loads(out)["actions"]}
    first_a, first_b = shown[by_form[a][0]], shown[by_form[b][0]]
    assert (first_a["status"], first_a["percent"]) == ("in_progress", 40)
    assert first_a["latest"]["problems"] == "资金未到位" and first_a["latest"]["reporter"] == "王五"
    assert (first_b["status"], first_b["percent"], first_b["latest"]["reported_on"]) == ("done", 100, "2026-06-03")
    assert shown[c_rows[0]]["history"] == []  # the bad row was not applied

    # A late return from A, dated before the one applied: flagged, not applied.
    late = tmp_path / "late.xlsx"
    fill(a, late, {by_form[a][0]: {"percent": 10, "reported_on": date(2026, 5, 1)}})
    code, out, err = _run(capsys, "ledger", "import", NAME, str(late))
    assert code == 0 and "[不导入]" in out and "不晚于已导入的 2026-06-01" in out
    assert "未导入任何填报" in out
    code, out, _ = _run(capsys, "plan", "show", NAME)
    assert code == 0 and "2026-06-01" in out and "进展：已完成选址" in out
