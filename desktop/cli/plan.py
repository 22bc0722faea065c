"""``zoneplanner plan show NAME [--json]``: the stored plan with each action's status and progress history."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from desktop.cli.common import open_store_from_args, print_notice
from desktop.cli.terminal import terminal_safe
from desktop.models.text import Lang, Text

GENERATED = Text(
    "档案“{name}”还没有保存的行动计划，以下是生成的建议计划。",
    "The profile “{name}” has no saved action plan; this is the generated proposal.",
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="查看已保存的行动计划 / the stored action plan",
        description="已保存的行动计划 / the stored action plan",
    )
    commands = parser.add_subparsers(dest="plan_command", metavar="COMMAND", required=True)
    show = commands.add_parser(
        "show",
        help="列出行动、牵头单位、日期、状态和填报历史 / actions, owners, dates, statuses, progress history",
        description="列出档案的行动计划及每项行动的最新状态和填报历史 / the plan with each action's latest status "
        "and progress history",
    )
    show.add_argument("name", metavar="NAME", help="档案名称 / stored profile name")
    show.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    show.add_argument("--lang", choices=("zh", "en"), default="zh", help="输出语言 / output language (zh)")
    show.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="数据文件夹 / data folder")
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    from desktop.models.ledger.service import read_zone
    from desktop.models.ledger.show import plan_lines, plan_summary

    lang: Lang = args.lang
    with open_store_from_args(args) as store:
        zone = read_zone(store, args.name)
    if zone.generated:
        print_notice(GENERATED.format(name=zone.profile.name))
    summary = plan_summary(
        zone.profile.name,
        zone.plan,
        None if zone.generated else zone.version,
        zone.names,
        today=date.today(),
        lang=lang,
    )
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    for line in plan_lines(summary, zone.names, lang):
        print(terminal_safe(line))
    return 0
