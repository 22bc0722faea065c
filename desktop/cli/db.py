"""``zoneplanner db upgrade | copy --to URL``: bring the configured database to the current schema; copy the local
store into a new, empty shared database."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_database_option, database_url, print_notice
from desktop.models.errors import StoreError
from desktop.models.text import Text

UPGRADED = Text(
    "数据库 {database} 已是最新结构（版本 {revision}）。", "The database {database} is up to date ({revision})."
)
COPIED = Text(
    "已复制到 {target}：{profiles} 份档案、{revisions} 个历史版本、{plans} 份行动计划，数量与原数据库一致。",
    "Copied to {target}: {profiles} profiles, {revisions} saved versions, {plans} plans; the counts match the source.",
)


def register(subparsers: Any) -> None:
    db = subparsers.add_parser("db", help="数据库维护 / database upkeep (upgrade, copy)")
    actions = db.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="升级数据库结构 / migrate the configured database to this version")
    add_database_option(upgrade, default=argparse.SUPPRESS)
    upgrade.set_defaults(func=run_upgrade)
    copy = actions.add_parser(
        "copy", help="把本机数据复制到一个空的共享数据库 / copy the local store into an empty database"
    )
    copy.add_argument("--to", required=True, metavar="URL", help="目标数据库地址 / the target database URL")
    add_database_option(copy, default=argparse.SUPPRESS)
    copy.set_defaults(func=run_copy)


def run_upgrade(args: argparse.Namespace) -> int:
    from desktop.models.store import migrate, open_store

    store, report = open_store(getattr(args, "data_dir", None), database_url(args), load_samples=False)
    store.close()
    for message in report.messages:
        print_notice(message)
    _say(UPGRADED.format(database=report.database, revision=migrate.HEAD_REVISION))
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from desktop.models.store import open_store
    from desktop.models.store.copy import copy_store

    try:
        target = make_url(args.to)
    except ArgumentError as error:
        raise StoreError(
            Text(f"目标数据库地址无效（--to）：{error}", f"The target database URL (--to) is not valid: {error}")
        ) from error
    shown = target.render_as_string(hide_password=True)
    store, report = open_store(getattr(args, "data_dir", None), database_url(args), load_samples=False)
    for message in report.messages:
        print_notice(message)
    try:
        counts = copy_store(store.engine, target)
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        raise StoreError(
            Text(
                f"无法复制到 {shown}：{cause}。目标数据库未作任何更改。",
                f"Cannot copy to {shown}: {cause}. The target database was not changed.",
            )
        ) from error
    finally:
        store.close()
    _say(COPIED.format(target=shown, profiles=counts.profiles, revisions=counts.revisions, plans=counts.plans))
    return 0


def _say(message: Text) -> None:
    print(message.zh)
    print(message.en)
