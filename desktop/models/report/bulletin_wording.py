"""The 进展通报's fixed wording, read once from ``resources/report/bulletin.toml`` (data, not code)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from desktop.models.data_file import Problems, read_toml
from desktop.models.errors import ZonePlannerError
from desktop.models.report.wording import REPORT_DIR, phrase_texts
from desktop.models.text import Text

BULLETIN_FILE = "bulletin.toml"


def read_bulletin_wording(root: Path) -> tuple[dict[str, Text], Problems]:
    """Every phrase by its dotted key ("headings.overview"); a phrase is a table of exactly ``zh`` and ``en``."""
    problems = Problems()
    document = read_toml(problems, root / REPORT_DIR, BULLETIN_FILE) or {}
    phrases: dict[str, Text] = {}
    phrase_texts(document, "", phrases, problems, BULLETIN_FILE)
    return phrases, problems


@cache
def bulletin_wording() -> Mapping[str, Text]:
    from desktop.resources import resources_root

    phrases, problems = read_bulletin_wording(resources_root())
    if problems:
        first = problems.messages[0]
        raise ZonePlannerError(Text(f"进展通报模板有误：{first.zh}", f"The bulletin template is broken: {first.en}"))
    return phrases
