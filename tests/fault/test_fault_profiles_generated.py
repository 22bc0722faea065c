"""Malformed profile files, generated: every command that reads one refuses it the same clean way.

Each input is a shipped sample with one fault (see ``profile_mutations``), given to ``profiles import``, ``match``
and ``export``. Each must exit 2 with a short message in both languages naming the field (or the file), never a
traceback, and change nothing: the store's rows and a previous workbook are the same afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.helpers.profile_fault_runs import assert_clean_refusal, run_in_process, run_program, store_rows
from tests.helpers.profile_mutations import SAMPLES, Broken, broken_profiles, expected_name

# However large the input, a message stays this short: one line quotes at most a cut value, a key or a path.
MAX_LINE = 600
MAX_TOTAL = 3000  # up to ten problems listed in two languages
OLD_WORKBOOK = b"PK\x03\x04 the previous plan"


@pytest.fixture
def store_with_a_profile(isolated_data_dir: Path) -> Path:
    assert run_in_process(["profiles", "import", str(SAMPLES[0])]).code == 0
    return isolated_data_dir


def _refused_by_every_command(broken: Broken, folder: Path, data_dir: Path) -> None:
    path = folder / "zone.json"
    path.write_bytes(broken.raw)
    workbook = folder / "plan.xlsx"
    workbook.write_bytes(OLD_WORKBOOK)
    before = store_rows(data_dir)
    names = expected_name(broken, path)
    for argv in (["profiles", "import", str(path)], ["match", str(path)], ["export", str(path), "-o", str(workbook)]):
        run = run_in_process(argv)
        assert_clean_refusal(run, names=names, max_line=MAX_LINE, max_total=MAX_TOTAL)
        assert run.out == "", (broken.fault, argv)
    assert store_rows(data_dir) == before, broken.fault
    assert workbook.read_bytes() == OLD_WORKBOOK, broken.fault


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(broken=broken_profiles())
def test_a_malformed_profile_is_refused_cleanly_by_import_match_and_export(
    broken: Broken, tmp_path: Path, store_with_a_profile: Path
) -> None:
    _refused_by_every_command(broken, tmp_path, store_with_a_profile)


@pytest.mark.parametrize(
    ("fault", "raw", "names"),
    [
        ("duplicate key of 400,000 characters", b'{"' + b"k" * 400_000 + b'": 1, "' + b"k" * 400_000 + b'": 2}',
         "k" * 20),
        ("5,001-digit rating", b'{"format": "zoneplanner-profile", "version": 1, "name": "x", "endowments": '
         b'{"talent": ' + b"9" * 5001 + b"}}", "endowments.talent"),
        ("nested 100,000 deep", b'{"format": "zoneplanner-profile", "version": 1, "figures": {"employees": '
         + b"[" * 100_000 + b"]" * 100_000 + b"}}", "figures.employees"),
    ],
    ids=["huge-duplicate-key", "huge-number", "deep-nesting"],
)  # fmt: skip
def test_the_worst_inputs_give_a_short_message_naming_the_field(
    tmp_path: Path, store_with_a_profile: Path, fault: str, raw: bytes, names: str
) -> None:
    _refused_by_every_command(Broken(raw, fault, names), tmp_path, store_with_a_profile)


def test_a_real_process_prints_the_same_short_message_and_nothing_else(tmp_path: Path, isolated_data_dir: Path) -> None:
    # What only a real process shows: what the interpreter prints on its way out (ignored exceptions, warnings).
    key = "k" * 400_000
    cases = [
        Broken(b'{"' + key.encode() + b'": 1, "' + key.encode() + b'": 2}', "huge duplicate key", key),
        Broken(b'{"name": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "deep nesting", "name"),
    ]
    for number, broken in enumerate(cases):
        path = tmp_path / f"zone{number}.json"
        path.write_bytes(broken.raw)
        run = run_program(["match", str(path)], isolated_data_dir)
        assert_clean_refusal(run, names=expected_name(broken, path), max_line=MAX_LINE, max_total=MAX_TOTAL)
