"""Files that are not read at all, each with a message that names the file and says why; nothing is parsed from them."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.models.ledger.returns import read_returned_form
from desktop.models.ledger.safety import MAX_FILE_BYTES, OLE_MAGIC
from desktop.models.ledger.types import FormRefused


def _refused(path: Path) -> FormRefused:
    with pytest.raises(FormRefused) as caught:
        read_returned_form(path)
    error = caught.value
    assert error.path == path
    assert error.message.zh.startswith(f"文件 {path.name} 未读取：")
    assert error.message.en.startswith(f"The file {path.name} was not read: ")
    return error


def test_a_workbook_with_macros(all_form: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "台账.xlsm"
    shutil.copy(all_form, renamed)
    assert "含宏的工作簿（.xlsm）" in _refused(renamed).message.zh


def test_a_workbook_carrying_a_macro_part_under_another_name(all_form: Path, tmp_path: Path) -> None:
    target = tmp_path / "macro.xlsx"
    with zipfile.ZipFile(all_form) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        out.writestr("xl/vbaProject.bin", b"\x00" * 64)
    assert "macros" in _refused(target).message.en


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    # Excel encrypts a workbook with an opening password into an OLE compound file (as old .xls files are).
    target = tmp_path / "加密.xlsx"
    target.write_bytes(OLE_MAGIC + b"\x00" * 4096)
    assert "密码保护" in _refused(target).message.zh


@pytest.mark.parametrize("content", [b"just some text", b"%PDF-1.7\n", b""])
def test_files_that_are_not_workbooks(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "notes.xlsx"
    target.write_bytes(content)
    assert "不是 Excel 工作簿" in _refused(target).message.zh


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    with zipfile.ZipFile(target, "w") as out:
        out.writestr("word/document.xml", "<w:document/>")
    assert "不是 Excel 工作簿" in _refused(target).message.zh


def test_a_damaged_workbook(all_form: Path, tmp_path: Path) -> None:
    target = tmp_path / "cut.xlsx"
    target.write_bytes(all_form.read_bytes()[:3000])
    assert "已损坏" in _refused(target).message.zh


def test_a_file_over_20_mb(tmp_path: Path) -> None:
    target = tmp_path / "big.xlsx"
    with target.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no 20 MB written to the disk
    assert "20.0 MB" in _refused(target).message.zh


def test_a_zip_bomb(tmp_path: Path) -> None:
    target = tmp_path / "bomb.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        out.writestr("xl/workbook.xml", "<workbook/>")
        out.writestr("xl/worksheets/sheet1.xml", b"\x00" * (8 * 1024 * 1024))  # 8 MB of zeros in a few KB
    target.write_bytes(buffer.getvalue())
    assert os.path.getsize(target) < 100_000
    message = _refused(target).message
    assert "压缩内容异常" in message.zh and "malicious" in message.en


def test_a_workbook_that_is_not_a_progress_form(tmp_path: Path) -> None:
    target = tmp_path / "plain.xlsx"
    Workbook().save(target)
    assert "不是 ZonePlanner 导出的台账填报表" in _refused(target).message.zh


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert "不是普通文件" in _refused(folder).message.zh
    assert "不存在" in _refused(tmp_path / "gone.xlsx").message.zh
