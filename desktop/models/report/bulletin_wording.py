"""The 进展通报's fixed wording, read once from ``resources/report/bulletin.toml`` (data, not code)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from desktop.models.data_file import Problems, read_toml
from desktop.models.errors import ZonePlannerError
from desktop.models.report.wording import REPORT_DIR
from desktop.models.text import Text

BULLETIN_FILE = "bulletin.toml"


def read_bulletin_wording(root: Path) -> tuple[dict[str, Text], Problems]:
    """Every phrase by its dotted key ("headings.overview"); a phrase is a table of exactly ``zh`` and ``en``."""
    problems = Problems()
    document = read_toml(problems, root / REPORT_DIR, BULLETIN_FILE) or {}
    phrases: dict[str, Text] = {}

    def walk(table: Mapping[str, object], prefix: str) -> None:
        for key, value in table.items():
            name = f"{prefix}{key}"
            if isinstance(value, Mapping) and set(value) == {"zh", "en"}:
                zh, en = value["zh"], value["en"]
                if isinstance(zh, str) and isinstance(en, str) and zh and en:
                    phrases[name] = Text(zh, en)
                else:
                    problems.add(BULLETIN_FILE, name, Text("中英文都须是非空文字", "zh and en must both be non-empty"))
            elif isinstance(value, Mapping) and ({"zh", "en"} & set(value)):
                problems.add(BULLETIN_FILE, name, Text("须同时有 zh 和 en 文字", "needs both zh and en text"))
            elif isinstance(value, Mapping):
                walk(value, name + ".")
            else:
                problems.add(BULLETIN_FILE, name, Text("应为 { zh, en } 文字", "must be a { zh, en } text"))

    walk(document, "")
    return phrases, problems


@cache
def bulletin_wording() -> Mapping[str, Text]:
    from desktop.resources import resources_root

    phrases, problems = read_bulletin_wording(resources_root())
    if problems:
        first = problems.messages[0]
        raise ZonePlannerError(Text(f"进展通报模板有误：{first.zh}", f"The bulletin template is broken: {first.en}"))
    return phrases
