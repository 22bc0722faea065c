"""Help texts of the profile form: what each rating level, stage, condition and endowment means, and example figures.

The explanations carry article knowledge, so they are data (``resources/knowledge/profile_help.toml``, bilingual, read
by the domain); pages pick the language with the window's ``Language``. Only the example figures, which are no
knowledge, are Qt strings here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from desktop.models.errors import ZonePlannerError
from desktop.models.profile_help import ProfileHelp, load_profile_help
from desktop.models.vocabulary import Figure

CONTEXT = "ProfileTexts"

# Marks a string for the catalogue and returns it unchanged (PySide's stub says "object"; it is the str given).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

# What a sensible value looks like, shown as the placeholder of each figure (blank means unknown).
FIGURE_EXAMPLES: dict[Figure, str] = {
    Figure.AREA_KM2: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 128.5"),
    Figure.ENTERPRISES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 1200"),
    Figure.EMPLOYEES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 90000"),
    Figure.UNIVERSITIES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 12"),
    Figure.RESEARCH_INSTITUTES: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 30"),
    Figure.OUTPUT_100M_CNY: QT_TRANSLATE_NOOP("ProfileTexts", "e.g. 560"),
}


def profile_help() -> ProfileHelp:
    """The shipped help, read once.

    A broken file must not stop anyone from editing a profile: the form then shows no hints, and
    ``zoneplanner kb check`` names the problem.
    """
    try:
        return load_profile_help()
    except ZonePlannerError:
        return ProfileHelp.blank()


def tr(text: str) -> str:
    """Translate one entry of the table above."""
    return QCoreApplication.translate(CONTEXT, text)
