"""``zoneplanner ledger export / import``: what the commands say, on which stream, with which exit code."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.models.ledger.support import NAME, SAMPLE, action_rows, fill, stored_bytes, stored_zone


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    assert _run(capsys, "ledger", "export", NAME, "-o", str(tmp_path / "sent"))[0] == 0
    [path] = (tmp_path / "sent").glob("*.xlsx")
    return path


def test_export_says_when_it_saved_the_plan_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    code, out, err = _run(capsys, "ledger", "export", NAME, "-o", str(tmp_path / "a"), "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith(f"The profile “{NAME}” had no saved action plan: its generated plan was saved first")
    assert str((tmp_path / "a" / f"{NAME}-progress-form.xlsx").resolve()) in out
    code, out, _ = _run(capsys, "ledger", "export", NAME, "-o", str(tmp_path / "b"), "--by-unit")
    assert code == 0 and "已先保存" not in out and out.startswith("已写入 ")


@pytest.mark.parametrize(
    ("argv", "zh", "en"),
    [
        (["ledger", "export", "没有这个区", "-o", "{tmp}"], "档案库中没有名为“没有这个区”的档案", "no stored profile"),
        (["ledger", "import", "没有这个区", "{tmp}/x.xlsx"], "档案库中没有名为“没有这个区”的档案", "no stored profile"),
        (["plan", "show", "没有这个区"], "档案库中没有名为“没有这个区”的档案", "no stored profile"),
    ],
)
def test_an_unknown_profile_is_an_error_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], zh: str, en: str
) -> None:
    code, out, err = _run(capsys, *(arg.replace("{tmp}", str(tmp_path)) for arg in argv))
    assert code == 2 and out == ""
    assert err.startswith(f"错误：{zh}") and en in err and "Traceback" not in err


def test_export_into_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    target = tmp_path / "file.txt"
    target.write_text("x")
    code, _, err = _run(capsys, "ledger", "export", NAME, "-o", str(target))
    assert code == 2 and f"{target} 不是文件夹" in err


def test_dry_run_lists_the_changes_and_applies_nothing(
    form: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = next(iter(action_rows(form)))
    back = tmp_path / "back.xlsx"
    fill(form, back, {first: {"status": "进行中", "percent": 30, "reported_on": date(2026, 6, 1)}})
    with stored_zone() as store:
        before = stored_bytes(store)
    code, out, err = _run(capsys, "ledger", "import", NAME, str(back), "--dry-run")
    assert (code, err) == (0, "")
    assert "  [导入] 文件 back.xlsx，工作表“台账填报”，第 5 行" in out
    assert out.startswith("1. 行动“")  # the action numbered as in the plan and plan show
    assert "    完成状态：未开始 → 进行中" in out and "    完成进度（%）：（空） → 30" in out
    assert "试运行：未导入任何内容（不加 --dry-run 将导入 1 条填报）。" in out
    with stored_zone() as store:
        assert stored_bytes(store) == before
    code, out, _ = _run(capsys, "ledger", "import", NAME, str(back), "--lang", "en")
    assert code == 0 and "Applied 1 return; the plan is saved" in out and "Status: Not started → In progress" in out


def test_refused_files_are_named_on_stderr_and_change_nothing(
    form: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("进度都很好")
    macro = tmp_path / "form.xlsm"
    macro.write_bytes(form.read_bytes())
    with stored_zone() as store:
        before = stored_bytes(store)
    code, out, err = _run(capsys, "ledger", "import", NAME, str(text), str(macro))
    assert code == 1
    assert "错误：文件 notes.txt 未读取：不是 Excel 工作簿（.xlsx）" in err
    assert "错误：文件 form.xlsm 未读取：含宏的工作簿（.xlsm）" in err
    assert "Traceback" not in err and "未导入任何填报，行动计划未改变。" in out
    with stored_zone() as store:
        assert stored_bytes(store) == before


def test_a_late_return_is_held_back_unless_include_older_is_given(
    form: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = next(iter(action_rows(form)))
    june, may = tmp_path / "june.xlsx", tmp_path / "may.xlsx"
    fill(form, june, {first: {"status": "进行中", "percent": 60, "reported_on": date(2026, 6, 10)}})
    fill(form, may, {first: {"percent": 30, "progress": "五月的进展", "reported_on": date(2026, 5, 10)}})
    assert _run(capsys, "ledger", "import", NAME, str(june))[0] == 0
    with stored_zone() as store:
        before = stored_bytes(store)
    code, out, _ = _run(capsys, "ledger", "import", NAME, str(may))
    assert code == 0 and "[不导入] 文件 may.xlsx" in out and "--include-older" in out
    with stored_zone() as store:
        assert stored_bytes(store) == before
    code, out, _ = _run(capsys, "ledger", "import", NAME, str(may), "--include-older", "--dry-run")
    assert code == 0 and "[导入] 文件 may.xlsx" in out and "将导入 1 条填报" in out
    with stored_zone() as store:
        assert stored_bytes(store) == before
    code, out, _ = _run(capsys, "ledger", "import", NAME, str(may), "--include-older")
    assert code == 0 and "已导入 1 条填报" in out
    code, out, _ = _run(capsys, "plan", "show", NAME)
    assert "五月的进展" in out  # the late return is in the history now
    assert "--include-older" in _help(capsys, "ledger", "import")


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    return capsys.readouterr().out


def test_counts_read_correctly_in_english_and_chinese_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    code, out, _ = _run(capsys, "ledger", "export", NAME, "-o", str(tmp_path / "en"), "--lang", "en")
    assert code == 0 and "Wrote 1 progress form (" in out and not ONE_PLURAL.search(out)
    code, out, _ = _run(capsys, "ledger", "export", NAME, "-o", str(tmp_path / "zh"))
    assert code == 0 and re.search(r"已写入 1 份台账填报表（共 \d+ 项行动，计划版本 \d+）：", out)
    [form] = (tmp_path / "zh").glob("*.xlsx")
    rows = list(action_rows(form))
    back = tmp_path / "back.xlsx"
    fill(form, back, {rows[0]: {"percent": 20, "reported_on": date(2026, 6, 1)}, rows[1]: {"percent": 150}})
    code, out, err = _run(capsys, "ledger", "import", NAME, str(back), "--dry-run", "--lang", "en")
    assert code == 1 and "(1 return would be applied without --dry-run)" in out
    assert "1 thing was refused or not imported (see the error above)." in err
    assert not ONE_PLURAL.search(out + err)
    code, out, err = _run(capsys, "ledger", "import", NAME, str(back))
    assert "将导入" not in out and "已导入 1 条填报，已保存行动计划" in out and "有 1 处被拒绝或未导入的内容" in err
    code, out, _ = _run(capsys, "plan", "show", NAME, "--lang", "en")
    assert code == 0 and not ONE_PLURAL.search(out.splitlines()[0])


ONE_PLURAL = re.compile(r"\b1 (?:progress )?(?:forms|returns|actions|things|files)\b")
