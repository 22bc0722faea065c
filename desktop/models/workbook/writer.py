"""The action-plan workbook: build it in memory, then put it on disk in one step."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Generator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from desktop.models.atomic import write_atomically
from desktop.models.errors import ExportError
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import MatchResult
from desktop.models.plan.types import Action
from desktop.models.profile import Profile
from desktop.models.text import Lang, Text
from desktop.models.workbook import labels
from desktop.models.workbook.action_sheet import write_action_sheet
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.matches_sheet import write_matches_sheet
from desktop.models.workbook.overview import write_overview
from desktop.models.workbook.profile_sheet import write_profile_sheet
from desktop.models.workbook.safe import clean_text, safe_sheet_title
from desktop.models.workbook.sources_sheet import write_sources_sheet
from desktop.models.workbook.styles import ACCENT, StyleBook

SUFFIX = ".xlsx"
SAVE_WORKBOOK = Text("无法导出工作簿到 {path}", "Cannot export the workbook to {path}")
WRONG_SUFFIX = Text(
    "无法导出到 {path}：工作簿的文件名须以 .xlsx 结尾。",
    "Cannot export to {path}: a workbook's file name must end in .xlsx.",
)

SheetFiller = Callable[[Worksheet, ExportContext, StyleBook], None]
SHEETS: tuple[tuple[Text, SheetFiller], ...] = (
    (labels.SHEET_OVERVIEW, write_overview),
    (labels.SHEET_ACTIONS, write_action_sheet),
    (labels.SHEET_MATCHES, write_matches_sheet),
    (labels.SHEET_PROFILE, write_profile_sheet),
    (labels.SHEET_SOURCES, write_sources_sheet),
)


def write_workbook(
    target: Path,
    *,
    profile: Profile,
    result: MatchResult,
    actions: Sequence[Action],
    kb: KnowledgeBase,
    lang: Lang = "zh",
    generated_on: date | None = None,
) -> None:
    """Write the action-plan workbook to ``target`` (.xlsx), replacing any previous file only on success.

    Raises ``ExportError`` with a bilingual message naming the file and the problem.
    """
    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        raise ExportError(WRONG_SUFFIX.format(path=str(target)))
    context = ExportContext(profile, result, tuple(actions), kb, lang, generated_on or date.today())
    workbook = build_workbook(context)
    write_atomically(target, lambda stream: save_workbook(workbook, stream), SAVE_WORKBOOK)


def save_workbook(workbook: Workbook, stream: BinaryIO) -> None:
    """``workbook.save(stream)``, except that a failure closes the half-written archive before it is reported.

    openpyxl leaves its ``ZipFile`` open when writing fails (a full disk, a file-size limit); the stream is then
    closed by ``write_atomically`` and, later, the garbage collector's ``ZipFile.__del__`` tries to finish the archive
    on it and prints "Exception ignored … seek of closed file" after the real message. Same steps as
    ``openpyxl.writer.excel.save_workbook`` (3.1), with the archive closed on every path. Workaround for
    https://foss.heptapod.net/openpyxl/openpyxl/-/blob/branch/3.1/openpyxl/writer/excel.py (save_workbook).
    """
    archive = ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        workbook.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
        ExcelWriter(workbook, archive).write_data()
    except BaseException as error:
        # Closing may fail the same way (it writes the archive's directory); the first error is the one to report.
        with contextlib.suppress(Exception):
            archive.close()
        _close_sheet_streams(error)
        reported = _os_error(error)
        if reported is error:
            raise
        raise reported from error
    archive.close()


def _close_sheet_streams(error: BaseException) -> None:
    """Close the XML streams of the sheet writers the failure interrupted.

    With lxml, each openpyxl ``WorksheetWriter`` keeps an open ``xmlfile`` generator (``.xf``); left to the garbage
    collector, closing it fails again on the dead stream and Python prints "Exception ignored … SerialisationError"
    after the real message. The writers are locals of the frames the error passed through.
    """
    traceback = error.__traceback__
    while traceback is not None:
        for value in list(traceback.tb_frame.f_locals.values()):
            stream = getattr(value, "xf", None)
            if isinstance(stream, Generator):
                with contextlib.suppress(Exception):
                    stream.close()
        traceback = traceback.tb_next


def _os_error(error: BaseException) -> BaseException:
    """The ``OSError`` behind lxml's ``SerialisationError("IO_EFBIG")``, else ``error`` itself.

    openpyxl writes its XML through lxml when lxml is installed (python-docx brings it), and lxml reports a failed
    write of the stream underneath as a serialisation error named after the errno: without this, a full disk would
    read as an internal error instead of "the disk is full".
    """
    if type(error).__name__ != "SerialisationError" or not str(error).startswith("IO_"):
        return error
    number = getattr(errno, str(error).removeprefix("IO_"), errno.EIO)
    return OSError(number, os.strerror(number))


def build_workbook(ctx: ExportContext) -> Workbook:
    """The whole workbook, in memory."""
    workbook = Workbook()
    styles = StyleBook(workbook, ctx.lang)
    default_sheet = workbook.active
    titles: list[str] = []
    for name, fill in SHEETS:
        title = safe_sheet_title(ctx.t(name), titles)
        titles.append(title)
        worksheet = workbook.create_sheet(title)
        fill(worksheet, ctx, styles)
    workbook.remove(default_sheet)
    workbook[titles[1]].sheet_properties.tabColor = ACCENT  # the sheet people work in
    workbook.active = 0
    _set_properties(workbook, ctx)
    return workbook


def _set_properties(workbook: Workbook, ctx: ExportContext) -> None:
    properties = workbook.properties
    properties.title = clean_text(ctx.t(labels.WORKBOOK_TITLE).format(name=ctx.profile.name), "…")
    properties.subject = ctx.t(labels.WORKBOOK_SUBJECT)
    properties.creator = labels.APP_NAME
    properties.lastModifiedBy = labels.APP_NAME
    properties.keywords = ctx.t(labels.WORKBOOK_KEYWORDS)
    properties.description = clean_text(ctx.t(ctx.kb.source.citation), "…")
    properties.language = ctx.t(labels.WORKBOOK_LANGUAGE)
    properties.category = ctx.t(labels.SHEET_ACTIONS)
