"""Malformed zone profile files made from the valid samples: one fault each, and the field the message must name.

Every mutation is invalid by construction (never checked with the code under test): a value of a type the field
never takes, a number outside the field's documented range, a key the format does not have, text or keys or numbers
far beyond any limit, nesting no profile has, bytes that are not UTF-8, a file cut short, a name with characters a
name may not hold. ``Broken.names`` is what the error message must contain: the field's path (its first characters
for a huge key) or, for a file that is not JSON at all, the file itself (given as "").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from desktop.models.profile_rules import FIGURE_MAX, NAME_MAX, TEXT_MAX
from desktop.models.vocabulary import Condition, Endowment, Figure
from desktop.resources import resource_path

SAMPLES = sorted(resource_path("samples").glob("*.json"))
# Where a huge value shows in a message, it is cut to this many characters (and marked "…").
SHOWN_KEY = 20


@dataclass(frozen=True, repr=False)
class Broken:
    """A malformed profile file: its bytes, what was done to it, and what the message must name ("" = the file)."""

    raw: bytes
    fault: str
    names: str

    def __repr__(self) -> str:  # a failing example is reported by what was done, not by megabytes of content
        return f"Broken({self.fault!r}, {len(self.raw):,} bytes: {self.raw[:160]!r}…, names {self.names[:40]!r})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # how hypothesis prints a failing example
        printer.text(repr(self))


def sample_data(index: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLES[index].read_text(encoding="utf-8"))
    return data


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


# The JSON kinds each field accepts (by the format's description, README and profile_v2, the samples' version);
# anything else is wrong.
_KINDS = ("null", "bool", "int", "float", "str", "list", "dict")
_ACCEPTS: dict[str, set[str]] = {
    "format": {"str"},
    "version": {"int"},
    "name": {"str"},
    "province": {"str", "null"},
    "city": {"str", "null"},
    "level": {"str", "null"},
    "kind": {"str", "null"},
    "stage": {"str"},
    "industries": {"list"},
    "endowments": {"dict"},
    "conditions": {"dict", "null"},
    "figures": {"dict", "null"},
    "problems": {"list", "null"},
    "targets": {"list", "null"},
    "units": {"list", "null"},
    "goals": {"str", "null"},
    "notes": {"str", "null"},
    **{f"endowments.{e.value}": {"int", "null"} for e in Endowment},  # null: 未评估
    **{f"conditions.{c.value}": {"bool", "null"} for c in Condition},
    **{f"figures.{f.value}": {"int", "float", "null"} for f in Figure},
    "industries[0]": {"str"},
}


def _value_of_kind(kind: str) -> st.SearchStrategy[Any]:
    leaf: dict[str, st.SearchStrategy[Any]] = {
        "null": st.none(),
        "bool": st.booleans(),
        "int": st.integers(-(10**12), 10**12),
        "float": st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: not x.is_integer()),
        "str": st.text(max_size=20),
        "list": st.lists(st.integers(0, 9) | st.text(max_size=5), max_size=3),
        "dict": st.dictionaries(st.text(max_size=5), st.integers(0, 9), max_size=3),
    }
    return leaf[kind]


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    if path.endswith("]"):
        head = path.partition("[")[0]
        data[head][0] = value
        return
    section, _, key = path.partition(".")
    if key:
        if not isinstance(data.get(section), dict):
            data[section] = {}
        data[section][key] = value
    else:
        data[section] = value


@st.composite
def wrong_type(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    path = draw(st.sampled_from(sorted(_ACCEPTS)))
    kind = draw(st.sampled_from([k for k in _KINDS if k not in _ACCEPTS[path]]))
    _set(data, path, draw(_value_of_kind(kind)))
    return Broken(_dump(data).encode(), f"{kind} for {path}", path)


@st.composite
def out_of_range(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    choice = draw(st.sampled_from(["rating", "figure", "negative", "version", "name", "goals"]))
    if choice == "rating":
        path = f"endowments.{draw(st.sampled_from(list(Endowment))).value}"
        value: Any = draw(st.integers(6, 10**6) | st.integers(-(10**6), -1))
    elif choice in ("figure", "negative"):
        figure = draw(st.sampled_from(list(Figure)))
        path = f"figures.{figure.value}"
        limit = int(FIGURE_MAX[figure])
        value = draw(st.integers(limit + 1, limit * 1000)) if choice == "figure" else draw(st.integers(-(10**6), -1))
    elif choice == "version":
        path, value = "version", draw(st.integers(3, 10**6) | st.integers(-(10**6), 0))
    elif choice == "name":
        path, value = "name", "名" * draw(st.integers(NAME_MAX + 1, 300_000))
    else:
        path, value = "goals", "目" * draw(st.integers(TEXT_MAX + 1, 300_000))
    _set(data, path, value)
    return Broken(_dump(data).encode(), f"out of range {path}", path)


@st.composite
def unknown_key(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    section = draw(st.sampled_from(["", "endowments", "conditions", "figures"]))
    size = draw(st.sampled_from([1, 8_000]))  # at most 30 × 8,000 × 3 bytes = 720 KB: under the size limit
    # Letters the format never uses in a key, so the key is unknown whatever is drawn.
    key = draw(st.text("XYZ未知", min_size=1, max_size=30)) * size  # repeated: hypothesis draws at most ~10⁴
    if section:
        data[section][key] = 1
    else:
        data[key] = 1
    path = f"{section}.{key}" if section else key
    return Broken(_dump(data).encode(), f"unknown key of {len(key)} characters in {section or 'the top level'}", path)


@st.composite
def duplicate_key(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    size = draw(st.sampled_from([4, 150_000]))  # written twice, in up to three bytes each: under the 1 MiB limit
    key = draw(st.sampled_from(["k", "重"])) * size
    text = _dump(data)
    text = text[:-1] + f',\n  "{key}": 1,\n  "{key}": 2\n}}'
    return Broken(text.encode(), f"duplicate key of {size} characters", key)


@st.composite
def huge_number(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    path = draw(st.sampled_from(["version", "endowments.talent", "figures.area_km2", "figures.enterprises"]))
    digits = draw(st.sampled_from([31, 4_301, 5_001, 100_000]))
    sign = draw(st.sampled_from(["", "-"]))
    literal = sign + "9" * digits + draw(st.sampled_from(["", ".5", "e10"]))
    _set(data, path, "@NUMBER@")
    text = _dump(data).replace('"@NUMBER@"', literal)
    return Broken(text.encode(), f"number of {digits} digits in {path}", path)


@st.composite
def deep_nesting(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    path = draw(st.sampled_from(["name", "goals", "industries[0]", "endowments.capital", "figures.employees"]))
    depth = draw(st.sampled_from([50, 5_000, 100_000]))
    opener = draw(st.sampled_from(["[", '{"a":']))
    closer = "]" if opener == "[" else "}"
    _set(data, path, "@NESTED@")
    text = _dump(data).replace('"@NESTED@"', opener * depth + "1" + closer * depth)
    return Broken(text.encode(), f"{depth} levels of {opener} in {path}", path)


@st.composite
def bad_encoding(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    text = _dump(data)
    how = draw(st.sampled_from(["utf-16", "utf-16-le", "gbk", "latin-1 byte", "stray byte"]))
    if how == "latin-1 byte":
        raw = text.replace(data["name"], "Zône" + data["name"]).encode("utf-8").replace("ô".encode(), b"\xf4")
    elif how == "stray byte":
        raw = text.encode("utf-8")
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.sampled_from([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80"])) + raw[at:]
    else:
        raw = text.encode(how)
    return Broken(raw, f"encoded as {how}", "")


@st.composite
def truncated(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    raw = _dump(data).encode("utf-8")
    at = draw(st.integers(0, len(raw) - 1))  # the last byte is the closing brace: without it, nothing is complete
    return Broken(raw[:at], f"cut after {at} of {len(raw)} bytes", "")


# Characters a name may not hold, and names made of invisible characters only.
CONTROLS = ["\x00", "\t", "\n", "\r", "\x1b", "\x1b[31m", "\x7f", "\x85", "\x9b", "\u2028", "\u2029"]
BIDI_CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
NAME_FORBIDDEN = [*CONTROLS, *BIDI_CONTROLS]
INVISIBLE_ONLY = ["\u200b", "\u3000\u200b\u3000", "\u2060\ufeff", "\u3164", "\u00ad", "\u200e\u200f", "\u2800"]


@st.composite
def bad_name(draw: st.DrawFn, data: dict[str, Any]) -> Broken:
    if draw(st.booleans()):
        bad = draw(st.sampled_from(NAME_FORBIDDEN))
        at = draw(st.integers(1, len(data["name"]) - 1))  # inside: trimming must not be what saves it
        data["name"] = data["name"][:at] + bad + data["name"][at:]
    else:
        data["name"] = draw(st.sampled_from(INVISIBLE_ONLY))
    return Broken(_dump(data).encode(), f"name {data['name']!r}", "name")


MUTATIONS = (
    wrong_type,
    out_of_range,
    unknown_key,
    duplicate_key,
    huge_number,
    deep_nesting,
    bad_encoding,
    truncated,
    bad_name,
)


@st.composite
def broken_profiles(draw: st.DrawFn) -> Broken:
    """One sample profile with one fault."""
    data = sample_data(draw(st.integers(0, len(SAMPLES) - 1)))
    mutate = draw(st.sampled_from(MUTATIONS))
    broken: Broken = draw(mutate(data))
    return broken


def expected_name(broken: Broken, path: Path) -> str:
    """What the message must contain: the start of the field's path (cut as messages cut it), or the file's path."""
    return broken.names[:SHOWN_KEY] if broken.names else str(path)
