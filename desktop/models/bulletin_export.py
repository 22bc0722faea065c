"""Write the 进展通报 in one step: Word (.docx, 公文 layout) or a workbook sheet (.xlsx), by the file's suffix.

A module above ``report/`` and ``workbook/`` because it uses both (the workbook package already uses the report's
timing, so the report package cannot use the workbook's)."""

from __future__ import annotations

from pathlib import Path

from desktop.models.atomic import write_atomically
from desktop.models.errors import ExportError
from desktop.models.report.bulletin import BulletinInputs, build_bulletin, make_bulletin
from desktop.models.text import Text

SUFFIXES = (".docx", ".xlsx")
SAVE_BULLETIN = Text("无法导出进展通报到 {path}", "Cannot export the progress bulletin to {path}")
WRONG_SUFFIX = Text(
    "无法导出到 {path}：进展通报的文件名须以 .docx（Word）或 .xlsx（工作簿）结尾。",
    "Cannot export to {path}: the progress bulletin's file name must end in .docx (Word) or .xlsx (workbook).",
)


def write_bulletin(target: Path, inputs: BulletinInputs) -> None:
    """Write the bulletin to ``target``; an existing file is replaced only on success. ``ExportError`` names the file
    and the problem."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(WRONG_SUFFIX.format(path=str(target)))
    if suffix == ".docx":
        from desktop.models.report.docx_writer import save  # python-docx loads only when a document is written

        document = build_bulletin(inputs)
        write_atomically(target, lambda stream: save(document, stream), SAVE_BULLETIN)
        return
    from desktop.models.workbook.bulletin_sheet import build_bulletin_workbook
    from desktop.models.workbook.writer import save_workbook

    workbook = build_bulletin_workbook(make_bulletin(inputs))
    write_atomically(target, lambda stream: save_workbook(workbook, stream), SAVE_BULLETIN)
