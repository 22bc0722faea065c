"""``zoneplanner``: the command line, and the launcher of the window when no sub-command is given."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from desktop import __version__
from desktop.cli.common import add_database_option
from desktop.cli.terminal import SafeStream, StdoutError
from desktop.models.errors import ZonePlannerError

# Each sub-command lives in desktop.cli.<name> and offers register(subparsers); keep imports there light
# (no Qt, no openpyxl at import time) so the command line starts fast.
COMMANDS = ("profiles", "kb", "match", "export", "report", "db", "plan", "ledger")

# The 进展通报 joins the ``ledger`` group: registered after it (cli/bulletin.py makes the group when it is absent).
COMMANDS += ("bulletin",)

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 70
EXIT_OUTPUT_ERROR = 74  # sysexits' EX_IOERR: standard output could not be written (e.g. a full disk)
EXIT_OUTPUT_CLOSED = 141  # what a shell reports for a program stopped by SIGPIPE: the reader (``| head``) is done


# argparse's own messages (Python's wording), rendered in Chinese for the error policy's first line; any other keeps
# argparse's English words under a Chinese lead-in.
_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "缺少必需的参数：{names}"),
    (
        re.compile(r"argument (?P<name>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
        "参数 {name} 的值 {value} 无效，可选：{choices}",
    ),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "无法识别的参数：{names}"),
    (
        re.compile(r"argument (?P<name>.+?): invalid (?P<kind>int|float) value: (?P<value>.+)"),
        "参数 {name} 的值 {value} 无效，应为{kind}",
    ),
    (re.compile(r"argument (?P<name>.+?): expected one argument"), "参数 {name} 后面需要一个值"),
    (re.compile(r"argument (?P<name>.+?): expected at least one argument"), "参数 {name} 后面至少需要一个值"),
    (
        re.compile(r"argument (?P<name>.+?): not allowed with argument (?P<other>.+)"),
        "参数 {name} 不能与参数 {other} 同时使用",
    ),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), "必须给出以下参数之一：{names}"),
    (
        re.compile(r"ambiguous option: (?P<name>.+?) could match (?P<options>.+)"),
        "选项 {name} 有歧义，可能是：{options}",
    ),
)
_KINDS_ZH = {"int": "整数", "float": "数字"}


def argparse_message_zh(message: str) -> str:
    """The Chinese of an argparse error message (the common ones); others keep argparse's English after a lead-in."""
    for pattern, template in _ARGPARSE_MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            parts = match.groupdict()
            if "kind" in parts:
                parts["kind"] = _KINDS_ZH[parts["kind"]]
            return template.format(**parts)
    return f"命令行参数有误：{message}"


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with its usage errors told the way every other error is: Chinese first, then English; exit 2.

    Sub-command parsers are made of the same class (argparse creates them with the type of their parent).
    """

    def error(self, message: str) -> NoReturn:
        report_error(argparse_message_zh(message), message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="zoneplanner",
        description="开发区集群对标规划助手 ZonePlanner — 不带子命令时打开主窗口 (without a sub-command: the window).",
    )
    parser.add_argument("--version", action="version", version=f"ZonePlanner {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹 / data folder (default: the user's data folder)")
    add_database_option(parser)
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
    """Run one command; what it prints is terminal-safe, and a stdout that cannot be written is handled here, once."""
    real_out, real_err = sys.stdout, sys.stderr
    out = SafeStream(real_out, is_stdout=True)
    sys.stdout, sys.stderr = out, SafeStream(real_err, is_stdout=False)  # type: ignore[assignment]
    try:
        try:
            code = _run(argv)
        finally:
            out.flush()  # a full stdout shows here at the latest, while it can still be said
        return code
    except StdoutError as error:
        if error.closed:  # ``| head`` read what it wanted: end quietly, as any shell tool does
            out.silence()
            return EXIT_OUTPUT_CLOSED
        out.silence()  # the rest would fail the same way at exit
        report_error(f"无法写入标准输出：{error}", f"cannot write to standard output: {error}")
        return EXIT_OUTPUT_ERROR
    finally:
        sys.stdout, sys.stderr = real_out, real_err


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import main as gui_main  # Qt is loaded only when the window is wanted

        gui_args = ["--data-dir", args.data_dir] if args.data_dir else []
        return gui_main(gui_args + (["--database", args.database] if args.database else []))
    try:
        return int(args.func(args) or 0)
    except StdoutError:
        raise  # not a file's fault: main() says so
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
