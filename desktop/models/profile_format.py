"""The zone profile interchange format: one JSON object in UTF-8, read and written here and nowhere else.

Reading never applies anything partially: it returns a whole ``Profile`` or raises. Field rules live in
``profile_rules`` (shared with the window's form), the body of each format version in ``profile_v<N>``.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO, Protocol

from desktop.models import profile_v1, profile_v2
from desktop.models.errors import ProfileError, ProfileErrors, ZonePlannerError
from desktop.models.profile import Profile
from desktop.models.profile_messages import (
    LongFloat,
    LongInteger,
    describe,
    missing,
    problem,
    show_value,
    wrong_type,
)
from desktop.models.text import Text

FORMAT = "zoneplanner-profile"
VERSION = 2  # the version this program writes; it reads every version in _READERS

# A real profile is a few kilobytes (the longest valid one is well under 200 KB), so anything over 1 MiB is not a
# profile; refusing it before reading it whole keeps a wrongly chosen 2 GB file from freezing the window.
MAX_FILE_BYTES = 1024 * 1024


class _Reader(Protocol):
    def __call__(
        self, data: Mapping[str, object], *, earlier_names: bool = False
    ) -> tuple[Profile | None, list[ProfileError]]: ...


_READERS: dict[int, _Reader] = {1: profile_v1.read, 2: profile_v2.read}
_WRITE: Callable[[Profile], dict[str, object]] = profile_v2.write


class ProfileFileError(ZonePlannerError):
    """The file or text cannot be read as a profile at all (missing, too large, not UTF-8, not JSON)."""

    def __init__(self, message: Text, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


# --- objects ----------------------------------------------------------------------------------------------------------


def _check_header(data: Mapping[str, object], errors: list[ProfileError]) -> int | None:
    """Check ``format`` and ``version``; the version whose rules apply to the rest, or None if there is none."""
    if "format" not in data:
        errors.append(missing("format"))
    else:
        value = data["format"]
        if not isinstance(value, str) or value.strip() != FORMAT:
            errors.append(
                problem(
                    "format",
                    value,
                    '{field_zh}的值 {value} 不对：ZonePlanner 区域档案文件应写 "' + FORMAT + '"。',
                    '{field_en}: {value} is wrong; a ZonePlanner zone profile says "' + FORMAT + '".',
                )
            )
    if "version" not in data:
        errors.append(missing("version"))
        return None
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        errors.append(wrong_type("version", version, Text("整数", "a whole number")))
        return None
    if version > VERSION:
        errors.append(
            problem(
                "version",
                version,
                "{field_zh}为 {value}，比本版 ZonePlanner 能读取的版本（{known}）更新；请更新 ZonePlanner 后再打开。",
                "{field_en} is {value}, a newer format than this ZonePlanner can read (up to {known}); "
                "please update ZonePlanner.",
                known=VERSION,
            )
        )
        return None
    if version not in _READERS:
        errors.append(
            problem(
                "version",
                version,
                "{field_zh} {value} 不存在；已知的版本：{known}。",
                "{field_en} {value} does not exist; the known versions are: {known}.",
                known=", ".join(str(v) for v in sorted(_READERS)),
            )
        )
        return None
    return version


def _interpret(data: object, earlier_names: bool = False) -> tuple[Profile | None, list[ProfileError]]:
    if not isinstance(data, dict):
        return None, [wrong_type("", data, Text("一个 JSON 对象 {…}", "one JSON object {…}"))]
    errors: list[ProfileError] = []
    version = _check_header(data, errors)
    if version is None:
        return None, errors  # without a known version there are no rules to check the rest against
    profile, body_errors = _READERS[version](data, earlier_names=earlier_names)
    errors.extend(body_errors)
    return (None if errors else profile), errors


def validate_profile_data(data: object) -> list[ProfileError]:
    """Every problem of a parsed JSON value as a profile; empty if it is a valid profile."""
    return _interpret(data)[1]


def parse_profile(data: object, *, earlier_names: bool = False) -> Profile:
    """The profile a parsed JSON value describes (strings settled, codes converted); raises ``ProfileErrors``.

    ``earlier_names``: the document was stored by an earlier version, whose names could hold characters a name may
    no longer have (control characters, bidi controls); it is read as it was, so nothing saved becomes unreadable.
    Saving it again applies today's rules, and the form shows what to change.
    """
    profile, errors = _interpret(data, earlier_names)
    if errors:
        raise ProfileErrors(errors)
    assert profile is not None
    return profile


def profile_to_data(profile: Profile) -> dict[str, object]:
    """The canonical object of the current format version for a profile."""
    return {"format": FORMAT, "version": VERSION, **_WRITE(profile)}


# --- text -------------------------------------------------------------------------------------------------------------

# The json module's messages in Chinese; anything not listed is shown in English.
_JSON_MESSAGES_ZH = {
    "Expecting value": "此处缺少值",
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Expecting property name enclosed in double quotes": "字段名必须用英文双引号括起来",
    "Unterminated string starting at": "字符串没有结束的引号",
    "Invalid control character at": "字符串中有未转义的控制字符",
    "Invalid \\escape": "无效的转义序列",
    "Extra data": "JSON 对象后面还有多余的内容",
    "Illegal trailing comma before end of object": "对象末尾多了一个逗号",
    "Illegal trailing comma before end of array": "数组末尾多了一个逗号",
}


def _where(path: Path | None) -> Text:
    return Text(f"文件 {path} ", f"The file {path}") if path is not None else Text("内容", "The text")


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # json keeps the last of two equal keys silently; a profile would then lose what the user wrote first.
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _decode(raw: bytes, path: Path | None) -> str:
    where = _where(path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw:
        # UTF-16/32 put NUL bytes between ASCII characters; a UTF-8 JSON file never contains a raw NUL.
        raise ProfileFileError(
            Text(
                f"{where.zh}不是 UTF-8 编码（看起来是 UTF-16）；请以 UTF-8 编码另存后再导入。",
                f"{where.en} is not UTF-8 (it looks like UTF-16); please save it as UTF-8 and import it again.",
            ),
            path,
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProfileFileError(
            Text(
                f"{where.zh}不是 UTF-8 编码（第 {error.start + 1} 个字节 0x{raw[error.start]:02X} 无法解码，"
                "可能是 GBK/GB18030）；请以 UTF-8 编码另存后再导入。",
                f"{where.en} is not UTF-8 (byte {error.start + 1}, 0x{raw[error.start]:02X}, cannot be decoded; "
                "it may be GBK/GB18030); please save it as UTF-8 and import it again.",
            ),
            path,
        ) from None


# No field takes a number with more digits than this (the largest bound, 10,000,000, has eight). A longer one is kept
# as a ``LongInteger`` for the field's own "out of range" message: converting it would make Python refuse a number of
# over 4,300 digits with advice about sys.set_int_max_str_digits, naming no field.
_MAX_DIGITS = 30


def _integer(literal: str) -> int:
    return int(literal) if len(literal) <= _MAX_DIGITS else LongInteger(literal)


def _decimal(literal: str) -> float:
    number = float(literal)
    # A finite literal too large for a float (1e400) is not "Infinity": say what was written.
    return number if math.isfinite(number) else LongFloat(literal)


# A string, or one of the characters that open, close or separate containers: enough to follow the nesting.
_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]')
_DEPTH_SHOWN = 100  # no profile is deeper than 3; the field reported is the first to go this deep


def _deepest_field(text: str) -> str:
    """The field path (``figures.area_km2``, ``industries[0]``, "" for the whole content) that nests too deeply.

    Found by following the brackets without recursion, since the JSON reader ran out of stack and names no place.
    """
    # One entry per open container: [is an object, its current key or index, a key is expected next].
    stack: list[list[object]] = []
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token in "{[":
            if len(stack) >= _DEPTH_SHOWN:
                break
            stack.append([token == "{", None if token == "{" else 0, token == "{"])
        elif token in "}]":
            if stack:
                stack.pop()
        elif not stack:
            continue
        elif token == ",":
            top = stack[-1]
            if top[0]:
                top[2] = True
            else:
                top[1] = int(str(top[1])) + 1
        elif token == ":":
            stack[-1][2] = False
        elif stack[-1][0] and stack[-1][2]:
            try:
                stack[-1][1] = json.loads(token)
            except ValueError:
                stack[-1][1] = token.strip('"')
    else:
        return ""
    if not stack or not stack[0][0] or stack[0][1] is None:
        return ""
    path = str(stack[0][1])
    if len(stack) > 1 and stack[1][1] is not None:
        path += f".{stack[1][1]}" if stack[1][0] else f"[{stack[1][1]}]"
    return path


def _parse_json(text: str, path: Path | None) -> object:
    where = _where(path)
    try:
        return json.loads(
            text.removeprefix("\ufeff"), object_pairs_hook=_no_duplicates, parse_int=_integer, parse_float=_decimal
        )
    except json.JSONDecodeError as error:
        reason_zh = _JSON_MESSAGES_ZH.get(error.msg, error.msg)
        raise ProfileFileError(
            Text(
                f"{where.zh}不是有效的 JSON：第 {error.lineno} 行第 {error.colno} 列，{reason_zh}。",
                f"{where.en} is not valid JSON: line {error.lineno}, column {error.colno}: {error.msg}.",
            ),
            path,
        ) from None
    except _DuplicateKey as duplicate:
        shown = show_value(duplicate.key)  # cut like any value: a key can be as long as the file
        raise ProfileFileError(
            Text(
                f"{where.zh}中同一个对象里字段 {shown} 出现了两次；请只保留一个。",
                f"{where.en} has the key {shown} twice in the same object; please keep only one.",
            ),
            path,
        ) from None
    except RecursionError:
        field = describe(_deepest_field(text))
        raise ProfileFileError(
            Text(
                f"{where.zh}中{field.zh}嵌套层次太深，不是区域档案。",
                f"{where.en} is nested too deeply in {field.en} to be a zone profile.",
            ),
            path,
        ) from None
    except ValueError as error:  # nothing known reaches here; still a message, not Python's words at any length
        reason = show_value(str(error))
        raise ProfileFileError(
            Text(f"{where.zh}含有无法读取的值：{reason}", f"{where.en} contains a value that cannot be read: {reason}"),
            path,
        ) from None


def loads_profile(text: str | bytes) -> Profile:
    """The profile in a JSON text (bytes must be UTF-8; a BOM is accepted); raises a ``ZonePlannerError``."""
    if isinstance(text, bytes | bytearray):
        text = _decode(bytes(text), None)
    return parse_profile(_parse_json(text, None))


def dumps_profile(profile: Profile) -> str:
    """The canonical file text of a profile: UTF-8-ready JSON, indented, with a final newline.

    The profile is checked by the same rules a reader applies, so nothing is written that could not be read back;
    control characters come out as JSON escapes (``\\u0000``), other characters as themselves.
    """
    canonical = parse_profile(profile_to_data(profile))
    return json.dumps(profile_to_data(canonical), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# --- files ------------------------------------------------------------------------------------------------------------


def _too_large(path: Path, size: int) -> ProfileFileError:
    mib = size / (1024 * 1024)
    limit = MAX_FILE_BYTES // (1024 * 1024)
    return ProfileFileError(
        Text(
            f"文件 {path} 大小为 {mib:.1f} MB（{size:,} 字节），超过区域档案的上限 {limit} MB，不是区域档案文件。",
            f"The file {path} is {mib:.1f} MB ({size:,} bytes), over the {limit} MB limit of a zone profile; "
            "it is not a profile file.",
        ),
        path,
    )


def _read_error(path: Path, error: OSError) -> ProfileFileError:
    if isinstance(error, FileNotFoundError):
        if path.is_symlink():
            target = os.readlink(path)
            zh = f"{path} 是指向 {target} 的符号链接，但链接的目标不存在。"
            en = f"{path} is a symbolic link to {target}, which does not exist."
        else:
            zh, en = f"找不到文件 {path}。", f"The file {path} does not exist."
    elif isinstance(error, IsADirectoryError) or path.is_dir():
        zh, en = f"{path} 是文件夹，不是区域档案文件。", f"{path} is a folder, not a zone profile file."
    elif isinstance(error, PermissionError):
        zh, en = f"没有读取文件 {path} 的权限。", f"No permission to read the file {path}."
    else:
        zh, en = f"无法读取文件 {path}：{error.strerror}。", f"Cannot read the file {path}: {error.strerror}."
    return ProfileFileError(Text(zh, en), path)


# What a path that is not a regular file is, for the message; anything else is "not a regular file".
_KINDS: tuple[tuple[Callable[[int], bool], Text], ...] = (
    (stat.S_ISDIR, Text("文件夹", "a folder")),
    (stat.S_ISFIFO, Text("命名管道（FIFO）", "a named pipe (FIFO)")),
    (stat.S_ISSOCK, Text("套接字", "a socket")),
    (stat.S_ISCHR, Text("设备文件（字符设备）", "a device (character device)")),
    (stat.S_ISBLK, Text("设备文件（块设备）", "a device (block device)")),
)


def _not_a_file(path: Path, mode: int) -> ProfileFileError:
    kind = next((text for test, text in _KINDS if test(mode)), Text("特殊文件", "a special file"))
    return ProfileFileError(
        Text(
            f"{path} 是{kind.zh}，不是普通文件；区域档案须是一个普通的 JSON 文件。",
            f"{path} is {kind.en}, not a regular file; a zone profile is an ordinary JSON file.",
        ),
        path,
    )


# O_NONBLOCK: opening a FIFO for reading waits for a writer, forever if none comes; with it the open returns at once
# (it has no effect on a regular file). O_NOCTTY: opening a terminal device must not make it our controlling terminal.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def _read_regular_file(source: Path) -> bytes:
    """The bytes of ``source`` if it is a regular file (or a link to one) of at most ``MAX_FILE_BYTES``.

    Checked twice on purpose. ``stat`` first, so that a FIFO, socket or device is refused without being opened at all
    (opening some devices does something: a tape rewinds, a terminal is claimed). Then the file actually opened is
    checked with ``fstat``: the path may have been replaced between the two calls, and only what ``fstat`` says of the
    open descriptor is certain. The open itself cannot hang (O_NONBLOCK) whatever the path has become meanwhile.
    """
    mode = os.stat(source).st_mode
    if not stat.S_ISREG(mode):
        raise _not_a_file(source, mode)
    descriptor = os.open(source, _OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise _not_a_file(source, status.st_mode)
        if status.st_size > MAX_FILE_BYTES:
            raise _too_large(source, status.st_size)
        return handle.read(MAX_FILE_BYTES + 1)  # bounded even if the size lied (a growing file)


def read_profile(path: str | os.PathLike[str]) -> Profile:
    """The profile in a file; raises ``ProfileFileError`` or ``ProfileErrors``, never returns half a profile.

    Only a regular file, or a symbolic link to one, is read: a folder, FIFO, socket or device is refused by name.
    """
    source = Path(path)
    try:
        raw = _read_regular_file(source)
    except OSError as error:
        raise _read_error(source, error) from None
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(source, len(raw))
    return parse_profile(_parse_json(_decode(raw, source), source))


SAVE_PROFILE = Text("无法保存区域档案到 {path}", "Cannot save the zone profile to {path}")


def write_profile(profile: Profile, path: str | os.PathLike[str]) -> None:
    """Write a profile file atomically: a temp file in the same folder, then ``os.replace`` over the target.

    On any failure the previous file is left as it was and the temp file is removed; raises ``ExportError``
    (or ``ProfileErrors`` for an invalid profile, before anything is touched).
    """
    from desktop.models.atomic import write_atomically  # not needed to read: the window's first paint skips it

    payload = dumps_profile(profile).encode("utf-8")

    def write(stream: BinaryIO) -> None:
        stream.write(payload)

    write_atomically(Path(path), write, SAVE_PROFILE)
