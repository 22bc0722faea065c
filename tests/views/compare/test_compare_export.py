"""The comparison leaves the screen: a workbook whose sheet shows the compared zones, a PNG image, and print (here to
a PDF file) that produces pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from desktop.models.vocabulary import Endowment, label
from desktop.resources import resource_path
from desktop.views.compare.page import ComparePage


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "zoneplanner_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def make_page(qtbot, store, analyzer, lang: str = "zh") -> ComparePage:  # type: ignore[no-untyped-def]
    page = ComparePage(store, analyzer, lang)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def _sheet_values(path: Path) -> list[list[object]]:
    workbook = load_workbook(path)
    (sheet,) = workbook.worksheets
    return [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]


def test_export_writes_a_workbook_whose_sheet_shows_the_compared_profiles(
    qtbot, store, analyzer, tmp_path, chinese
) -> None:
    page = make_page(qtbot, store, analyzer)
    summaries = store.list_summaries()[:3]
    page.choose([s.id for s in summaries])
    target = tmp_path / "对比"
    page.export.get_save_path = lambda suggested, _filter: target  # type: ignore[method-assign]

    page.export_workbook_action.trigger()

    written = target.with_suffix(".xlsx")
    rows = _sheet_values(written)
    names = [s.name for s in summaries]
    header = next(row for row in rows if row[0] == "对比项")
    assert list(header[1:]) == names  # the compared profiles, in the order chosen
    first = store.load(summaries[0].id)
    talent = next(row for row in rows if row[0] == label(Endowment.TALENT).zh)
    assert talent[1] == (
        first.endowments[Endowment.TALENT] if first.endowments[Endowment.TALENT] is not None else "未评估"
    )
    stage = next(row for row in rows if row[0] == "发展阶段")
    assert stage[1] == label(first.stage).zh
    assert any(row[0] == "高优先级行动" for row in rows)
    assert str(written) in page.export_status.text()


def test_the_workbook_and_the_image_follow_the_language(qtbot, store, analyzer, tmp_path) -> None:
    page = make_page(qtbot, store, analyzer, "en")
    page.choose([s.id for s in store.list_summaries()[:2]])
    page.export.get_save_path = lambda suggested, _filter: tmp_path / suggested.name  # type: ignore[method-assign]

    workbook = page.export.export_workbook()
    image = page.export.export_image()

    assert workbook is not None and workbook.name.startswith("zone-comparison-")
    rows = _sheet_values(workbook)
    assert any(row[0] == "Aspect" for row in rows) and any(row[0] == "Stage" for row in rows)
    assert image is not None and image.suffix == ".png"
    picture = QImage(str(image))
    assert picture.width() >= 2000 and picture.height() > picture.width() // 2  # sharp, and the whole table


def test_print_to_a_pdf_file_produces_pages(qtbot, store, analyzer, tmp_path, chinese) -> None:
    page = make_page(qtbot, store, analyzer)
    summaries = store.list_summaries()[:4]
    page.choose([s.id for s in summaries])
    target = tmp_path / "compare.pdf"

    def to_pdf(printer: QPrinter) -> bool:  # what choosing "Print to file (PDF)" in the dialog does
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    page.export.ask_printer = to_pdf  # type: ignore[method-assign]
    page.print_button.click()

    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert pages >= 1
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    text = "".join(text.split())  # a long name wraps in its table cell
    assert all(s.name in text for s in summaries) and "并列对比" in text


def test_nothing_to_export_or_print_until_two_profiles_are_chosen(qtbot, store, analyzer) -> None:
    page = make_page(qtbot, store, analyzer)
    asked: list[object] = []
    page.export.get_save_path = lambda *args: asked.append(args)  # type: ignore[method-assign]
    page.export.ask_printer = lambda printer: asked.append(printer)  # type: ignore[method-assign]
    assert page.export.export_workbook() is None and not page.export.print_()
    assert asked == []
    assert not page.export_button.isVisibleTo(page)
