"""导入台账: what refuses something (a bad value named by file, sheet, row, column) is listed before what is only
information, so five "older plan version" notes never push the bad 150 below the fold (acceptance of #15.2)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.models.ledger.types import ImportPreview, Issue, IssueKind
from desktop.models.text import Text
from desktop.views.ledger.import_dialog import ImportDialog


def test_refused_values_come_first_in_the_list_of_what_needs_attention(qtbot: QtBot) -> None:
    older = [
        Issue(IssueKind.OLDER_PLAN, Text(f"文件 {n}.xlsx 按行动计划的第 2 版导出", f"file {n} older")) for n in range(5)
    ]
    bad = Issue(IssueKind.BAD_VALUE, Text("文件 坏.xlsx，工作表“台账填报”，第 7 行，K 列：完成进度“150”", "bad 150"))
    preview = ImportPreview("楚川", 3, 3, (), (*older, bad), tuple(f"{n}.xlsx" for n in range(6)))
    dialog = ImportDialog(preview, "zh")
    qtbot.addWidget(dialog)
    shown = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert shown[0] == bad.message.zh
    assert shown[1:] == [issue.message.zh for issue in older]  # the rest keep their order


def test_a_returns_heading_line_spans_the_whole_row_so_file_date_and_reporter_are_not_cut(qtbot: QtBot) -> None:
    from tests.views.ledger.test_import_dialog import _preview

    dialog = ImportDialog(_preview(), "zh")
    qtbot.addWidget(dialog)
    top = dialog.changes.topLevelItem(0)
    assert top is not None
    heading = top.child(0)
    assert heading is not None and "财政局.xlsx" in heading.text(0) and "张三" in heading.text(0)
    assert heading.isFirstColumnSpanned()  # the "Now" column is empty on this line: the words may use it


def test_with_nothing_to_apply_the_dialog_says_so_and_gives_the_room_to_the_problems(qtbot: QtBot) -> None:
    bad = Issue(IssueKind.BAD_VALUE, Text("文件 坏.xlsx，工作表“台账填报”，第 5 行，K 列：完成进度“150”", "bad 150"))
    dialog = ImportDialog(ImportPreview("楚川", 3, 3, (), (bad,), ("坏.xlsx",)), "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.changes.isVisible()  # no empty table of changes taking the window
    assert dialog.issues.isVisible() and dialog.issues.item(0).text() == bad.message.zh  # type: ignore[union-attr]
    assert "No return can be applied" in dialog.summary.text() and not dialog.apply_button.isEnabled()
