"""The look of the rich-text detail panes (matches, knowledge browser): one style sheet, escaping, headings."""

from __future__ import annotations

import html

MUTED = "#5f6b7a"
RULE = "#d9dee5"

STYLE = f"""
h2 {{ font-size: 15pt; margin: 0 0 2px 0; }}
h3 {{ font-size: 11pt; margin: 16px 0 4px 0; }}
p {{ margin: 2px 0 4px 0; }}
.meta {{ color: {MUTED}; }}
.muted {{ color: {MUTED}; }}
.small {{ color: {MUTED}; font-size: small; }}
td {{ padding: 4px 6px; vertical-align: top; }}
th {{ padding: 4px 6px; text-align: left; color: {MUTED}; font-weight: normal; border-bottom: 1px solid {RULE}; }}
"""


def escape(text: str) -> str:
    """Text for the rich-text detail panes."""
    return html.escape(text, quote=True)


def heading(text: str) -> str:
    """A section heading of the rich-text detail panes."""
    return f"<h3>{escape(text)}</h3>"
