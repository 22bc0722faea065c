"""Write the 行动方案 to disk in one step: built in memory, then through a temp file beside the target."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.models.atomic import write_atomically
from desktop.models.errors import ExportError
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import MatchResult
from desktop.models.plan.types import Action
from desktop.models.profile import Profile
from desktop.models.report.content import build_report
from desktop.models.report.settings import ReportSettings
from desktop.models.text import Lang, Text

SUFFIX = ".docx"
SAVE_REPORT = Text("无法导出行动方案到 {path}", "Cannot export the action plan document to {path}")
WRONG_SUFFIX = Text(
    "无法导出到 {path}：行动方案的文件名须以 .docx 结尾。",
    "Cannot export to {path}: the action plan document's file name must end in .docx.",
)


def write_report(
    target: Path,
    *,
    profile: Profile,
    result: MatchResult,
    actions: Sequence[Action],
    kb: KnowledgeBase,
    lang: Lang = "zh",
    settings: ReportSettings | None = None,
    today: date | None = None,
) -> None:
    """Write the document to ``target`` (.docx), replacing any previous file only on success; ``ExportError`` names
    the file and the problem."""
    from desktop.models.report.docx_writer import save  # python-docx loads only when a document is written

    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        raise ExportError(WRONG_SUFFIX.format(path=str(target)))
    report = build_report(
        profile=profile, result=result, actions=actions, kb=kb, lang=lang, settings=settings, today=today
    )
    write_atomically(target, lambda stream: save(report, stream), SAVE_REPORT)
