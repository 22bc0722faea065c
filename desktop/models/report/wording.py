"""The document's fixed wording, read from ``resources/report/*.toml`` (data, not code), and the zone's own words
for problems and indicators from ``resources/profile/*.toml``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.models.data_file import Problems, read_toml
from desktop.models.errors import ZonePlannerError
from desktop.models.text import Text

REPORT_DIR = "report"
DOCUMENT_FILE = "document.toml"
THEMES_FILE = "themes.toml"
PROFILE_DIR = "profile"


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    heading: Text
    measures: tuple[str, ...]

    def claims(self, basis: str) -> bool:
        """Whether a task resting on ``basis`` (e.g. "rec.2.3") belongs here: its ID or one of its parents listed."""
        return any(basis == measure or basis.startswith(measure + ".") for measure in self.measures)


@dataclass(frozen=True, slots=True)
class Indicator:
    label: Text
    unit: Text
    kind: str  # "outcome" (预期性) or "effort" (约束性)


@dataclass(frozen=True, slots=True)
class Wording:
    """Every fixed phrase by its dotted key ("headings.general"), the task themes, problem and indicator words."""

    phrases: Mapping[str, Text]
    themes: tuple[Theme, ...]
    other_theme: Text
    problems: Mapping[str, Text]
    indicators: Mapping[str, Indicator]

    def __call__(self, key: str) -> Text:
        return self.phrases[key]


def phrase_texts(table: Mapping[str, object], prefix: str, out: dict[str, Text], problems: Problems, file: str) -> None:
    """Flatten nested tables; a table holding exactly ``zh`` and ``en`` strings is one phrase."""
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and set(value) == {"zh", "en"}:
            zh, en = value["zh"], value["en"]
            if isinstance(zh, str) and isinstance(en, str) and zh and en:
                out[name] = Text(zh, en)
            else:
                problems.add(file, name, Text("中英文都须是非空文字", "zh and en must both be non-empty text"))
        elif isinstance(value, Mapping) and ({"zh", "en"} & set(value)):
            problems.add(file, name, Text("须同时有 zh 和 en 文字", "needs both zh and en text"))
        elif isinstance(value, Mapping):
            phrase_texts(value, name + ".", out, problems, file)
        elif not isinstance(value, list):
            problems.add(file, name, Text("应为 { zh, en } 文字", "must be a { zh, en } text"))


def read_wording(root: Path) -> tuple[Wording | None, Problems]:
    """The wording under ``root`` (the resources folder), or None with every problem found."""
    problems = Problems()
    document = read_toml(problems, root / REPORT_DIR, DOCUMENT_FILE) or {}
    phrases: dict[str, Text] = {}
    phrase_texts(document, "", phrases, problems, DOCUMENT_FILE)
    themes_doc = read_toml(problems, root / REPORT_DIR, THEMES_FILE) or {}
    theme_phrases: dict[str, Text] = {}
    themes: list[Theme] = []
    for position, raw in enumerate(_list(themes_doc.get("theme")), start=1):
        flat: dict[str, Text] = {}
        phrase_texts({"heading": raw.get("heading")}, "", flat, problems, THEMES_FILE)
        measures = raw.get("measures")
        theme_id = raw.get("id")
        if not isinstance(theme_id, str) or "heading" not in flat or not isinstance(measures, list):
            problems.add(
                THEMES_FILE, f"theme {position}", Text("须有 id、heading、measures", "needs id, heading, measures")
            )
            continue
        themes.append(Theme(theme_id, flat["heading"], tuple(str(m) for m in measures)))
    other = themes_doc.get("other")
    phrase_texts(
        other if isinstance(other, Mapping) else {},
        "other.",
        theme_phrases,
        problems,
        THEMES_FILE,
    )
    profile_problems = _labels(root, "problems.toml", "problem", problems)
    indicators = {
        key: Indicator(entry["label"], entry["unit"], entry.get("kind_text", Text("outcome", "outcome")).zh)
        for key, entry in _indicator_tables(root, problems).items()
    }
    if problems or "other.heading" not in theme_phrases:
        if "other.heading" not in theme_phrases:
            problems.add(THEMES_FILE, "other", Text("缺少 other.heading", "other.heading is missing"))
        return None, problems
    return Wording(phrases, tuple(themes), theme_phrases["other.heading"], profile_problems, indicators), problems


def _list(value: object) -> list[Mapping[str, object]]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _labels(root: Path, file: str, array: str, problems: Problems) -> dict[str, Text]:
    doc = read_toml(problems, root / PROFILE_DIR, file) or {}
    labels: dict[str, Text] = {}
    for raw in _list(doc.get(array)):
        flat: dict[str, Text] = {}
        phrase_texts({"label": raw.get("label")}, "", flat, problems, file)
        if isinstance(raw.get("id"), str) and "label" in flat:
            labels[str(raw["id"])] = flat["label"]
    return labels


def _indicator_tables(root: Path, problems: Problems) -> dict[str, dict[str, Text]]:
    doc = read_toml(problems, root / PROFILE_DIR, "indicators.toml") or {}
    found: dict[str, dict[str, Text]] = {}
    for raw in _list(doc.get("indicator")):
        flat: dict[str, Text] = {}
        phrase_texts({"label": raw.get("label"), "unit": raw.get("unit")}, "", flat, problems, "indicators.toml")
        kind = raw.get("kind")
        if isinstance(raw.get("id"), str) and {"label", "unit"} <= set(flat):
            flat["kind_text"] = Text.same(kind if isinstance(kind, str) else "outcome")
            found[str(raw["id"])] = flat
    return found


@cache
def default_wording() -> Wording:
    """The shipped wording, read once; broken files raise an error naming file and entry."""
    from desktop.resources import resources_root

    wording, problems = read_wording(resources_root())
    if wording is None:
        first = problems.messages[0]
        raise ZonePlannerError(Text(f"行动方案模板有误：{first.zh}", f"The action-plan template is broken: {first.en}"))
    return wording
