"""UI names of the kinds of knowledge item and match, and the order the pages show them in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.knowledge.types import ItemKind
from desktop.models.matching.types import MatchKind

MATCH_GROUPS: tuple[MatchKind, ...] = (MatchKind.TRAIT, MatchKind.CASE, MatchKind.PRACTICE, MatchKind.RECOMMENDATION)

_GROUP_TITLES = {
    "trait": QT_TRANSLATE_NOOP("Kinds", "Traits of US clusters"),
    "case": QT_TRANSLATE_NOOP("Kinds", "US cluster cases"),
    "practice": QT_TRANSLATE_NOOP("Kinds", "US government practices"),
    "recommendation": QT_TRANSLATE_NOOP("Kinds", "Recommendations for China"),
}

_SINGULAR = {
    "trait": QT_TRANSLATE_NOOP("Kinds", "Trait of US clusters"),
    "case": QT_TRANSLATE_NOOP("Kinds", "US cluster case"),
    "practice": QT_TRANSLATE_NOOP("Kinds", "US government practice"),
    "recommendation": QT_TRANSLATE_NOOP("Kinds", "Recommendation"),
    "measure": QT_TRANSLATE_NOOP("Kinds", "Measure of a recommendation"),
}


def group_title(kind: MatchKind | ItemKind) -> str:
    """Plural heading of a group of matches or items."""
    return QCoreApplication.translate("Kinds", _GROUP_TITLES[str(kind)])


def kind_name(kind: MatchKind | ItemKind) -> str:
    """What one match or item is, e.g. "US cluster case"."""
    key = str(kind)
    return QCoreApplication.translate("Kinds", _SINGULAR[key])
