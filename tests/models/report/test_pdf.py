"""The document as LibreOffice lays it out: converted to PDF, page counts an office would expect."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.report_docs import sample_analysis, samples, write

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed on this machine"),
]


def _pdf(docx_file: Path, profile_dir: Path) -> bytes:
    """Convert with a private LibreOffice profile, so a running LibreOffice or a parallel test does not interfere."""
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile_dir}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(docx_file.parent),
            str(docx_file),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return docx_file.with_suffix(".pdf").read_bytes()


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.stem)
def test_libreoffice_lays_the_document_out_on_a_sane_number_of_pages(tmp_path: Path, sample: Path) -> None:
    analysis = sample_analysis(sample.stem)
    write(tmp_path / "plan.docx", analysis)
    pages = _pages(_pdf(tmp_path / "plan.docx", tmp_path / "lo-profile"))
    # Body about a page per two tasks plus the general parts; annexes a few pages more. Far fewer would mean lost
    # content; far more, a grid or table gone wrong (a 14-character line doubles the pages).
    tasks = len(analysis.actions)
    assert 6 + tasks // 2 <= pages <= 12 + 2 * tasks
