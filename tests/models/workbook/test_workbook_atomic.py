"""A failed export tells the user why and leaves the previous file exactly as it was, with no litter."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop.models import atomic
from desktop.models.errors import ExportError
from desktop.models.workbook.writer import write_workbook
from tests.helpers.workbook_reading import open_book

OLD = b"PK\x03\x04 the previous plan, which must survive"


@pytest.fixture
def old_plan(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "plan.xlsx"
    target.write_bytes(OLD)
    return target


def _export(target: Path, inputs: dict[str, object]) -> None:
    write_workbook(target, **inputs)  # type: ignore[arg-type]


def _untouched(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert sorted(os.listdir(target.parent)) == [target.name]  # no temporary file left behind


def test_export_replaces_the_previous_file_and_keeps_its_permissions(old_plan: Path, inputs: dict[str, object]) -> None:
    old_plan.chmod(0o640)
    _export(old_plan, inputs)
    assert open_book(old_plan).sheetnames[0] == "概览"
    assert stat.S_IMODE(old_plan.stat().st_mode) == 0o640
    assert os.listdir(old_plan.parent) == ["plan.xlsx"]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path, inputs: dict[str, object]) -> None:
    previous = os.umask(0o022)
    try:
        _export(tmp_path / "new.xlsx", inputs)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.xlsx").stat().st_mode) == 0o644  # readable by others, as a saved file is


def test_target_open_in_another_program_keeps_the_old_file(
    old_plan: Path, inputs: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(source: object, destination: object) -> None:
        # What Windows reports when Excel holds the file open.
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(destination))

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        _export(old_plan, inputs)
    assert str(old_plan) in caught.value.message.zh and str(old_plan) in caught.value.message.en
    assert "Excel" in caught.value.message.zh and "unchanged" in caught.value.message.en
    _untouched(old_plan)


def test_target_that_is_a_folder_is_refused(tmp_path: Path, inputs: dict[str, object]) -> None:
    target = tmp_path / "out" / "plan.xlsx"
    target.mkdir(parents=True)
    (target / "inside.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        _export(target, inputs)
    assert "文件夹" in caught.value.message.zh and "folder" in caught.value.message.en
    assert (target / "inside.txt").read_text(encoding="utf-8") == "keep me"
    assert os.listdir(target.parent) == ["plan.xlsx"]


def test_read_only_folder_gives_a_clear_message(
    old_plan: Path, inputs: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(target: Path) -> tuple[int, Path]:
        # chmod does not stop root (CI runs as root): fail the way a read-only folder fails for anyone else.
        raise PermissionError(errno.EACCES, "Permission denied", str(target.parent))

    monkeypatch.setattr(atomic, "create_temp_file", refused)
    with pytest.raises(ExportError) as caught:
        _export(old_plan, inputs)
    assert str(old_plan.parent) in caught.value.message.zh
    assert "read-only" in caught.value.message.en
    _untouched(old_plan)


def test_folder_that_does_not_exist(tmp_path: Path, inputs: dict[str, object]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    for target in (tmp_path / "missing" / "plan.xlsx", blocker / "plan.xlsx"):
        with pytest.raises(ExportError) as caught:
            _export(target, inputs)
        assert str(target.parent) in caught.value.message.zh
        assert "does not exist" in caught.value.message.en
    assert blocker.read_text(encoding="utf-8") == "x"
    assert not (tmp_path / "missing").exists()


def test_failure_while_writing_keeps_the_old_file(
    old_plan: Path, inputs: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(ExportError) as caught:
        _export(old_plan, inputs)
    assert "No space left on device" in caught.value.message.en
    _untouched(old_plan)


def test_a_bug_while_writing_leaves_no_temporary_file(old_plan: Path) -> None:
    def broken(stream: object) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic.write_atomically(old_plan, broken)
    _untouched(old_plan)


def test_a_name_without_xlsx_is_refused(tmp_path: Path, inputs: dict[str, object]) -> None:
    with pytest.raises(ExportError) as caught:
        _export(tmp_path / "plan.xls", inputs)
    assert ".xlsx" in caught.value.message.zh
    assert not (tmp_path / "plan.xls").exists()
    _export(tmp_path / "PLAN.XLSX", inputs)  # the case of the extension does not matter
    assert (tmp_path / "PLAN.XLSX").is_file()
