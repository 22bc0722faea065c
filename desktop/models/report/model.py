"""The document as plain data: what is said, in which role, in which order. The Word writer decides how it looks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Role(Enum):
    """What a paragraph is in a 公文; each role has one look (fonts, size, alignment) in the writer."""

    TITLE = "title"  # 2号 小标宋, centred
    SUBTITLE = "subtitle"  # （征求意见稿）, 3号 楷体, centred
    HEADING1 = "heading1"  # 一、 黑体
    HEADING2 = "heading2"  # （一） 楷体
    BODY = "body"  # 3号 仿宋, first line indented two characters
    ANNEX_LIST = "annex-list"  # 附件：1. … after the body
    SIGNATURE = "signature"  # issuing unit and date, right
    ANNEX_LABEL = "annex-label"  # 附件1, 黑体, top left of an annex
    ANNEX_TITLE = "annex-title"  # the annex's title, 小标宋, centred
    BLANK = "blank"  # an empty line of the grid


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    role: Role
    runs: tuple[Run, ...] = ()

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths
    centred: frozenset[int] = frozenset()  # columns whose cells sit in the middle (numbers, dates, short words)


Block = Paragraph | Table


@dataclass(frozen=True, slots=True)
class Annex:
    label: str  # 附件1
    title: str
    blocks: tuple[Block, ...]
    landscape: bool = False


@dataclass(frozen=True, slots=True)
class ReportDocument:
    title: str
    lang: str
    body: tuple[Block, ...]
    annexes: tuple[Annex, ...] = field(default_factory=tuple)


def para(role: Role, text: str = "", *, bold_lead: str = "") -> Paragraph:
    """A paragraph of one run, or two when it opens with a bold lead-in (a task's title)."""
    runs = [Run(bold_lead, bold=True)] if bold_lead else []
    if text:
        runs.append(Run(text))
    return Paragraph(role, tuple(runs))
