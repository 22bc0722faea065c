"""The import dialog's counts read correctly in English whatever the number ("Files read: 1", never "1 files read");
the Chinese is as before (acceptance of #15, English plurals)."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from desktop.models.ledger.types import ImportPreview
from desktop.views.ledger.import_dialog import ImportDialog
from tests.views.ledger.test_import_dialog import _preview

ONE_PLURAL = re.compile(r"\b1 (?:files|returns|actions|forms)\b")


def test_one_file_one_return_one_action_in_english(qtbot: QtBot) -> None:
    full = _preview()
    preview = ImportPreview(full.zone, full.profile_id, full.plan_version, full.proposals[:1], (), ("财政局.xlsx",))
    dialog = ImportDialog(preview, "en")
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "Files read: 1" in summary and not ONE_PLURAL.search(summary)


def test_the_chinese_summary_is_unchanged(qtbot: QtBot, language: object) -> None:
    dialog = ImportDialog(_preview(), "zh")
    qtbot.addWidget(dialog)
    said = "已读取 3 个文件，拒收 0 个。共有 1 项任务的 2 条报送可以应用，已勾选 1 条。"
    assert dialog.summary.text().startswith(said)
