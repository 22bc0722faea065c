"""``zoneplanner report``: from a file or a stored profile; the issuing unit and date remembered for the zone."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from desktop.cli.main import main
from desktop.models.plan.plan import ActionPlan
from desktop.resources import resource_path
from tests.helpers.report_docs import texts

SAMPLE = resource_path("samples", "county-park.json")
NAME = "桐川县工业园区"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_from_a_file_in_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for lang in ("zh", "en"):
        target = tmp_path / f"plan-{lang}.docx"
        code, out, err = _run(capsys, "report", str(SAMPLE), "-o", str(target), "--lang", lang, "--draft")
        assert (code, err) == (0, "")
        assert str(target) in out
        lines = texts(docx.Document(str(target)))
        assert lines[1] == ("（征求意见稿）" if lang == "zh" else "(Draft for comments)")


def test_stored_profile_remembers_issuer_date_and_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    first = tmp_path / "first.docx"
    code, _, err = _run(
        capsys,
        "report",
        "--profile",
        NAME,
        "-o",
        str(first),
        "--issuer",
        "桐川县工业园区管委会",
        "--date",
        "2026-05-08",
    )
    assert (code, err) == (0, "")
    second = tmp_path / "second.docx"
    assert _run(capsys, "report", "--profile", NAME, "-o", str(second))[0] == 0
    lines = texts(docx.Document(str(second)))
    end = lines.index("附件1")
    assert lines[end - 2 : end] == ["桐川县工业园区管委会", "2026年5月8日"]


def test_stored_profile_exports_its_edited_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.models.store import open_store

    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    store, _ = open_store(None, load_samples=False)
    with store:
        profile_id = store.find_id(NAME)
        assert profile_id is not None
        plan = ActionPlan()
        plan.add_custom("建设纺织产业数字化服务中心")
        store.save_plan(profile_id, plan.to_data())
    target = tmp_path / "plan.docx"
    assert _run(capsys, "report", "--profile", NAME, "-o", str(target))[0] == 0
    assert any(line.startswith("1．建设纺织产业数字化服务中心。") for line in texts(docx.Document(str(target))))
    workbook = tmp_path / "plan.xlsx"
    code, out, _ = _run(capsys, "export", "--profile", NAME, "-o", str(workbook))
    assert code == 0 and "1" in out and workbook.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", str(SAMPLE), "-o", "x.docx", "--date", "2026-13-01"], "成文日期“2026-13-01”无效"),
        (["report", "-o", "x.docx"], "请给出区域档案文件，或用 --profile"),
        (["report", "--profile", "没有这个区", "-o", "x.docx"], "没有名为“没有这个区”的档案"),
        (["report", str(SAMPLE), "-o", "x.doc"], "须以 .docx 结尾"),
    ],
)
def test_bad_input_is_refused_with_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, *argv)
    assert code == 2 and message in err and "Traceback" not in err
    assert not list(tmp_path.glob("x.*"))


def test_the_plan_document_keeps_what_the_zone_entered() -> None:
    plan = ActionPlan(report={"issuer": "某管委会", "date": "2026-05-08", "draft": True, "leader": ""})
    again = ActionPlan.from_data(plan.to_data())
    assert again.report == plan.report and again == plan
    assert "report" not in ActionPlan().to_data()  # plans saved before keep their exact form


def test_remembering_the_issuer_never_overwrites_a_plan_saved_in_between(capsys: pytest.CaptureFixture[str]) -> None:
    """The command reads the zone, writes the document, then keeps the issuer with the plan: if someone saved the
    zone's plan meanwhile (a shared database), that is a conflict and their plan stays."""
    import argparse

    from desktop.cli.common import open_store_from_args
    from desktop.cli.stored import read_inputs, remember
    from desktop.models.analysis import default_analyzer
    from desktop.models.store.conflict import ConflictError

    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    args = argparse.Namespace(profile=None, stored_name=NAME)
    inputs = read_inputs(args, default_analyzer())
    theirs = {**ActionPlan(inputs.actions).to_data(), "note": "saved by a colleague"}
    with open_store_from_args(args) as store:
        profile_id = store.find_id(NAME)
        assert profile_id is not None
        store.save_plan(profile_id, theirs)
    with pytest.raises(ConflictError):
        remember(args, inputs, "report", {"issuer": "桐川县工业园区管委会"})
    with open_store_from_args(args) as store:
        assert store.load_plan(profile_id) == theirs
