"""No room to write (a full disk, or a file-size limit as under ``ulimit -f``): the export says so in one message,
nothing follows it, and the previous file is untouched.

A real process with a small RLIMIT_FSIZE stands in for the full disk: writes past the limit fail with EFBIG exactly
where a full disk fails with ENOSPC, and only a real process shows what the interpreter prints after the message.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.helpers.profile_fault_runs import Run, file_size_limit, run_in_process, run_program, store_rows
from tests.helpers.profile_mutations import SAMPLES, sample_data

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file-size limits (RLIMIT_FSIZE) are POSIX")

OLD = b"PK\x03\x04 the previous file, which must survive"


def _refused_for_size(run: Run, target: Path) -> None:
    assert run.code == 2, run.err
    assert str(target) in run.err
    assert "文件超过了系统允许的大小上限" in run.err and "larger than the system allows" in run.err, run.err
    assert "保持不变" in run.err and "unchanged" in run.err
    assert "Traceback" not in run.err and "Exception ignored" not in run.err, run.err
    assert run.out == ""


def test_a_workbook_export_that_runs_out_of_room_ends_with_its_message(tmp_path: Path, isolated_data_dir: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(OLD)
    # 8 KB: less than any workbook (about 20 KB), more than Python needs to start.
    run = run_program(["export", str(SAMPLES[0]), "-o", str(target)], isolated_data_dir, preexec=file_size_limit(8000))
    _refused_for_size(run, target)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no half-written temporary file


def test_a_profile_export_that_runs_out_of_room_ends_with_its_message(tmp_path: Path, isolated_data_dir: Path) -> None:
    data = sample_data(0)
    data["goals"], data["notes"] = "目" * 9000, "备" * 9000  # about 55 KB of profile
    source = tmp_path / "big.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_in_process(["profiles", "import", str(source)]).code == 0
    assert run_in_process(["profiles", "list"]).code == 0  # the day's start-up work (a backup) is done unlimited
    before = store_rows(isolated_data_dir)
    target = tmp_path / "zone.json"
    target.write_bytes(OLD)
    # 40 KB: the database is only read (writes within its pages would fit), the profile does not fit.
    run = run_program(
        ["profiles", "export", data["name"], "-o", str(target)], isolated_data_dir, preexec=file_size_limit(40_000)
    )
    _refused_for_size(run, target)
    assert target.read_bytes() == OLD
    assert store_rows(isolated_data_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.json", "data", target.name]
