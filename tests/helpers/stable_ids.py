"""The knowledge base's stable IDs as they look (/work/shared digest: rec.N.N, trait.x, case.x, practice.x), for tests
that check a reader never sees one: on screen, in the workbook, in the Word document."""

from __future__ import annotations

import re

STABLE_ID = re.compile(r"\b(?:rec\.\d+(?:\.\d+)*|(?:trait|case|practice)\.[a-z][a-z0-9-]*)")


def ids_in(text: str) -> list[str]:
    return STABLE_ID.findall(text)
