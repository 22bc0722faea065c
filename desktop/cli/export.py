"""``zoneplanner export (PROFILE.json | --profile NAME) -o PLAN.xlsx [--lang zh|en]``: the workbook, headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.stored import add_source_arguments, read_inputs
from desktop.models.text import Text

WROTE = Text("已写入 {target}（共 {count} 项行动）。", "Wrote {target} ({count} actions).")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="导出行动计划工作簿 / write the action-plan workbook",
        description="分析区域档案并导出 Excel 行动计划工作簿 / analyse a zone profile and write the Excel workbook",
    )
    add_source_arguments(parser)
    parser.add_argument(
        "-o", "--output", metavar="PLAN.xlsx", required=True, type=Path, help="要写入的工作簿 / workbook to write"
    )
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="工作簿语言 / workbook language (zh)")
    parser.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    # Heavy imports only when the command runs, so the command line starts fast.
    from desktop.models.analysis import default_analyzer
    from desktop.models.workbook.writer import write_workbook

    analyzer = default_analyzer()
    inputs = read_inputs(args, analyzer)
    write_workbook(
        args.output,
        profile=inputs.analysis.profile,
        result=inputs.analysis.result,
        actions=inputs.actions,
        kb=analyzer.kb,
        lang=args.lang,
    )
    target = args.output.resolve()
    count = len(inputs.actions)
    print(WROTE.get(args.lang).format(target=target, count=count))
    return 0
