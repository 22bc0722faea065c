"""``zoneplanner profiles``: list, import (with conflicts), export, delete, and plain errors without tracebacks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.store import DATABASE_FILE
from desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def _samples() -> list[Path]:
    files = sorted(resource_path("samples").glob("*.json"))
    assert files, "the application ships sample profiles"
    return files


def _sample_name(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["name"])


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_list_export_gives_back_the_same_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for sample in _samples():
        name = _sample_name(sample)
        code, out, err = _run(capsys, "profiles", "import", str(sample))
        assert (code, err) == (0, "")
        assert name in out

        code, out, _ = _run(capsys, "profiles", "list")
        assert code == 0 and name in out

        exported = tmp_path / f"exported-{sample.name}"
        code, _, err = _run(capsys, "profiles", "export", name, "-o", str(exported))
        assert (code, err) == (0, "")
        assert json.loads(exported.read_text(encoding="utf-8")) == json.loads(sample.read_text(encoding="utf-8"))


def test_list_shows_names_stage_labels_in_chinese_and_save_times(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "profiles", "list")
    assert code == 0 and "没有档案" in out

    sample = _samples()[0]
    stage = json.loads(sample.read_text(encoding="utf-8"))["stage"]
    _run(capsys, "profiles", "import", str(sample))
    code, out, _ = _run(capsys, "profiles", "list")

    header, row = out.splitlines()
    assert header.split() == ["名称", "发展阶段", "最后保存", "版本数"]  # the zone's stage, not a plan phase (阶段)
    assert _sample_name(sample) in row
    from desktop.models.vocabulary import Stage, label

    assert label(Stage(stage)).zh in row
    assert stage not in row  # the label, not the code
    assert any(part.count("-") == 2 and len(part) == 10 for part in row.split())  # a date like 2025-01-31


def test_importing_an_existing_name_needs_replace_or_keep_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = _samples()[0]
    name = _sample_name(sample)
    _run(capsys, "profiles", "import", str(sample))
    changed = json.loads(sample.read_text(encoding="utf-8"))
    changed["notes"] = "来自另一份文件"
    other = tmp_path / "changed.json"
    other.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    exported = tmp_path / "out.json"

    code, out, err = _run(capsys, "profiles", "import", str(other))
    assert code != 0 and out == ""
    assert name in err and "--replace" in err and "--keep-both" in err
    _run(capsys, "profiles", "export", name, "-o", str(exported))
    assert json.loads(exported.read_text(encoding="utf-8"))["notes"] != "来自另一份文件"  # not overwritten

    code, _, _ = _run(capsys, "profiles", "import", str(other), "--replace")
    assert code == 0
    _run(capsys, "profiles", "export", name, "-o", str(exported))
    assert json.loads(exported.read_text(encoding="utf-8"))["notes"] == "来自另一份文件"

    code, out, _ = _run(capsys, "profiles", "import", str(sample), "--keep-both")
    assert code == 0 and f"{name} (2)" in out
    _, listing, _ = _run(capsys, "profiles", "list")
    assert f"{name} (2)" in listing
    assert len(listing.splitlines()) == 3  # header + the replaced one + the kept copy


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("BROKEN", ["endowments.talent", "9"]),
        ("{ not json", ["JSON"]),
        (
            '{"format": "zoneplanner-profile", "version": 1, "name": "x", "stage": "growth", "colour": "red"}',
            ["colour"],
        ),
    ],
)
def test_a_bad_file_is_refused_plainly_and_the_store_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, named: list[str]
) -> None:
    _run(capsys, "profiles", "import", str(_samples()[0]))
    _, before, _ = _run(capsys, "profiles", "list")
    if content == "BROKEN":
        data = json.loads(_samples()[0].read_text(encoding="utf-8"))
        data["name"] = "不该进入档案库"
        data["endowments"]["talent"] = 9
        content = json.dumps(data, ensure_ascii=False)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")

    code, out, err = _run(capsys, "profiles", "import", str(bad))

    assert code != 0 and out == ""
    assert "Traceback" not in err
    shown = err.replace(str(bad), "FILE")  # the temp path may contain any digit
    for word in named:
        assert re.search(rf"(?<![\w.]){re.escape(word)}(?![\w.])", shown), (word, shown)
    lines = err.strip().splitlines()
    assert lines[0].startswith("错误：") and sum(line.startswith("Error: ") for line in lines) == 1
    # One sentence in each language, or (several problems) each problem on a line of its own under it.
    assert all(line.startswith("  ") for line in lines if not line.startswith(("错误：", "Error: ")))
    _, after, _ = _run(capsys, "profiles", "list")
    assert after == before


def test_the_installed_command_reports_a_bad_file_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zoneplanner-profile", "version": 1, "name": "x", "stage": "spring"}', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "profiles", "import", str(bad)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert "stage" in result.stderr and "spring" in result.stderr


def test_delete_without_yes_refuses_and_with_yes_deletes(capsys: pytest.CaptureFixture[str]) -> None:
    sample = _samples()[0]
    name = _sample_name(sample)
    _run(capsys, "profiles", "import", str(sample))

    code, out, err = _run(capsys, "profiles", "delete", name)
    assert code != 0 and "--yes" in err and out == ""
    assert name in _run(capsys, "profiles", "list")[1]

    code, _, _ = _run(capsys, "profiles", "delete", name, "--yes")
    assert code == 0
    assert name not in _run(capsys, "profiles", "list")[1]

    code, _, err = _run(capsys, "profiles", "delete", name, "--yes")
    assert code != 0 and name in err


def test_exporting_an_unknown_name_fails_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "none.json"
    code, _, err = _run(capsys, "profiles", "export", "不存在的开发区", "-o", str(target))
    assert code != 0 and "不存在的开发区" in err and "Traceback" not in err
    assert not target.exists()


def test_data_dir_option_and_environment_both_choose_the_database(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = str(_samples()[0])
    chosen = tmp_path / "chosen"
    assert _run(capsys, "--data-dir", str(chosen), "profiles", "import", sample)[0] == 0
    assert (chosen / DATABASE_FILE).is_file()
    assert not (isolated_data_dir / DATABASE_FILE).exists()

    assert "没有档案" in _run(capsys, "profiles", "list")[1]  # ZONEPLANNER_DATA_DIR: a different, empty store
    assert (isolated_data_dir / DATABASE_FILE).is_file()

    after = tmp_path / "after"  # also accepted after the action
    assert _run(capsys, "profiles", "import", sample, "--data-dir", str(after))[0] == 0
    assert (after / DATABASE_FILE).is_file()


def test_a_damaged_database_is_reported_on_stderr_and_the_command_still_works(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / DATABASE_FILE).write_bytes(b"\x00garbage" * 1000)

    code, out, err = _run(capsys, "profiles", "list")

    assert code == 0 and "没有档案" in out
    assert "corrupt" in err and "损坏" in err
    assert len(list(isolated_data_dir.glob(f"{DATABASE_FILE}.corrupt-*"))) == 1


CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_en_speaks_english_on_success(tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    def run(action: str, *rest: str) -> tuple[int, str, str]:
        lang = ["--lang", "en"]
        argv = ["profiles", *lang, action, *rest] if where == "before" else ["profiles", action, *rest, *lang]
        return _run(capsys, *argv)

    sample = _samples()[0]
    name = _sample_name(sample)
    stage = json.loads(sample.read_text(encoding="utf-8"))["stage"]
    from desktop.models.vocabulary import Stage, label

    outputs = [run("list")[1]]
    assert outputs[0] == "No profiles in the store.\n"
    for argv in (
        ("import", str(sample)),
        ("import", str(sample), "--keep-both"),
        ("import", str(sample), "--replace"),
        ("list",),
        ("export", name, "-o", str(tmp_path / "out.json")),
        ("delete", f"{name} (2)", "--yes"),
    ):
        code, out, err = run(*argv)
        assert (code, err) == (0, ""), argv
        outputs.append(out)

    imported, kept_both, replaced, listing, exported, deleted = outputs[1:]
    assert imported == f"Imported the profile “{name}”.\n"
    assert kept_both == f"Imported the profile as “{name} (2)” (its name was already taken).\n"
    assert replaced.startswith(f"Updated the profile “{name}”")
    header, *rows = listing.splitlines()
    assert header.split() == ["Name", "Stage", "Last", "saved", "Versions"]
    assert all(label(Stage(stage)).en in row for row in rows)
    assert exported == f"Exported the profile “{name}” to {tmp_path / 'out.json'}.\n"
    assert deleted == f"Deleted the profile “{name} (2)”.\n"
    # Only the zone's own name, as the user typed it, is Chinese.
    assert [o for o in outputs if CJK.search(o.replace(name, ""))] == []


def test_lang_zh_is_the_default_and_speaks_chinese_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = _samples()[0]
    name = _sample_name(sample)
    assert _run(capsys, "profiles", "list", "--lang", "zh")[1] == "档案库中还没有档案。\n"
    assert _run(capsys, "profiles", "import", str(sample))[1] == f"已导入档案“{name}”。\n"
    assert _run(capsys, "profiles", "--lang", "zh", "delete", name, "--yes")[1] == f"已删除档案“{name}”。\n"
    assert _run(capsys, "profiles", "list")[1] == "档案库中还没有档案。\n"  # no English half any more
