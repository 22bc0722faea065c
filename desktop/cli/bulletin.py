"""``zoneplanner ledger bulletin NAME -o 通报.docx [--from DATE --to DATE]``: the 进展通报 of a stored plan.

Registered under ``ledger`` (whose other commands live in ``cli/ledger.py``): when that command is registered first,
``bulletin`` joins its sub-commands; otherwise it makes the ``ledger`` group itself.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.models.errors import ZonePlannerError
from desktop.models.plural import Plural
from desktop.models.text import Text

WROTE = Plural(
    "已写入 {target}（{start} 至 {end}，本期进展 {n} 条）。",
    "Wrote {target} ({start} to {end}, {n} progress return in the period).",
    "Wrote {target} ({start} to {end}, {n} progress returns in the period).",
)
NO_PLAN = Text(
    "档案“{name}”还没有保存的行动计划，也就没有进展可通报；"
    "请先在窗口中保存计划，或用 zoneplanner ledger export 发出台账填报表。",
    "The profile “{name}” has no saved plan, so there is no progress to report; save its plan in the window or send "
    "the forms with zoneplanner ledger export first.",
)
BAD_DATE = Text(
    "{option} 的日期“{value}”无效，应写作 年-月-日，例如 2027-06-30",
    "The date '{value}' of {option} is not valid; write it as year-month-day, e.g. 2027-06-30",
)
NO_ISSUER = Text(
    "提示：未指定发文单位，通报末尾只有成文日期、没有发文机关署名；可用 --issuer 指定，如 --issuer 某某高新区管委会",
    "Note: no issuing unit was given, so the bulletin ends with the date but no issuer's name; give one with --issuer",
)
GROUP_HELP = "进度台账：导出填报表、导入回收表、进展通报 / the progress ledger: forms, returns, bulletin"


def register(subparsers: Any) -> None:
    ledger = subparsers.choices.get("ledger")
    if ledger is None:
        ledger = subparsers.add_parser("ledger", help=GROUP_HELP, description=GROUP_HELP)
        ledger.set_defaults(func=lambda _args: ledger.print_help() or 0)
    commands = next((a for a in ledger._actions if isinstance(a, argparse._SubParsersAction)), None)
    if commands is None:
        commands = ledger.add_subparsers(dest="ledger_command", metavar="COMMAND")
    parser = commands.add_parser(
        "bulletin",
        help="导出进展通报（Word 公文格式或工作簿） / write the progress bulletin (Word or workbook)",
        description="按期间汇总各单位报送的进展，生成进展通报 / the progress bulletin of a stored plan for a period",
    )
    parser.add_argument("name", metavar="NAME", help="档案库中的档案 / a stored profile")
    parser.add_argument(
        "-o", "--output", metavar="通报.docx", required=True, type=Path, help="要写入的 .docx 或 .xlsx / file to write"
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="期间开始（默认近一个月，不早于最早的填报日期） / from (default: the last month)",
    )
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="期间结束（默认今天） / to (today)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="文档语言 / document language (zh)")
    parser.add_argument("--issuer", metavar="UNIT", help="发文单位（默认行动方案的发文单位） / issuing unit")
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="数据文件夹 / data folder")
    parser.set_defaults(func=run_bulletin)


def run_bulletin(args: argparse.Namespace) -> int:
    from desktop.cli.common import open_store_from_args
    from desktop.cli.profiles import _existing_id
    from desktop.models.bulletin_export import write_bulletin
    from desktop.models.knowledge.loader import default_knowledge_base
    from desktop.models.ledger.names import unit_names
    from desktop.models.plan.plan import ActionPlan
    from desktop.models.progress.periods import Period, bulletin_start
    from desktop.models.report.bulletin import BulletinInputs
    from desktop.models.report.settings import ReportSettings

    today = date.today()
    end = _date(args.end, "--to") or today
    with open_store_from_args(args) as store:
        profile_id = _existing_id(store, args.name)
        profile, _version = store.load_versioned(profile_id)
        data = store.load_plan(profile_id)
    if data is None:
        raise ZonePlannerError(NO_PLAN.format(name=profile.name))
    plan = ActionPlan.from_data(data)
    first = min((r.reported_on for reports in plan.progress_reports.values() for r in reports), default=None)
    start = _date(args.start, "--from") or bulletin_start(first, end)
    period = Period(start, end)
    names = unit_names(profile, default_knowledge_base())
    issuer = ReportSettings.from_data(plan.report).issuer if args.issuer is None else args.issuer
    lang = args.lang
    inputs = BulletinInputs(plan, period, profile.name, lambda unit: names(unit).get(lang), lang, issuer, today)
    write_bulletin(args.output, inputs)
    if not issuer.strip():  # a 公文 is signed: say why this one is not, and how to sign it
        print(NO_ISSUER.get(lang), file=sys.stderr)
    reports = sum(r.reported_on in period for reports in plan.progress_reports.values() for r in reports)
    print(WROTE.of(reports, target=args.output.resolve(), start=start.isoformat(), end=end.isoformat()).get(args.lang))
    return 0


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ZonePlannerError(BAD_DATE.format(option=option, value=value)) from None
