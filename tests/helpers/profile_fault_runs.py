"""Running the command line for the fault suite: in this process (fast) or as a real program (for what only a real
process shows: a hang, a file-size limit, what the interpreter prints at exit)."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import desktop
from desktop.cli.main import main

# Long enough for a loaded machine to start Python and the command; a command that takes longer is hanging.
HANG_SECONDS = 120
PROJECT = Path(desktop.__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_in_process(argv: Sequence[str]) -> Run:
    """``zoneplanner ARGV`` through ``desktop.cli.main.main``, with its output captured."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return Run(code, out.getvalue(), err.getvalue())


def run_program(
    argv: Sequence[str], data_dir: Path, *, preexec: Callable[[], None] | None = None, cwd: Path | None = None
) -> Run:
    """``zoneplanner ARGV`` as its own process (this checkout's code), failing the test if it does not end."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "ZONEPLANNER_DATA_DIR": str(data_dir), "PYTHONUTF8": "1"}
    env.pop("ZONEPLANNER_DATABASE_URL", None)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli.main", *argv],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            cwd=cwd,
            timeout=HANG_SECONDS,
            preexec_fn=preexec,  # only resource limits and a signal disposition: safe before exec
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as expired:
        raise AssertionError(f"zoneplanner {' '.join(argv)} did not end within {HANG_SECONDS} s: it hangs") from expired
    return Run(done.returncode, done.stdout, done.stderr)


def file_size_limit(limit: int) -> Callable[[], None]:
    """For ``preexec_fn``: files the child writes may not grow past ``limit`` bytes (as under ``ulimit -f``).

    SIGXFSZ is ignored so that a write past the limit fails with EFBIG, the way a full disk fails, instead of killing
    the process (Python ignores it too; set here so the test does not depend on that).
    """
    import resource

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def store_rows(data_dir: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table of the store in ``data_dir`` (read-only), to compare before and after."""
    database = data_dir / "zoneplanner.sqlite3"
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [(table, sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)) for table in sorted(tables)]
    finally:
        connection.close()


def assert_clean_refusal(run: Run, *, names: str, max_line: int, max_total: int) -> None:
    """Exit 2, both languages, the field or file named, every line short, no traceback or interpreter noise."""
    assert run.code == 2, run.err[:2000]
    assert run.err.startswith("错误："), run.err[:2000]
    assert "Error: " in run.err
    assert names in run.err, (names[:80], run.err[:2000])
    assert "Traceback" not in run.err and "Exception ignored" not in run.err
    assert max(len(line) for line in run.err.splitlines()) < max_line, run.err[:2000]
    assert len(run.err) < max_total, run.err[:2000]
