"""One way to save a file for the whole application: profiles and workbooks fail the same way, in the same words."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.models import atomic
from desktop.models.errors import ExportError
from desktop.models.profile_format import read_profile, write_profile
from desktop.models.workbook.writer import WRONG_SUFFIX
from desktop.resources import resource_path

Fail = Callable[..., None]


def _disk_full(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _locked(*args: object) -> None:
    raise PermissionError(errno.EACCES, "Permission denied")


def _other_replace_error(*args: object) -> None:
    raise OSError(errno.EXDEV, "Invalid cross-device link")


def _sample_profile_file() -> Path:
    return sorted(resource_path("samples").glob("*.json"))[0]


@pytest.mark.parametrize(
    ("failing", "fail", "zh", "en"),
    [
        ("fsync", _disk_full, "磁盘空间不足", "the disk is full"),
        ("replace", _locked, "其他程序打开", "open in another program"),
        ("replace", _other_replace_error, "无法替换原文件", "could not be replaced"),
    ],
    ids=["disk-full", "target-locked", "replace-failed"],
)
def test_a_profile_and_any_other_file_give_the_same_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, fail: Fail, zh: str, en: str
) -> None:
    profile = read_profile(_sample_profile_file())
    profile_path, other_path = tmp_path / "zone.json", tmp_path / "other.bin"
    write_profile(profile, profile_path)
    other_path.write_bytes(b"old")
    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(ExportError) as for_profile:
        write_profile(profile.with_changes(name="新名称"), profile_path)
    with pytest.raises(ExportError) as for_other:
        atomic.write_atomically(other_path, lambda stream: stream.write(b"new"))
    monkeypatch.undo()
    for raised, path in ((for_profile, profile_path), (for_other, other_path)):
        message = raised.value.message
        assert zh in message.zh and en in message.en
        assert str(path) in message.zh and str(path) in message.en
        assert "保持不变" in message.zh and "unchanged" in message.en
    assert "区域档案" in for_profile.value.message.zh and "zone profile" in for_profile.value.message.en
    assert read_profile(profile_path) == profile and other_path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.bin", "zone.json"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_chinese_messages_use_full_width_punctuation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "plan.bin"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, failing, _other_replace_error)
    with pytest.raises(ExportError) as raised:
        atomic.write_atomically(target, lambda stream: stream.write(b"new"))
    monkeypatch.undo()
    zh = raised.value.message.zh.replace(str(target), "").replace(str(target.parent), "")
    assert "：" in zh and ":" not in zh
    assert ":" not in WRONG_SUFFIX.zh.replace("{path}", "") and "：" in WRONG_SUFFIX.zh


def test_saving_a_profile_over_a_folder_says_so_and_keeps_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "zone.json"
    target.mkdir()
    (target / "inside.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError) as raised:
        write_profile(read_profile(_sample_profile_file()), target)
    assert "文件夹" in raised.value.message.zh and "is a folder" in raised.value.message.en
    assert (target / "inside.txt").read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["zone.json"]
