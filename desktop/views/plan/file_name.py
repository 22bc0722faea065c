"""The file name proposed for an exported plan: ``<zone>-行动计划-<YYYYMMDD>.xlsx``, safe on every system."""

from __future__ import annotations

import re
from datetime import date

# Characters Windows refuses in file names (macOS and Linux refuse a subset), and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])$", re.IGNORECASE)
_MAX_NAME = 80  # leaves room for the rest of the name and a deep folder within Windows' 260-character limit


def safe_name(text: str, fallback: str) -> str:
    """``text`` usable as part of a file name: forbidden characters become "_", spaces are tidied."""
    name = _FORBIDDEN.sub("_", " ".join(text.split()))  # tabs and line breaks become single spaces first
    name = name[:_MAX_NAME].strip(" .")
    if _RESERVED.match(name):
        name += "_"
    return name or fallback


def plan_file_name(zone_name: str, plan_word: str, on: date, fallback: str) -> str:
    return f"{safe_name(zone_name, fallback)}-{plan_word}-{on:%Y%m%d}.xlsx"
