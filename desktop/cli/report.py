"""``zoneplanner report (PROFILE.json | --profile NAME) -o 方案.docx``: the 行动方案 in 公文 form, headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.stored import add_source_arguments, read_inputs, remember
from desktop.models.text import Text

WROTE = Text("已写入 {target}（共 {count} 项重点任务）。", "Wrote {target} ({count} key tasks).")
REMEMBERED_KEY = "report"  # the plan document's key for what the zone entered (see ActionPlan.report)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="导出行动方案（Word 公文格式） / write the action-plan document (Word)",
        description="生成公文格式的产业集群培育行动方案及其附件 / write the cluster action plan as a Word document",
    )
    add_source_arguments(parser)
    parser.add_argument(
        "-o", "--output", metavar="方案.docx", required=True, type=Path, help="要写入的文档 / document to write"
    )
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="文档语言 / document language (zh)")
    parser.add_argument("--issuer", metavar="UNIT", help="发文单位（--profile 时记住） / issuing unit (remembered)")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="成文日期（默认今天） / date of the document (today)")
    parser.add_argument("--leader", metavar="NAME", help="负责领导（链长） / the responsible leader (chain leader)")
    draft = parser.add_mutually_exclusive_group()
    draft.add_argument("--draft", action="store_true", default=None, help="征求意见稿 / draft for comments")
    draft.add_argument("--final", dest="draft", action="store_false", help="正式稿 / final version")
    parser.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from desktop.models.analysis import default_analyzer
    from desktop.models.report.settings import ReportSettings, checked
    from desktop.models.report.writer import write_report

    analyzer = default_analyzer()
    inputs = read_inputs(args, analyzer)
    remembered = ReportSettings.from_data((inputs.plan_data or {}).get(REMEMBERED_KEY))
    settings = checked(
        ReportSettings(
            issuer=remembered.issuer if args.issuer is None else args.issuer,
            date=remembered.date if args.date is None else args.date,
            draft=remembered.draft if args.draft is None else args.draft,
            leader=remembered.leader if args.leader is None else args.leader,
        )
    )
    write_report(
        args.output,
        profile=inputs.analysis.profile,
        result=inputs.analysis.result,
        actions=inputs.actions,
        kb=analyzer.kb,
        lang=args.lang,
        settings=settings,
    )
    if settings != remembered:
        remember(args, inputs, REMEMBERED_KEY, settings.to_data())
    print(WROTE.get(args.lang).format(target=args.output.resolve(), count=len(inputs.actions)))
    return 0
