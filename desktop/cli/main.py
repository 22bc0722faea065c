"""``zoneplanner``: the command line, and the launcher of the window when no sub-command is given."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.models.errors import ZonePlannerError

# Each sub-command lives in desktop.cli.<name> and offers register(subparsers); keep imports there light
# (no Qt, no openpyxl at import time) so the command line starts fast.
COMMANDS = ("profiles", "kb", "match", "export")

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zoneplanner",
        description="开发区集群对标规划助手 ZonePlanner — 不带子命令时打开主窗口 (without a sub-command: the window).",
    )
    parser.add_argument("--version", action="version", version=f"ZonePlanner {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹 / data folder (default: the user's data folder)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"desktop.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"desktop.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def report_error(message_zh: str, message_en: str) -> None:
    """The error policy: one or two plain sentences on stderr, Chinese first, never a traceback."""
    print(f"错误：{message_zh}", file=sys.stderr)
    if message_en and message_en != message_zh:
        print(f"Error: {message_en}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import main as gui_main  # Qt is loaded only when the window is wanted

        return gui_main(["--data-dir", args.data_dir] if args.data_dir else [])
    try:
        return int(args.func(args) or 0)
    except ZonePlannerError as error:
        report_error(error.message.zh, error.message.en)
        return EXIT_USER_ERROR
    except OSError as error:
        target = f" {error.filename}" if error.filename else ""
        report_error(
            f"无法访问文件{target}：{error.strerror or error}", f"cannot access{target}: {error.strerror or error}"
        )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the policy is no traceback, ever: say what broke instead
        report_error(
            f"内部错误（{type(error).__name__}）：{error}", f"internal error ({type(error).__name__}): {error}"
        )
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
