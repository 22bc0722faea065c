"""``zoneplanner profiles list | import | export | delete``: the local store from the command line."""

from __future__ import annotations

import argparse
import unicodedata
from typing import TYPE_CHECKING, Any

from desktop.cli.common import open_store_from_args, read_profile_file
from desktop.models.errors import StoreError, ZonePlannerError
from desktop.models.text import Text

if TYPE_CHECKING:
    from desktop.models.store import OnConflict, ProfileStore
    from desktop.models.text import Lang

# What the commands say when they succeed, in the language of --lang (errors stay bilingual: see desktop.cli.main).
EMPTY_STORE = Text("档案库中还没有档案。", "No profiles in the store.")
LIST_HEADERS = (
    Text("名称", "Name"),
    Text("发展阶段", "Stage"),  # the zone's development stage, not the plan's phase (阶段)
    Text("最后保存", "Last saved"),
    Text("版本数", "Versions"),
)
UPDATED = Text(
    "已更新档案“{name}”（之前的内容保留在历史版本中）。",
    "Updated the profile “{name}” (the previous content is kept as a saved version).",
)
RENAMED = Text(
    "已导入档案，名称改为“{name}”（原名已被使用）。", "Imported the profile as “{name}” (its name was already taken)."
)
IMPORTED = Text("已导入档案“{name}”。", "Imported the profile “{name}”.")
EXPORTED = Text("已导出档案“{name}”到 {path}。", "Exported the profile “{name}” to {path}.")
DELETED = Text("已删除档案“{name}”。", "Deleted the profile “{name}”.")
LANG_HELP = "输出语言 / output language (default zh)"


def register(subparsers: Any) -> None:
    # --data-dir is also accepted after the action; SUPPRESS keeps it from hiding the one given before "profiles".
    # --lang likewise, before or after the action.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="数据文件夹 / data folder")
    common.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help=LANG_HELP)

    parser = subparsers.add_parser(
        "profiles", help="本地档案库 / the local profile store", description="本地档案库 / the local profile store"
    )
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help=LANG_HELP)
    actions = parser.add_subparsers(dest="profiles_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="列出档案 / list the profiles")
    listing.set_defaults(func=list_profiles)

    importing = actions.add_parser("import", parents=[common], help="导入档案文件 / import a profile file")
    importing.add_argument("file", metavar="FILE", help="区域档案 JSON 文件 / profile JSON file")
    conflict = importing.add_mutually_exclusive_group()
    conflict.add_argument(
        "--replace",
        action="store_true",
        help="覆盖同名档案（旧内容保留在历史版本中） / replace the profile of that name",
    )
    conflict.add_argument(
        "--keep-both", action="store_true", help="保留两者，新档案改名为“名称 (2)” / keep both, renaming the new one"
    )
    importing.set_defaults(func=import_profile)

    exporting = actions.add_parser("export", parents=[common], help="导出档案到文件 / export a profile to a file")
    exporting.add_argument("name", metavar="NAME", help="档案名称 / profile name")
    exporting.add_argument("-o", "--output", metavar="FILE", required=True, help="目标 JSON 文件 / target file")
    exporting.set_defaults(func=export_profile)

    deleting = actions.add_parser("delete", parents=[common], help="删除档案 / delete a profile")
    deleting.add_argument("name", metavar="NAME", help="档案名称 / profile name")
    deleting.add_argument("--yes", action="store_true", help="确认删除 / confirm the deletion")
    deleting.set_defaults(func=delete_profile)


def list_profiles(args: argparse.Namespace) -> int:
    from desktop.models.vocabulary import label

    lang: Lang = args.lang
    with open_store_from_args(args) as store:
        summaries = store.list_summaries()
    if not summaries:
        print(EMPTY_STORE.get(lang))
        return 0
    rows = [[header.get(lang) for header in LIST_HEADERS]]
    for summary in summaries:
        saved = summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        rows.append([_one_line(summary.name), label(summary.stage).get(lang), saved, str(summary.revision_count)])
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def import_profile(args: argparse.Namespace) -> int:
    profile = read_profile_file(args.file)  # a bad file is refused before the store is even opened
    on_conflict: OnConflict = "replace" if args.replace else "keep_both" if args.keep_both else "error"
    with open_store_from_args(args) as store:
        if on_conflict == "error" and store.find_id(profile.name) is not None:
            raise StoreError(
                Text(
                    f"档案“{profile.name}”已存在，未导入。要覆盖它请加 --replace，要两者都保留请加 --keep-both。",
                    f"A profile named “{profile.name}” already exists; nothing was imported. "
                    "Add --replace to overwrite it or --keep-both to keep both.",
                )
            )
        new_id = store.import_profile(profile, on_conflict)
        stored_name = store.load(new_id).name
    if on_conflict == "replace" and stored_name == profile.name:
        message = UPDATED
    elif stored_name != profile.name:
        message = RENAMED
    else:
        message = IMPORTED
    print(message.format(name=stored_name).get(args.lang))
    return 0


def export_profile(args: argparse.Namespace) -> int:
    from desktop.models.profile_format import write_profile

    with open_store_from_args(args) as store:
        profile = store.load(_existing_id(store, args.name))
    write_profile(profile, args.output)
    print(EXPORTED.format(name=profile.name, path=args.output).get(args.lang))
    return 0


def delete_profile(args: argparse.Namespace) -> int:
    with open_store_from_args(args) as store:
        profile_id = _existing_id(store, args.name)
        if not args.yes:
            count = len(store.revisions(profile_id))
            raise ZonePlannerError(
                Text(
                    f"未删除：删除档案“{args.name.strip()}”（连同 {count} 个历史版本和行动计划）需要确认，请加 --yes。",
                    f"Not deleted: deleting the profile “{args.name.strip()}” (with its {count} saved "
                    f"{'version' if count == 1 else 'versions'} and "
                    "its action plan) needs confirmation; add --yes.",
                )
            )
        store.delete(profile_id)
    print(DELETED.format(name=args.name.strip()).get(args.lang))
    return 0


def _existing_id(store: ProfileStore, name: str) -> int:
    profile_id = store.find_id(name)
    if profile_id is None:
        raise StoreError(
            Text(
                f"档案库中没有名为“{name.strip()}”的档案；可用 zoneplanner profiles list 查看所有档案。",
                f"There is no profile named “{name.strip()}”; zoneplanner profiles list shows them all.",
            )
        )
    return profile_id


def _one_line(text: str) -> str:
    """A name fit for one table row: control characters (newlines, tabs…) shown as spaces."""
    return "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)


def _width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
