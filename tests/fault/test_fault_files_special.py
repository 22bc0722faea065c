"""Paths that are not ordinary files: as the profile to read, nothing hangs and the kind of thing is named; as the
file to write, nothing is replaced that must not be (a read-only file, a link, a device, a FIFO)."""

from __future__ import annotations

import errno
import os
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.models import profile_format
from desktop.models.errors import ExportError
from desktop.models.profile_format import ProfileFileError, read_profile, write_profile
from tests.helpers.profile_fault_runs import Run, assert_clean_refusal, run_in_process, run_program, store_rows
from tests.helpers.profile_mutations import SAMPLES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and /dev exist on Linux and macOS")

OLD = b"the previous file, which must survive"


def _commands(path: Path, out: Path) -> list[list[str]]:
    return [["profiles", "import", str(path)], ["match", str(path)], ["export", str(path), "-o", str(out)]]


def _refused(run: Run, path: Path, zh: str, en: str) -> None:
    assert_clean_refusal(run, names=str(path), max_line=400, max_total=800)
    assert zh in run.err and en in run.err, run.err
    assert run.out == ""


# --- reading: the profile given is not a regular file ----------------------------------------------------------------


@pytest.fixture
def store(isolated_data_dir: Path) -> Path:
    assert run_in_process(["profiles", "import", str(SAMPLES[0])]).code == 0
    return isolated_data_dir


def test_a_fifo_as_the_profile_is_refused_at_once_by_every_command(tmp_path: Path, store: Path) -> None:
    fifo = tmp_path / "zone.json"
    os.mkfifo(fifo)
    before = store_rows(store)
    out = tmp_path / "plan.xlsx"
    for argv in _commands(fifo, out):
        # A real process: before the fix, opening the FIFO waited for a writer forever (the run times out).
        _refused(run_program(argv, store), fifo, "命名管道", "named pipe (FIFO)")
    assert store_rows(store) == before and not out.exists()


@pytest.fixture
def socket_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)  # a socket's path is limited to ~100 bytes: bind it by a short relative name
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind("zone.json")
    try:
        yield tmp_path / "zone.json"
    finally:
        server.close()


@pytest.mark.parametrize(
    ("kind", "zh", "en"),
    [
        ("folder", "文件夹", "is a folder"),
        ("socket", "套接字", "is a socket"),
        ("/dev/zero", "设备文件", "is a device"),
        ("dangling link", "符号链接", "symbolic link to"),
    ],
)
def test_a_path_that_is_not_a_regular_file_is_named_by_what_it_is(
    tmp_path: Path, store: Path, request: pytest.FixtureRequest, kind: str, zh: str, en: str
) -> None:
    path = tmp_path / "zone.json"
    if kind == "folder":
        path.mkdir()
    elif kind == "socket":
        path = request.getfixturevalue("socket_path")
    elif kind == "/dev/zero":
        path = Path("/dev/zero")
    else:
        path.symlink_to(tmp_path / "gone.json")
        en += f" {tmp_path / 'gone.json'}"
    before = store_rows(store)
    for argv in _commands(path, tmp_path / "plan.xlsx"):
        _refused(run_in_process(argv), path, zh, en)
    assert store_rows(store) == before


def test_a_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    link = tmp_path / "zone.json"
    link.symlink_to(SAMPLES[0])
    assert read_profile(link) == read_profile(SAMPLES[0])


def test_an_unreadable_file_says_so(tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(SAMPLES[0].read_bytes())
    path.chmod(0)
    real_open = os.open

    def refusing(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        # Root reads anything whatever the mode: make the OS answer as it does for everyone else.
        if Path(file) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    for argv in _commands(path, tmp_path / "plan.xlsx"):
        _refused(run_in_process(argv), path, "没有读取文件", "No permission to read")


def test_a_path_swapped_for_a_fifo_after_the_check_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Between the check of the path and the open, another program puts a FIFO there: the open must neither hang nor
    # read it, and the file actually opened is what is judged.
    path = tmp_path / "zone.json"
    path.write_bytes(SAMPLES[0].read_bytes())
    real_open = os.open

    def swapping(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(file) == path:
            path.unlink()
            os.mkfifo(path)
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(profile_format.os, "open", swapping)
    with pytest.raises(ProfileFileError) as raised:
        read_profile(path)
    assert "named pipe" in raised.value.message.en and str(path) in raised.value.message.zh


# --- writing: the target must not be replaced ------------------------------------------------------------------------


@pytest.fixture
def profile_name(store: Path) -> str:
    return read_profile(SAMPLES[0]).name


def _export(target: Path, name: str) -> list[str]:
    """The command that writes ``target``: the workbook for .xlsx, the saved profile for anything else."""
    if target.suffix == ".xlsx":
        return ["export", str(SAMPLES[0]), "-o", str(target)]
    return ["profiles", "export", name, "-o", str(target)]


def test_a_read_only_target_is_refused_and_kept(tmp_path: Path, profile_name: str) -> None:
    for suffix in (".xlsx", ".json"):
        target = tmp_path / f"plan{suffix}"
        target.write_bytes(OLD)
        target.chmod(0o444)
        run = run_in_process(_export(target, profile_name))
        assert_clean_refusal(run, names=str(target), max_line=400, max_total=800)
        assert "只读" in run.err and "read-only" in run.err
        assert target.read_bytes() == OLD and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "plan.json", "plan.xlsx"]


def test_a_symlink_target_is_refused_and_neither_it_nor_its_file_changes(tmp_path: Path, profile_name: str) -> None:
    for suffix in (".xlsx", ".json"):
        real = tmp_path / f"real{suffix}"
        real.write_bytes(OLD)
        link = tmp_path / f"link{suffix}"
        link.symlink_to(real)
        run = run_in_process(_export(link, profile_name))
        assert_clean_refusal(run, names=str(link), max_line=400, max_total=800)
        assert "符号链接" in run.err and f"symbolic link to {real}" in run.err
        assert link.is_symlink() and os.readlink(link) == str(real) and real.read_bytes() == OLD


@pytest.mark.parametrize("kind", ["FIFO", "socket"])
def test_a_special_file_as_target_is_not_replaced(
    tmp_path: Path, profile_name: str, request: pytest.FixtureRequest, kind: str
) -> None:
    # (Not a device such as /dev/null: if this check were missing, a test run as root would replace it.)
    if kind == "FIFO":
        target = tmp_path / "zone.json"
        os.mkfifo(target)
    else:
        target = request.getfixturevalue("socket_path")
    mode = target.stat().st_mode
    run = run_in_process(_export(target, profile_name))
    assert_clean_refusal(run, names=str(target), max_line=400, max_total=800)
    assert "不是普通文件" in run.err and "not a regular file" in run.err
    assert target.stat().st_mode == mode  # still the FIFO, still the socket


def test_the_window_gets_the_same_refusal(tmp_path: Path) -> None:
    # The window's exports call write_profile / write_workbook, which share the check: one message for both.
    target = tmp_path / "zone.json"
    target.write_bytes(OLD)
    target.chmod(0o444)
    with pytest.raises(ExportError) as raised:
        write_profile(read_profile(SAMPLES[0]), target)
    assert "read-only" in raised.value.message.en and str(target) in raised.value.message.en
    assert target.read_bytes() == OLD
