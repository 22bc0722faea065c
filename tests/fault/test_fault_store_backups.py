"""Backups close together: one on a clean exit after changes; the list to restore from shows each backup's date and
profile count; pre-upgrade copies are pruned to the last three."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.profile_format import read_profile
from desktop.models.store import DATABASE_FILE, list_backups, open_store, restore_backup
from tests.helpers.store_faults_support import fill, names_in, samples


def test_a_clean_exit_after_changes_backs_up_what_the_daily_copy_missed(tmp_path: Path) -> None:
    from desktop.app import close_store

    data = tmp_path / "data"
    database = data / DATABASE_FILE
    fill(data, 1)
    store, report = open_store(data, load_samples=False)  # a later start: the daily copy, with one profile
    store.create(read_profile(samples()[1]))
    store.create(read_profile(samples()[2]))
    close_store(store, report.database_file)  # what the window does when the application quits

    newest = list_backups(database)[0]
    database.write_bytes(b"\0" * 4096)  # damaged after the session
    restore_backup(newest, database)
    assert len(names_in(data)) == 3  # not just the one profile of the start of the day


def test_a_clean_exit_without_changes_takes_no_backup(tmp_path: Path) -> None:
    from desktop.app import close_store

    data = tmp_path / "data"
    database = data / DATABASE_FILE
    fill(data, 1)
    for _ in range(3):
        store, report = open_store(data, load_samples=False)
        store.list_summaries()
        close_store(store, report.database_file)
    assert len(list_backups(database)) == 1  # the daily copy of the first of these starts, nothing more


def test_the_backups_are_listed_with_their_date_and_profile_count(tmp_path: Path) -> None:
    from desktop.models.store import describe_backups
    from desktop.models.store.backups import take_backup

    data = tmp_path / "data"
    database = data / DATABASE_FILE
    fill(data, 1)
    one = take_backup(database, "exit")
    store, _ = open_store(data, load_samples=False)
    store.create(read_profile(samples()[1]))
    store.close()
    two = take_backup(database, "exit")
    broken = two.with_name(two.name.replace("-exit", "-exit-9"))
    broken.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)

    listed = describe_backups(database)

    assert [(info.path, info.profiles, info.ok) for info in listed] == [
        (broken, None, False),
        (two, 2, True),
        (one, 1, True),
    ]
    for info in listed:
        assert info.taken_at.tzinfo is not None  # local time, which the window shows as it is
        assert info.taken_at.strftime("%Y%m%d-%H%M%S") in info.path.name


def test_only_the_last_three_pre_upgrade_copies_are_kept(tmp_path: Path) -> None:
    from desktop.models.store.backups import take_backup

    data = tmp_path / "data"
    database = data / DATABASE_FILE
    fill(data, 1)
    folder = data / "backups"
    folder.mkdir(exist_ok=True)
    older = [folder / f"zoneplanner-2001010{day}-120000-000{day}.sqlite3" for day in range(1, 5)]
    for copy in older:
        shutil.copy(database, copy)

    newest = take_backup(database, "0002")  # the copy taken before an upgrade

    assert sorted(p for p in list_backups(database) if "-daily" not in p.name) == sorted([*older[-2:], newest])


def test_the_restore_dialog_lists_date_and_count_and_only_good_backups_can_be_chosen(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from desktop.models.store import describe_backups
    from desktop.models.store.backups import take_backup
    from desktop.views.backup_dialog import BackupDialog

    data = tmp_path / "data"
    database = data / DATABASE_FILE
    fill(data, 2)
    good = take_backup(database, "exit")
    damaged = good.with_name(good.name.replace("-exit", "-exit-2"))
    damaged.write_bytes(b"not a database" * 300)

    dialog = BackupDialog(describe_backups(database))
    qtbot.addWidget(dialog)
    rows = [dialog.backups.topLevelItem(i) for i in range(dialog.backups.topLevelItemCount())]
    texts = [[row.text(column) for column in range(3)] for row in rows]

    stamp = good.name[len("zoneplanner-") : len("zoneplanner-") + 15]
    shown = datetime.strptime(stamp, "%Y%m%d-%H%M%S").strftime("%Y-%m-%d %H:%M:%S")
    assert texts[1][:2] == [shown, "2"]
    assert texts[0][1] == "" and texts[0][2] != texts[1][2]  # the damaged copy says so, with no count
    assert dialog.chosen() == good  # the newest good one is proposed
    damaged_row = dialog.backups.visualItemRect(rows[0]).center()
    qtbot.mouseClick(dialog.backups.viewport(), Qt.MouseButton.LeftButton, pos=damaged_row)
    assert dialog.chosen() == good and dialog.restore_button.isEnabled()  # a damaged one cannot be chosen
