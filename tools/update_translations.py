"""Refresh the application's Chinese catalogue and compile it.

There is one catalogue for the whole interface (the window and every page in it): a string is translated once, and
the application installs one translator.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP`` string of
   ``desktop/views`` and ``desktop/app.py`` into ``resources/translations/zoneplanner_zh_CN.ts``, keeping the
   translations already there (new strings arrive marked ``unfinished``; strings no longer used are dropped).
2. Translate the new entries in the .ts file (Qt Linguist, or any editor: fill ``<translation>`` and remove
   ``type="unfinished"``).
3. Run this again: ``pyside6-lrelease`` compiles the .ts into the .qm file that ships with the application.

``--check`` changes nothing and fails if the .ts misses a string of the code, has an unfinished translation, or if
another catalogue has appeared beside it.

Usage: ``python tools/update_translations.py [--check]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "zoneplanner_zh_CN.ts"
QM_FILE = TRANSLATIONS / "zoneplanner_zh_CN.qm"


def sources() -> list[Path]:
    return [*sorted((ROOT / "desktop" / "views").rglob("*.py")), ROOT / "desktop" / "app.py"]


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (a virtual environment's bin/Scripts), else on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt translation tools)")
    return found


def lupdate(target: Path) -> None:
    command = [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(target)]
    command += ["-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language", "zh_CN"]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)


def lrelease() -> None:
    command = [tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation, or None while it is unfinished or empty."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and bool(translation.text)
            found[(name, message.findtext("source", ""))] = (
                translation.text if done and translation is not None else None
            )
    return found


def check() -> list[str]:
    """Problems of the shipped catalogue: strings missing from it, or not translated yet."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        lupdate(fresh)
        wanted = set(messages(fresh))
    shipped = messages(TS_FILE) if TS_FILE.exists() else {}
    problems = [f"not in the catalogue: [{c}] {s!r}" for c, s in sorted(wanted - set(shipped))]
    problems += [f"not translated: [{c}] {s!r}" for (c, s), text in sorted(shipped.items()) if text is None]
    others = sorted(p.name for p in TRANSLATIONS.glob("*.[tq][sm]") if p not in (TS_FILE, QM_FILE))
    problems += [f"a second catalogue (merge it into {TS_FILE.name}): {name}" for name in others]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if anything is missing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(TS_FILE)
    lrelease()
    unfinished = sum(1 for text in messages(TS_FILE).values() if text is None)
    print(f"{TS_FILE.relative_to(ROOT)}: {len(messages(TS_FILE))} strings, {unfinished} still to translate")
    print(f"{QM_FILE.relative_to(ROOT)}: compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
