"""Start the window: QApplication, translations, settings, store, knowledge base, main window (Qt start-up lives here).

The heavy things are built here, once, and handed to the window, each as soon as it can be shown: the window first,
already showing the list and the last profile read straight from the SQLite file (``store/quick_read.py``, no
SQLAlchemy); then the store (SQLAlchemy, migrations), which takes over the profile on screen (or fills the list and
opens the last profile, when there was no first paint); then, on the next turn of the event loop, the knowledge base
and the matching engine (the window then builds its matches, plan, comparison and knowledge tabs), and what the user
must be told (start-up messages, the offer to restore unsaved work). docs/architecture.md, "Start-up", tells it all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, paths
from desktop.models.errors import ZonePlannerError
from desktop.models.text import LANGS, Text
from desktop.platform_check import create_application
from desktop.views import settings as saved
from desktop.views.i18n import Language, parse_lang
from desktop.views.main_window import MainWindow

if TYPE_CHECKING:  # SQLAlchemy and the engine are imported only after the window is shown
    from desktop.models.analysis import Analyzer
    from desktop.models.knowledge.types import KnowledgeBase
    from desktop.models.store import ProfileStore, StartupReport
    from desktop.models.store.quick_read import FirstPaint

SETTINGS_FILE = "settings.ini"
EXIT_CANNOT_START = 2


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="zoneplanner-gui", description="ZonePlanner 开发区集群对标规划助手")
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹 / data folder")
    parser.add_argument(
        "--database", metavar="URL", help="共享数据库地址 / shared database URL (default: $ZONEPLANNER_DATABASE_URL)"
    )
    parser.add_argument("--lang", choices=LANGS, help="界面语言 / interface language (default: the last one used)")
    args, _qt_args = parser.parse_known_args(list(argv))  # leave Qt's own options (-style, -platform...) to Qt
    return args


def open_settings(data_dir: Path) -> QSettings:
    """Window size, splitter, language, last profile: an INI file beside the data, never user data itself."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def load_knowledge() -> tuple[KnowledgeBase | None, Text | None]:
    from desktop.models.knowledge.loader import default_knowledge_base

    try:
        return default_knowledge_base(), None
    except ZonePlannerError as error:
        return None, error.message


def load_analyzer() -> tuple[Analyzer | None, Text | None]:
    """The matching engine over the shipped knowledge base and rules (built once per process)."""
    from desktop.models.analysis import default_analyzer

    try:
        return default_analyzer(), None
    except ZonePlannerError as error:
        return None, error.message


def start(argv: Sequence[str]) -> tuple[QApplication, MainWindow, Path]:
    """Show the window at once, still without data; ``finish_start`` then opens the data folder behind it."""
    args = parse_args(argv)
    # No display plugin (a Linux desktop without libxcb-cursor0...): the apt line in Chinese and English, exit 2.
    app = QApplication.instance() or create_application([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)

    data_dir = paths.data_dir(args.data_dir)
    settings = open_settings(data_dir)
    language = Language(parse_lang(args.lang or saved.LANGUAGE.read(settings)), app)
    window = MainWindow(None, language, settings)
    paint = read_first_paint(data_dir, args.database, saved.LAST_PROFILE.read(settings))
    if paint is not None:
        window.show_first_paint(paint)  # the list and the last profile, before the store (SQLAlchemy) is loaded
    window.show()
    app.processEvents()  # paint it now: opening the database must not leave the user looking at nothing
    return app, window, data_dir


def read_first_paint(data_dir: Path, database: str | None, last_id: int | None) -> FirstPaint | None:
    """What the window shows before the store is open, read straight from the local SQLite file; None for a shared
    database, a first start, or anything ``open_store`` must deal with (it then fills the window itself)."""
    if database or paths.database_url_override():
        return None
    from desktop.models.store.quick_read import DATABASE_FILE
    from desktop.models.store.quick_read import read_first_paint as read

    return read(data_dir / DATABASE_FILE, last_id)


def finish_start(window: MainWindow, data_dir: Path, database: str | None = None) -> bool:
    """Open the store (SQLAlchemy, migrations) and hand it to the window; ``finish_analysis`` follows on the next
    turn of the event loop.

    False if no usable store could be opened: the user has been told why and the window is closed.
    """
    try:
        store, report = open_with_password(window, data_dir, database)
        if report.moved_aside is not None and report.newest_backup is not None:
            store, report = offer_backup(window, store, report, data_dir)
    except ZonePlannerError as error:
        QMessageBox.critical(window, "ZonePlanner", window.language.text(error.message))
        window.close()
        return False
    app = QCoreApplication.instance()
    assert app is not None
    backed_up = None if report.read_only is not None else report.database_file  # read-only: nowhere to copy it
    app.aboutToQuit.connect(lambda: close_store(store, backed_up))
    window.set_database(
        str(report.database_file) if report.database_file is not None else report.database,
        shared=store.is_shared,
        read_only=report.read_only,
    )
    window.attach_store(store)  # usable: the list filled, the last profile open in the form
    # The knowledge base and the engine (their imports, the TOML files, the rules) on the
    # next turn of the event loop, once the list and the form are painted.
    QTimer.singleShot(0, lambda: finish_analysis(window, report))
    return True


def finish_analysis(window: MainWindow, report: StartupReport) -> None:
    """Load the knowledge base and the engine, hand them to the window, then tell the user what they must know
    (the offer of unsaved work comes after the plan page exists, so a draft's plan has somewhere to go)."""
    kb, kb_problem = load_knowledge()
    analyzer, rules_problem = load_analyzer() if kb is not None else (None, None)
    window.attach_analysis(kb, analyzer)
    after_show(window, report, kb_problem or rules_problem)


PASSWORD_TRIES = 3


def open_with_password(window: MainWindow, data_dir: Path, database: str | None) -> tuple[ProfileStore, StartupReport]:
    """Open the store; a server that wants a password gets one typed in the window, for this session only (it is
    kept in memory, never in the settings). Cancelling, or a third wrong password, ends with the server's refusal."""
    from sqlalchemy import make_url

    from desktop.models.store import open_store
    from desktop.models.store.startup import PasswordRequired

    url = database or paths.database_url_override()
    for attempt in range(PASSWORD_TRIES + 1):
        try:
            return open_store(data_dir, url)
        except PasswordRequired:
            if url is None or attempt == PASSWORD_TRIES:
                raise
            chosen = make_url(url)
            password = window.ask_password(chosen.render_as_string(hide_password=True))
            if password is None:
                raise
            url = chosen.set(password=password).render_as_string(hide_password=False)
    raise AssertionError("unreachable")


def offer_backup(
    window: MainWindow, store: ProfileStore, report: StartupReport, data_dir: Path
) -> tuple[ProfileStore, StartupReport]:
    """The database was damaged and set aside: offer its backups (the newest good one first) in place of the new,
    empty database."""
    from desktop.models.store import describe_backups
    from desktop.models.store.startup import open_store, restore_backup

    database = report.database_file
    assert database is not None
    backup = window.ask_restore_backup(describe_backups(database))
    if backup is None:
        return store, report
    store.close()
    restore_backup(backup, database)  # the empty database made meanwhile is set aside too, never deleted
    restored, restored_report = open_store(data_dir)
    done = Text(f"已从备份 {backup} 恢复数据。", f"The data was restored from the backup {backup}.")
    restored_report.messages[:0] = [*report.messages, done]
    return restored, restored_report


def close_store(store: ProfileStore, database: Path | None) -> None:
    """On a clean exit: close the store (which checkpoints SQLite's write-ahead log into the file), then back it up
    if anything changed since the newest backup, so a later damage loses as little as possible."""
    from desktop.models.store import backup_if_changed

    store.close()
    if database is None:
        return
    try:
        backup_if_changed(database)
    except ZonePlannerError as error:  # nobody to ask any more; the next start's daily copy tries again
        print(f"ZonePlanner: {error.message.en}", file=sys.stderr)


def after_show(window: MainWindow, report: StartupReport, kb_problem: Text | None) -> None:
    """What the user must read once the window is up: store repairs, a broken knowledge base, unsaved work."""
    for message in report.messages:
        QMessageBox.information(window, window.app_title(), window.language.text(message))
    if kb_problem is not None:
        summary = QCoreApplication.translate("MainWindow", "The knowledge base could not be loaded.")
        window.show_error(summary, window.language.text(kb_problem))
    window.offer_drafts()


def main(argv: Sequence[str] | None = None) -> int:
    app, window, data_dir = start(sys.argv[1:] if argv is None else argv)

    database = parse_args(sys.argv[1:] if argv is None else argv).database

    def finish() -> None:
        if not finish_start(window, data_dir, database):
            app.exit(EXIT_CANNOT_START)

    QTimer.singleShot(0, finish)  # the first thing the event loop does
    return app.exec()
