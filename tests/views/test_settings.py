"""Every window setting is declared once with its type and default, survives a restart, and a stored value of the
wrong kind (an edited file, another version) reads as the default instead of breaking the start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.views import settings as saved
from desktop.views.profile_list_model import SortKey
from tests.helpers.window import WindowFactory, settings_at


def ini(path: Path) -> QSettings:
    return QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)


def test_every_setting_reads_back_what_was_written(tmp_path: Path) -> None:
    values: dict[str, object] = {
        saved.GEOMETRY.key: QByteArray(b"\x01\xd9\xd0\xcb geometry"),
        saved.SPLITTER.key: QByteArray(b"splitter state"),
        saved.SORT.key: SortKey.CHANGED,
        saved.LANGUAGE.key: "en",
        saved.LAST_PROFILE.key: 42,
        saved.LAST_FOLDER.key: tmp_path,
        saved.EXPORT_FOLDER.key: tmp_path,
        saved.PLAN_COLUMNS.key: ("title", "lead", "partners"),
        **{setting.key: QByteArray(name.encode()) for name, setting in saved.PAGE_SPLITTERS.items()},
    }
    assert set(values) == {setting.key for setting in saved.ALL}  # each setting is declared in ALL, once
    first = ini(tmp_path)
    for setting in saved.ALL:
        assert setting.read(first) == setting.default  # nothing stored yet
        setting.write(first, values[setting.key])
    first.sync()

    again = ini(tmp_path)  # another run of the application
    assert {setting.key: setting.read(again) for setting in saved.ALL} == values


def test_a_stored_value_of_the_wrong_kind_reads_as_the_default(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    for key, value in {
        saved.SORT.key: "by mood",
        saved.LANGUAGE.key: "fr",
        saved.LAST_PROFILE.key: "the last one",
        saved.LAST_FOLDER.key: str(tmp_path / "gone"),  # a folder since removed
        saved.GEOMETRY.key: "not bytes",
    }.items():
        settings.setValue(key, value)
    assert saved.SORT.read(settings) == SortKey.NAME
    assert saved.LANGUAGE.read(settings) is None
    assert saved.LAST_PROFILE.read(settings) is None
    assert saved.LAST_FOLDER.read(settings) is None
    assert saved.GEOMETRY.read(settings) is None


def test_the_window_keeps_its_settings_through_the_declarations(
    make_window: WindowFactory, store: ProfileStore, data_dir: Path, samples: dict[str, Profile]
) -> None:
    ids = [store.create(profile) for profile in samples.values()]
    window = make_window()
    window.open_profile(ids[-1])
    window.panel.set_sort_key(SortKey.CHANGED)
    window.set_language("en")
    window.save_settings()

    settings = settings_at(data_dir)
    assert saved.LAST_PROFILE.read(settings) == ids[-1]
    assert saved.LANGUAGE.read(settings) == "en"
    assert saved.SORT.read(settings) == SortKey.CHANGED == window.panel.model.sort_key()
    assert saved.GEOMETRY.read(settings) is not None and saved.SPLITTER.read(settings) is not None
    window.set_language("zh")
