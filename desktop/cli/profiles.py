"""``zoneplanner profiles list | import | export | delete``: the local store from the command line."""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop.cli.common import open_store_from_args, read_profile_file
from desktop.cli.terminal import visible_name
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
EXPORTED_RAW = Text(
    "已将档案“{name}”在数据库中保存的原样内容导出到 {path}（当前版本无法读取它：{problem}）。",
    "Exported the profile “{name}” as stored in the database to {path} (this version cannot read it: {problem}).",
)
EXPORTED_RAW_READABLE = Text(
    "已将档案“{name}”在数据库中保存的原样内容导出到 {path}。", "Exported the profile “{name}” as stored to {path}."
)
DELETED = Text("已删除档案“{name}”。", "Deleted the profile “{name}”.")
DAMAGED_STAGE = Text("已损坏", "damaged")
NO_TIME = "—"
DAMAGED_HEADING = Text(
    "已损坏的档案（当前版本无法读取；可用 profiles export 名称 -o 文件 --raw 导出原样内容，"
    "或用 profiles delete 名称 --yes 删除）：",
    "Damaged profiles (this version cannot read them; profiles export NAME -o FILE --raw saves them as stored, "
    "profiles delete NAME --yes removes them):",
)
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
    exporting.add_argument(
        "--raw",
        action="store_true",
        help="按数据库中保存的原样导出（用于已损坏的档案） / the document as stored (for a damaged profile)",
    )
    exporting.set_defaults(func=export_profile)

    deleting = actions.add_parser("delete", parents=[common], help="删除档案 / delete a profile")
    deleting.add_argument("name", metavar="NAME", help="档案名称 / profile name")
    deleting.add_argument("--yes", action="store_true", help="确认删除 / confirm the deletion")
    deleting.set_defaults(func=delete_profile)


def list_profiles(args: argparse.Namespace) -> int:
    from desktop.models.store.records import DamagedProfile
    from desktop.models.vocabulary import label

    lang: Lang = args.lang
    with open_store_from_args(args) as store:
        listed = store.list_profiles(check_documents=True)
    if not listed:
        print(EMPTY_STORE.get(lang))
        return 0
    rows = [[header.get(lang) for header in LIST_HEADERS]]
    damaged: list[DamagedProfile] = []
    for entry in listed:
        saved = entry.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if entry.updated_at else NO_TIME
        if isinstance(entry, DamagedProfile):
            damaged.append(entry)
            stage = DAMAGED_STAGE.get(lang)
        else:
            stage = label(entry.stage).get(lang)
        rows.append([visible_name(entry.name), stage, saved, str(entry.revision_count)])
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip())
    if damaged:  # what is wrong, one line each, after the table so the table keeps its columns
        print()
        print(DAMAGED_HEADING.get(lang))
        for entry in damaged:
            print(f"  {visible_name(entry.name)}{'：' if lang == 'zh' else ': '}{entry.problem.get(lang)}")
    return 0


def import_profile(args: argparse.Namespace) -> int:
    profile = read_profile_file(args.file)  # a bad file is refused before the store is even opened
    on_conflict: OnConflict = "replace" if args.replace else "keep_both" if args.keep_both else "error"
    with open_store_from_args(args) as store:
        if on_conflict == "error" and store.find_id(profile.name) is not None:
            shown = visible_name(profile.name)
            raise StoreError(
                Text(
                    f"档案“{shown}”已存在，未导入。要覆盖它请加 --replace，要两者都保留请加 --keep-both。",
                    f"A profile named “{shown}” already exists; nothing was imported. "
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
    print(message.format(name=visible_name(stored_name)).get(args.lang))
    return 0


def export_profile(args: argparse.Namespace) -> int:
    from desktop.models.profile_format import write_profile

    with open_store_from_args(args) as store:
        profile_id = _existing_id(store, args.name)
        if args.raw:
            return _export_raw(store, profile_id, args)
        try:
            profile = store.load(profile_id)
        except StoreError as error:
            raise StoreError(
                Text(
                    f"{error.message.zh.rstrip('。')}。未导出；加 --raw 可导出数据库中保存的原样内容。",
                    f"{error.message.en.rstrip('.')}. Nothing was exported; "
                    "add --raw to export the document as stored.",
                )
            ) from error
    write_profile(profile, args.output)
    print(EXPORTED.format(name=visible_name(profile.name), path=args.output).get(args.lang))
    return 0


def _export_raw(store: ProfileStore, profile_id: int, args: argparse.Namespace) -> int:
    """The document as stored, written atomically; says what this version cannot read in it, if anything."""
    from desktop.models.atomic import write_atomically
    from desktop.models.store.records import DamagedProfile

    name, text = store.stored_document(profile_id)
    entry = next((e for e in store.list_profiles() if e.id == profile_id), None)
    payload = text.encode("utf-8", "surrogatepass")  # as stored, even a lone surrogate from a JSON escape

    def write(stream: BinaryIO) -> None:
        stream.write(payload)

    write_atomically(Path(args.output), write)
    shown = visible_name(name)
    if isinstance(entry, DamagedProfile):
        print(EXPORTED_RAW.format(name=shown, path=args.output, problem=entry.problem.get(args.lang)).get(args.lang))
    else:
        print(EXPORTED_RAW_READABLE.format(name=shown, path=args.output).get(args.lang))
    return 0


def delete_profile(args: argparse.Namespace) -> int:
    with open_store_from_args(args) as store:
        profile_id = _existing_id(store, args.name)
        if not args.yes:
            count = store.revision_count(profile_id)
            name = visible_name(args.name.strip())
            raise ZonePlannerError(
                Text(
                    f"未删除：删除档案“{name}”（连同 {count} 个历史版本和行动计划）需要确认，请加 --yes。",
                    f"Not deleted: deleting the profile “{name}” (with its {count} saved "
                    f"{'version' if count == 1 else 'versions'} and "
                    "its action plan) needs confirmation; add --yes.",
                )
            )
        store.delete(profile_id)
    print(DELETED.format(name=visible_name(args.name.strip())).get(args.lang))
    return 0


def _existing_id(store: ProfileStore, name: str) -> int:
    profile_id = store.find_id(name)
    if profile_id is None:
        raise StoreError(
            Text(
                f"档案库中没有名为“{visible_name(name.strip())}”的档案；可用 zoneplanner profiles list 查看所有档案。",
                f"There is no profile named “{visible_name(name.strip())}”; zoneplanner profiles list shows them all.",
            )
        )
    return profile_id


def _width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
