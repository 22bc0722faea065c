"""The zone profile interchange format: one JSON object in UTF-8, read and written here and nowhere else.

Reading never applies anything partially: it returns a whole ``Profile`` or raises. Field rules live in
``profile_rules`` (shared with the window's form), the body of each format version in ``profile_v<N>``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

from desktop.models import profile_v1
from desktop.models.atomic import write_atomically
from desktop.models.errors import ProfileError, ProfileErrors, ZonePlannerError
from desktop.models.profile import Profile
from desktop.models.profile_messages import missing, problem, wrong_type
from desktop.models.text import Text

FORMAT = "zoneplanner-profile"
VERSION = 1  # the version this program writes; it reads every version in _READERS

# A real profile is a few kilobytes (the longest valid one is well under 200 KB), so anything over 1 MiB is not a
# profile; refusing it before reading it whole keeps a wrongly chosen 2 GB file from freezing the window.
MAX_FILE_BYTES = 1024 * 1024

_Reader = Callable[[Mapping[str, object]], tuple[Profile | None, list[ProfileError]]]
_READERS: dict[int, _Reader] = {1: profile_v1.read}
_WRITE: Callable[[Profile], dict[str, object]] = profile_v1.write


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


def _interpret(data: object) -> tuple[Profile | None, list[ProfileError]]:
    if not isinstance(data, dict):
        return None, [wrong_type("", data, Text("一个 JSON 对象 {…}", "one JSON object {…}"))]
    errors: list[ProfileError] = []
    version = _check_header(data, errors)
    if version is None:
        return None, errors  # without a known version there are no rules to check the rest against
    profile, body_errors = _READERS[version](data)
    errors.extend(body_errors)
    return (None if errors else profile), errors


def validate_profile_data(data: object) -> list[ProfileError]:
    """Every problem of a parsed JSON value as a profile; empty if it is a valid profile."""
    return _interpret(data)[1]


def parse_profile(data: object) -> Profile:
    """The profile a parsed JSON value describes (strings trimmed, codes converted); raises ``ProfileErrors``."""
    profile, errors = _interpret(data)
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


def _parse_json(text: str, path: Path | None) -> object:
    where = _where(path)
    try:
        return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_no_duplicates)
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
        shown = json.dumps(duplicate.key, ensure_ascii=False)
        raise ProfileFileError(
            Text(
                f"{where.zh}中同一个对象里字段 {shown} 出现了两次；请只保留一个。",
                f"{where.en} has the key {shown} twice in the same object; please keep only one.",
            ),
            path,
        ) from None
    except RecursionError:
        raise ProfileFileError(
            Text(f"{where.zh}嵌套层次太深，不是区域档案。", f"{where.en} is nested too deeply to be a zone profile."),
            path,
        ) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ProfileFileError(
            Text(
                f"{where.zh}含有无法读取的数值：{error}", f"{where.en} contains a number that cannot be read: {error}"
            ),
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
        zh, en = f"找不到文件 {path}。", f"The file {path} does not exist."
    elif isinstance(error, IsADirectoryError) or path.is_dir():
        zh, en = f"{path} 是文件夹，不是区域档案文件。", f"{path} is a folder, not a zone profile file."
    elif isinstance(error, PermissionError):
        zh, en = f"没有读取文件 {path} 的权限。", f"No permission to read the file {path}."
    else:
        zh, en = f"无法读取文件 {path}：{error.strerror}。", f"Cannot read the file {path}: {error.strerror}."
    return ProfileFileError(Text(zh, en), path)


def read_profile(path: str | os.PathLike[str]) -> Profile:
    """The profile in a file; raises ``ProfileFileError`` or ``ProfileErrors``, never returns half a profile."""
    source = Path(path)
    try:
        with source.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(source, size)
            raw = handle.read(MAX_FILE_BYTES + 1)  # bounded even if the size lied (a pipe, a growing file)
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
    payload = dumps_profile(profile).encode("utf-8")

    def write(stream: BinaryIO) -> None:
        stream.write(payload)

    write_atomically(Path(path), write, SAVE_PROFILE)
