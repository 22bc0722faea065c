"""Helpers the command-line commands share: opening the store from the arguments, reading a profile file."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.models.errors import ProfileErrors, ZonePlannerError
from desktop.models.text import Text

if TYPE_CHECKING:  # the store pulls in SQLAlchemy and Alembic: only when a command needs it
    from desktop.models.profile import Profile
    from desktop.models.store import ProfileStore


def print_notice(message: Text) -> None:
    """Something the user should know that is not an error (e.g. a damaged database was moved aside): stderr."""
    print(f"注意：{message.zh}", file=sys.stderr)
    if message.en and message.en != message.zh:
        print(f"Note: {message.en}", file=sys.stderr)


def open_store_from_args(args: argparse.Namespace) -> ProfileStore:
    """The store for ``--data-dir`` (or ``ZONEPLANNER_DATA_DIR`` / ``ZONEPLANNER_DATABASE_URL``); notices on stderr."""
    from desktop.models.store import open_store

    # No sample profiles from the command line: a script gets exactly what it asks for (the window offers them).
    store, report = open_store(getattr(args, "data_dir", None), load_samples=False)
    for message in report.messages:
        print_notice(message)
    return store


def read_profile_file(path: str) -> Profile:
    """The profile in a file; a bad file raises a ``ZonePlannerError`` naming the file, the field and the value."""
    from desktop.models.profile_format import read_profile

    try:
        return read_profile(path)
    except ProfileErrors as error:
        first = error.errors[0].message
        more = len(error.errors) - 1
        extra = Text(f"（另有 {more} 处问题）", f" (and {more} more problems)") if more else Text("", "")
        raise ZonePlannerError(
            Text(
                f"文件 {path} 不是有效的区域档案：{first.zh}{extra.zh}",
                f"The file {path} is not a valid zone profile: {first.en}{extra.en}",
            )
        ) from error
