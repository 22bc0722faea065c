"""``zoneplanner ledger export NAME -o DIR`` and ``ledger import NAME FILE… [--dry-run]``: the progress ledger."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import open_store_from_args
from desktop.cli.terminal import visible_name
from desktop.models.errors import ZonePlannerError
from desktop.models.plural import Plural
from desktop.models.text import Lang, Text

if TYPE_CHECKING:
    from desktop.models.ledger.types import ImportPreview, ImportResult

EXIT_REFUSED = 1  # the import ran, but something was refused (a file, a row or a value): scripts can tell
SAVED_FIRST = Text(
    "档案“{name}”还没有保存的行动计划：已先保存生成的计划（版本 {version}），台账按此计划导出。",
    "The profile “{name}” had no saved action plan: its generated plan was saved first (version {version}), and "
    "the forms refer to it.",
)
WROTE = Text("已写入 {files}（共 {count}，计划版本 {version}）：", "Wrote {files} ({count}, plan version {version}):")
FORMS = Plural("{n} 份台账填报表", "{n} progress form", "{n} progress forms")
ACTIONS = Plural("{n} 项行动", "{n} action", "{n} actions")
RETURNS = Plural("{n} 条填报", "{n} return", "{n} returns")
NOT_FOLDER = Text("{path} 不是文件夹", "{path} is not a folder")
ACTION_HEADING = Text("{number}. 行动“{title}”：", "{number}. Action “{title}”:")  # numbered as in plan show
WILL_APPLY = Text("  [导入] {place}", "  [apply] {place}")
WILL_NOT = Text("  [不导入] {place}", "  [not applied] {place}")
CHANGE = Text("    {label}：{old} → {new}", "    {label}: {old} → {new}")
NO_CHANGE = Text("    （与已导入内容相同）", "    (same as what is applied)")
NOTE = Text("    注意：{note}", "    Note: {note}")
EMPTY = Text("（空）", "(empty)")
DECISIONS = Text("需要注意：", "To note:")
NOTHING_FOUND = Text("所给文件中没有可导入的填报。", "The files hold no returns to apply.")
DRY_RUN = Text(
    "试运行：未导入任何内容（不加 --dry-run 将导入 {returns}）。",
    "Dry run: nothing was applied ({returns} would be applied without --dry-run).",
)
APPLIED = Text(
    "已导入 {returns}，已保存行动计划（版本 {version}）。", "Applied {returns}; the plan is saved (version {version})."
)
NONE_APPLIED = Text("未导入任何填报，行动计划未改变。", "No return was applied; the plan is unchanged.")
REFUSED_SUMMARY = Plural(
    "有 {n} 处被拒绝或未导入的内容（见上方错误信息）。",
    "{n} thing was refused or not imported (see the error above).",
    "{n} things were refused or not imported (see the errors above).",
)
ERROR = Text("错误：", "Error: ")
LATE_HINT = Text(
    "早于已导入填报的填报默认不导入；如确需导入，请加 --include-older 再运行一次。",
    "Returns older than one already applied are held back; to apply them, run again with --include-older.",
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ledger",
        help="台账：导出填报表、导入填报 / progress ledger: send forms, read returns",
        description="台账填报表的导出与导入 / export progress forms and import the returned ones",
    )
    commands = parser.add_subparsers(dest="ledger_command", metavar="COMMAND", required=True)
    export = commands.add_parser(
        "export",
        help="导出台账填报表 / write the progress forms",
        description="为已保存的档案导出台账填报表 / write the progress forms of a stored profile",
    )
    export.add_argument("name", metavar="NAME", help="档案名称 / stored profile name")
    export.add_argument("-o", "--output", metavar="DIR", required=True, type=Path, help="输出文件夹 / output folder")
    export.add_argument(
        "--by-unit", action="store_true", help="每个牵头单位一份 / one form per lead unit (default: one for all)"
    )
    export.add_argument("--lang", choices=("zh", "en"), default="zh", help="表格语言 / form language (zh)")
    export.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="数据文件夹 / data folder")
    export.set_defaults(func=run_export)
    imported = commands.add_parser(
        "import",
        help="导入填报回来的台账 / read returned forms",
        description="读取填报回来的台账，列出每项变化和需要决定的事项，再导入 / read returned forms, list every "
        "change and decision, then apply them",
    )
    imported.add_argument("name", metavar="NAME", help="档案名称 / stored profile name")
    imported.add_argument("files", metavar="FILE", nargs="+", type=Path, help="填报回来的文件 / returned forms")
    imported.add_argument("--dry-run", action="store_true", help="只列出，不导入 / list only, apply nothing")
    imported.add_argument(
        "--include-older",
        action="store_true",
        help="也导入比已导入填报更早的填报（默认不导入） / also apply late returns, older than one already applied "
        "(held back by default)",
    )
    imported.add_argument("--lang", choices=("zh", "en"), default="zh", help="输出语言 / output language (zh)")
    imported.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="数据文件夹 / data folder")
    imported.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    from desktop.models.ledger.service import export_ledger

    lang: Lang = args.lang
    folder: Path = args.output
    if folder.exists() and not folder.is_dir():
        raise ZonePlannerError(NOT_FOLDER.format(path=str(folder)))
    folder.mkdir(parents=True, exist_ok=True)
    with open_store_from_args(args) as store:
        result = export_ledger(store, args.name, folder, by_unit=args.by_unit, lang=lang)
    if result.saved_plan:
        print(SAVED_FIRST.format(name=visible_name(args.name.strip()), version=result.plan_version).get(lang))
    wrote = WROTE.format(
        files=FORMS.of(len(result.paths)), count=ACTIONS.of(result.actions), version=result.plan_version
    )
    print(wrote.get(lang))
    for path in result.paths:
        print(f"  {path.resolve()}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.models.ledger.service import import_ledger

    lang: Lang = args.lang
    with open_store_from_args(args) as store:
        result = import_ledger(store, args.name, args.files, dry_run=args.dry_run, include_older=args.include_older)
    print_result(result, lang, include_older=args.include_older)
    return EXIT_REFUSED if result.preview.refusing else 0


def print_result(result: ImportResult, lang: Lang, *, include_older: bool = False) -> None:
    preview = result.preview
    keys = preview.default_keys(include_older=include_older)
    _print_changes(preview, keys, lang)
    refusing = [issue for issue in preview.issues if issue.refusing]
    shown = {note for proposal in preview.proposals for note in proposal.notes}  # already said beside the change
    noted = [issue for issue in preview.issues if not issue.refusing and issue.message not in shown]
    if noted:
        print(DECISIONS.get(lang))
        for issue in noted:
            print(f"  {_line(issue.message.get(lang))}")
    for issue in refusing:
        print(f"{ERROR.get(lang)}{_line(issue.message.get(lang))}", file=sys.stderr)
    if not preview.proposals:
        print(NOTHING_FOUND.get(lang))
    if any(p.late and p.key not in keys for p in preview.proposals):
        print(LATE_HINT.get(lang))
    if result.dry_run:
        print(DRY_RUN.format(returns=RETURNS.of(len(keys))).get(lang))
    elif result.applied:
        print(APPLIED.format(returns=RETURNS.of(len(result.applied)), version=result.version).get(lang))
    else:
        print(NONE_APPLIED.get(lang))
    if refusing:
        print(REFUSED_SUMMARY.of(len(refusing)).get(lang), file=sys.stderr)


def _print_changes(preview: ImportPreview, keys: frozenset[str], lang: Lang) -> None:
    for proposals in preview.by_action().values():
        first = proposals[0]
        print(ACTION_HEADING.format(number=first.number, title=first.action_title.get(lang)).get(lang))
        for proposal in proposals:
            template = WILL_APPLY if proposal.key in keys else WILL_NOT
            print(template.format(place=_line(proposal.where.text().get(lang))).get(lang))
            for change in proposal.changes:
                old, new = change.old.get(lang) or EMPTY.get(lang), change.new.get(lang) or EMPTY.get(lang)
                print(CHANGE.format(label=change.label.get(lang), old=_line(old), new=_line(new)).get(lang))
            if not proposal.changes:
                print(NO_CHANGE.get(lang))
            for note in proposal.notes:
                print(NOTE.format(note=_line(note.get(lang))).get(lang))


def _line(text: str) -> str:
    """A value on one line of output, whatever line breaks the unit typed."""
    return visible_name(" ".join(text.split()))
