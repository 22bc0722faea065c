"""The command line speaks as the window does: every problem of a bad profile file is listed, and argparse's own
usage errors follow the error policy (Chinese, then English; exit code 2; no traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import EXIT_USER_ERROR, argparse_message_zh, main
from desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = sorted(resource_path("samples").glob("*.json"))[0]


def _bad_file(tmp_path: Path, problems: int) -> Path:
    """A sample profile with ``problems`` wrong endowment ratings and nothing else wrong."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    names = list(data["endowments"])
    assert problems <= len(names)
    for name in names[:problems]:
        data["endowments"][name] = 9
    path = tmp_path / f"bad-{problems}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _too_many(tmp_path: Path) -> Path:
    """Twelve problems: eight ratings out of range, four unknown keys."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for name in data["endowments"]:
        data["endowments"][name] = 9
    for n in range(4):
        data[f"colour{n}"] = "red"
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _err(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


COMMANDS = (("profiles", "import"), ("match",), ("export", "-o", "{out}"))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_problem_of_a_bad_file_is_listed_once_in_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    bad = _bad_file(tmp_path, 3)
    argv = [part.replace("{out}", str(tmp_path / "plan.xlsx")) for part in command]

    code, err = _err(capsys, "--data-dir", str(tmp_path / "data"), *argv, str(bad))

    assert code == EXIT_USER_ERROR and "Traceback" not in err
    lines = err.strip().splitlines()
    zh_at = next(i for i, line in enumerate(lines) if line.startswith("错误："))
    en_at = next(i for i, line in enumerate(lines) if line.startswith("Error: "))
    assert zh_at == 0 < en_at
    zh, en = lines[zh_at + 1 : en_at], lines[en_at + 1 :]
    assert len(zh) == len(en) == 3  # one line a problem
    names = list(json.loads(SAMPLE.read_text(encoding="utf-8"))["endowments"])[:3]
    for n, name in enumerate(names):
        assert f"endowments.{name}" in zh[n] and "9" in zh[n]
        assert f"endowments.{name}" in en[n] and "9" in en[n]
    assert "3" in lines[zh_at] and "3 problems" in lines[en_at]
    assert not (tmp_path / "plan.xlsx").exists()


def test_a_single_problem_stays_one_sentence_in_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _err(capsys, "match", str(_bad_file(tmp_path, 1)))

    assert code == EXIT_USER_ERROR
    lines = err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("错误：") and lines[1].startswith("Error: ")
    assert "endowments." in lines[0] and "endowments." in lines[1]


def test_a_long_list_is_cut_with_a_count_of_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _err(capsys, "match", str(_too_many(tmp_path)))

    assert code == EXIT_USER_ERROR
    lines = err.strip().splitlines()
    en_at = next(i for i, line in enumerate(lines) if line.startswith("Error: "))
    zh, en = lines[1:en_at], lines[en_at + 1 :]
    assert len(zh) == len(en) == 11  # ten problems and the rest counted
    assert "12" in lines[0] and "12 problems" in lines[en_at]
    assert "另有 2 处" in zh[-1] and "2 more" in en[-1]


@pytest.mark.parametrize(
    ("argv", "zh", "en"),
    [
        (["profiles", "import"], "缺少必需的参数：FILE", "the following arguments are required: FILE"),
        (["match", "x.json", "--lang", "fr"], "参数 --lang 的值 'fr' 无效", "invalid choice: 'fr'"),
        (["match", "x.json", "--bogus"], "无法识别的参数：--bogus", "unrecognized arguments: --bogus"),
        (["frob"], "参数 COMMAND 的值 'frob' 无效", "invalid choice: 'frob'"),
        (["match", "x.json", "--top", "many"], "参数 --top 的值 'many' 无效，应为整数", "invalid int value: 'many'"),
    ],
)
def test_usage_errors_follow_the_error_policy(
    capsys: pytest.CaptureFixture[str], argv: list[str], zh: str, en: str
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)

    assert raised.value.code == EXIT_USER_ERROR
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0].startswith("错误：") and zh in lines[0]
    assert lines[1].startswith("Error: ") and en in lines[1]
    assert "usage:" in captured.err  # how to call it, as argparse shows it
    assert captured.out == ""


def test_an_unforeseen_usage_error_keeps_the_english_words_under_a_chinese_lead_in() -> None:
    assert argparse_message_zh("something argparse says one day") == "命令行参数有误：something argparse says one day"


def test_the_installed_command_reports_a_usage_error_without_a_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "profiles", "import"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == EXIT_USER_ERROR
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("错误：缺少必需的参数：FILE\nError: the following arguments are required: FILE\n")
