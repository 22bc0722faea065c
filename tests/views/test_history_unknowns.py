"""The history dialog shows an unknown rating or condition as unknown, and the zone's problems and targets."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile, Target
from desktop.models.store import ProfileStore
from desktop.models.vocabulary import Condition, Endowment
from desktop.views.history_dialog import HistoryDialog
from desktop.views.i18n import Language


def test_a_version_with_unknowns_reads_as_unknown_not_as_zero_or_no(
    qtbot: QtBot, language: Language, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    base = samples["county-park"]
    profile_id = store.create(base)
    dialog = HistoryDialog(store, profile_id, language)
    qtbot.addWidget(dialog)
    vague = base.with_changes(
        endowments={**dict(base.endowments), Endowment.TALENT: None},
        conditions={**dict(base.conditions), Condition.IUR_ALLIANCE: None},
        problems=("talent_outflow",),
        targets=(Target("above_scale_firms", 60.0, 2027, base=42.0, base_year=2025),),
    )
    rows = dialog.version_rows(vague)
    assert rows["endowments.talent"][1] == "未评估"
    assert rows["conditions.iur_alliance"][1] == "不清楚"
    assert rows["problems"][1] == "人才外流"
    assert rows["targets.above_scale_firms"] == ("规模以上工业企业数", "2025年 42 → 2027年 60 家")
    changed = dialog.changed_fields(vague, base)
    assert "人才" in changed and "存在的问题" in changed
