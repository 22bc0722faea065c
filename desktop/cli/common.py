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


def print_warning(message: Text) -> None:
    """A value that is accepted but looks wrong (a figure far outside a zone's usual range): stderr, exit code 0."""
    print(f"警告：{message.zh}", file=sys.stderr)
    if message.en and message.en != message.zh:
        print(f"Warning: {message.en}", file=sys.stderr)


def open_store_from_args(args: argparse.Namespace) -> ProfileStore:
    """The store for ``--database`` / ``ZONEPLANNER_DATABASE_URL``, else the file in ``--data-dir`` (or
    ``ZONEPLANNER_DATA_DIR``); notices on stderr."""
    from desktop.models.store import open_store

    # No sample profiles from the command line: a script gets exactly what it asks for (the window offers them).
    store, report = open_store(getattr(args, "data_dir", None), database_url(args), load_samples=False)
    for message in report.messages:
        print_notice(message)
    return store


def add_database_option(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="数据库地址，如 postgresql+psycopg://用户@主机/库（密码请放在 ~/.pgpass）/ database URL, e.g. "
        "postgresql+psycopg://user@host/db (keep the password in ~/.pgpass); default: $ZONEPLANNER_DATABASE_URL, "
        "else the local file",
    )


def database_url(args: argparse.Namespace) -> str | None:
    """``--database``, else None (then ``ZONEPLANNER_DATABASE_URL``, else the local file in the data folder)."""
    chosen = getattr(args, "database", None)
    return str(chosen) if chosen else None


def read_profile_file(path: str) -> Profile:
    """The profile in a file; a bad file raises a ``ZonePlannerError`` naming the file, the field and the value.

    One problem reads as one sentence; several are all listed (as the window lists them), one a line, up to
    ``LISTED_PROBLEMS`` of them, so a user can fix the file in one go instead of one run per problem.
    """
    from desktop.models.profile_format import read_profile

    try:
        return read_profile(path)
    except ProfileErrors as error:
        raise ZonePlannerError(problems_text(path, [e.message for e in error.errors])) from error


LISTED_PROBLEMS = 10


def problems_text(path: str, problems: list[Text]) -> Text:
    """What is wrong with a profile file: the problem in a sentence, or the numbered list of all of them."""
    if len(problems) == 1:
        first = problems[0]
        return Text(
            f"文件 {path} 不是有效的区域档案：{first.zh}", f"The file {path} is not a valid zone profile: {first.en}"
        )
    listed = problems[:LISTED_PROBLEMS]
    zh = [f"文件 {path} 不是有效的区域档案，共有 {len(problems)} 处问题："]
    en = [f"The file {path} is not a valid zone profile; it has {len(problems)} problems:"]
    for number, problem in enumerate(listed, 1):
        zh.append(f"  {number}. {_one_line(problem.zh)}")
        en.append(f"  {number}. {_one_line(problem.en)}")
    if len(problems) > len(listed):
        more = len(problems) - len(listed)
        zh.append(f"  ……另有 {more} 处问题未列出")
        en.append(f"  … and {more} more")
    return Text("\n".join(zh), "\n".join(en))


def _one_line(text: str) -> str:
    """A problem on one line of its own, whatever the value it quotes contains."""
    return " ".join(text.splitlines())
