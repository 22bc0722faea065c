"""What the issuing office enters once per zone: its name, the date, whether the document is a draft, the leader."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from desktop.models.errors import ZonePlannerError
from desktop.models.text import Text

MAX_LENGTH = 100


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """Remembered with the zone's plan (key ``report`` of the plan document), so the next export is prefilled."""

    issuer: str = ""  # 发文机关署名, e.g. "某某高新区管委会"
    date: str = ""  # 成文日期 as YYYY-MM-DD; empty = the day of export
    draft: bool = False  # （征求意见稿）
    leader: str = ""  # 链长 / the responsible leader, if the zone names one

    def issue_date(self, today: datetime.date) -> datetime.date:
        return datetime.date.fromisoformat(self.date) if self.date else today

    def to_data(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: object) -> ReportSettings:
        """Settings from a stored mapping; anything unreadable is left at its default rather than refused."""
        if not isinstance(data, Mapping):
            return cls()
        text = {key: data.get(key) for key in ("issuer", "date", "leader")}
        values = {key: value.strip() for key, value in text.items() if isinstance(value, str)}
        try:
            return checked(cls(draft=data.get("draft") is True, **values))
        except ZonePlannerError:
            return cls(draft=data.get("draft") is True)


def checked(settings: ReportSettings) -> ReportSettings:
    """``settings`` with surrounding spaces trimmed; a bad date or an overlong name raises, naming field and value."""
    for name, label in (("issuer", Text("发文单位", "issuing unit")), ("leader", Text("负责领导", "leader"))):
        value = getattr(settings, name).strip()
        if len(value) > MAX_LENGTH:
            raise ZonePlannerError(
                Text(
                    f"{label.zh}“{value[:20]}…”过长（{len(value)} 个字符，最多 {MAX_LENGTH} 个）",
                    f"The {label.en} '{value[:20]}…' is too long ({len(value)} characters, at most {MAX_LENGTH})",
                )
            )
    day = settings.date.strip()
    if day:
        try:
            datetime.date.fromisoformat(day)
        except ValueError:
            raise ZonePlannerError(
                Text(
                    f"成文日期“{day}”无效，应写作 年-月-日，例如 2026-03-15",
                    f"The date '{day}' is not valid; write it as year-month-day, e.g. 2026-03-15",
                )
            ) from None
    return ReportSettings(settings.issuer.strip(), day, settings.draft, settings.leader.strip())
