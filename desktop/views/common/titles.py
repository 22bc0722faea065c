"""How a knowledge item is titled in lists: recommendations carry the article's numbering."""

from __future__ import annotations


def numbered_title(item_id: str, title: str) -> str:
    """Recommendations carry the article's numbering (``rec.2.1`` → ``2.1 …``) so they can be cited by number."""
    if item_id.startswith("rec."):
        return f"{item_id.removeprefix('rec.')}  {title}"
    return title
