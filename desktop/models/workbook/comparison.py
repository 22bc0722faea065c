"""What the 对比 view compared, as the comparison workbook (``compare_sheet.py``) writes it. Kept apart from the
sheet so the window can hold one without loading openpyxl."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.profile import Profile
from desktop.models.text import Lang


@dataclass(frozen=True, slots=True)
class Comparison:
    """What the window compared: the profiles in its order, and its table's rows (title, one cell per profile)."""

    profiles: tuple[Profile, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    lang: Lang = "zh"
    generated_on: date | None = None
