"""Building and reading back 行动方案 documents for the tests."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.models.analysis import Analysis, default_analyzer
from desktop.models.plan.types import Action
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.report.settings import ReportSettings
from desktop.models.report.writer import write_report
from desktop.models.text import Lang
from desktop.resources import resource_path

ISSUED = date(2026, 3, 15)


def samples() -> list[Path]:
    return sorted(resource_path("samples").glob("*.json"))


def analyse(profile: Profile) -> Analysis:
    return default_analyzer().analyse(profile)


def sample_analysis(name: str = "hitech-hubei") -> Analysis:
    return analyse(read_profile(resource_path("samples", f"{name}.json")))


def write(
    target: Path,
    analysis: Analysis,
    *,
    actions: Sequence[Action] | None = None,
    lang: Lang = "zh",
    settings: ReportSettings | None = None,
) -> Document:
    write_report(
        target,
        profile=analysis.profile,
        result=analysis.result,
        actions=analysis.actions if actions is None else actions,
        kb=default_analyzer().kb,
        lang=lang,
        settings=settings or ReportSettings("楚川高新区管委会", ISSUED.isoformat()),
        today=ISSUED,
    )
    return docx.Document(str(target))


def blocks(document: Document) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables in document order (python-docx lists them separately)."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


def texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def split_at_annex3(document: Document) -> tuple[str, str]:
    """Everything before 附件3 (body, 附件1, 附件2), and 附件3 itself, as text including the tables' cells."""
    before: list[str] = []
    after: list[str] = []
    target = before
    for block in blocks(document):
        if isinstance(block, Paragraph):
            if block.text.strip() in ("附件3", "Annex 3"):
                target = after
            target.append(block.text)
        else:
            target.extend(cell.text for row in block.rows for cell in row.cells)
    return "\n".join(before), "\n".join(after)


def with_user_text(action: Action, **changes: object) -> Action:
    return replace(action, **changes)  # type: ignore[arg-type]
