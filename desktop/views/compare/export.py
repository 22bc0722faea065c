"""Taking the comparison away from the screen: a workbook sheet, a PNG image, or paper (through the print dialog).

The workbook is the domain's (``models/workbook/compare_sheet.py``); the image is the comparison as shown (radar
and table); print lays out the title, the radar and the table as a document that flows over as many pages as the
table needs. Every question the commands ask is a small method here, which tests replace.
"""

from __future__ import annotations

import logging
from datetime import date
from html import escape
from pathlib import Path
from typing import BinaryIO, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, QStandardPaths, QUrl
from PySide6.QtGui import QImage, QPainter, QRegion, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.models.atomic import write_atomically
from desktop.models.errors import ExportError
from desktop.models.text import Lang, Text
from desktop.models.workbook.comparison import Comparison
from desktop.views.plan.file_name import safe_name


class ComparedPage(Protocol):
    """What the commands read of the comparison page (a protocol: the page builds them, so no import back)."""

    @property
    def radar(self) -> QWidget: ...

    def comparison(self) -> Comparison | None: ...
    def comparison_view(self) -> QWidget: ...
    def lang(self) -> Lang: ...
    def title_text(self) -> str: ...
    def radar_title(self) -> str: ...
    def table_title(self) -> str: ...
    def show_notice(self, text: str) -> None: ...


_log = logging.getLogger(__name__)
SAVE_IMAGE = Text("无法保存对比图到 {path}", "Cannot save the comparison image to {path}")
RADAR_RESOURCE = "zoneplanner:compare-radar.png"
IMAGE_SCALE = 2  # the image and the printed radar at twice the screen's pixels: sharp on paper and when zoomed
IMAGE_WIDTH = 1000  # the image's width in screen pixels: a page's width, whatever the window's


class CompareExport(QObject):
    """The comparison page's Export and Print commands."""

    def __init__(self, page: ComparedPage, parent: QWidget) -> None:
        super().__init__(parent)
        self._page = page
        self._widget = parent  # the parent of the dialogs
        self.folder: Path | None = None  # the folder last exported to in this session

    # --- commands -----------------------------------------------------------------------------------------------

    def export_workbook(self) -> Path | None:
        from desktop.models.workbook.compare_sheet import write_comparison  # openpyxl loads only when exporting

        comparison = self._page.comparison()
        if comparison is None:
            return None
        target = self.get_save_path(self._suggested(".xlsx"), self.tr("Excel workbook (*.xlsx)"))
        if target is None:
            return None
        target = target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx")
        try:
            write_comparison(target, comparison)
        except ExportError as error:
            self.show_error(error.text(self._page.lang()))
            return None
        return self._done(target)

    def export_image(self) -> Path | None:
        if self._page.comparison() is None:
            return None
        target = self.get_save_path(self._suggested(".png"), self.tr("PNG image (*.png)"))
        if target is None:
            return None
        target = target if target.suffix.lower() == ".png" else target.with_name(target.name + ".png")
        data = _png(self.image())

        def write(stream: BinaryIO) -> None:
            stream.write(data)

        try:
            write_atomically(target, write, SAVE_IMAGE)
        except ExportError as error:
            self.show_error(error.text(self._page.lang()))
            return None
        return self._done(target)

    def print_(self) -> bool:
        """Ask for a printer (or a PDF file) and print; False when the user cancelled or nothing is compared."""
        if self._page.comparison() is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Zone comparison"))
        if not self.ask_printer(printer):
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> None:
        """Lay the comparison out on ``printer``'s pages: heading, radar, then the table over the pages it needs."""
        self._document().print_(printer)

    def _document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDefaultFont(self._widget.font())
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(RADAR_RESOURCE), self._radar_image())
        document.setHtml(self.print_html())
        return document

    # --- what is exported ---------------------------------------------------------------------------------------

    def image(self) -> QImage:
        """The comparison as printed, on one tall image (the whole table, which the screen may scroll), at twice the
        screen's resolution."""
        document = self._document()
        document.setDocumentMargin(16)
        document.setTextWidth(IMAGE_WIDTH)
        size = document.size().toSize()
        image = QImage(size * IMAGE_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(IMAGE_SCALE)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        try:
            document.drawContents(painter)
        finally:
            painter.end()
        image.setDevicePixelRatio(1)
        return image

    def print_html(self) -> str:
        page = self._page
        comparison = page.comparison()
        if comparison is None:
            return ""
        names = [p.name for p in comparison.profiles]
        header = "".join(f"<th align='left'>{escape(name)}</th>" for name in names)
        rows = "".join(
            f"<tr><td><b>{escape(title)}</b></td>"
            + "".join(f"<td>{escape(cell).replace(chr(10), '<br>')}</td>" for cell in cells)
            + "</tr>"
            for title, cells in comparison.rows
        )
        today = (comparison.generated_on or date.today()).isoformat()
        width = min(640, self._radar_image().width() // IMAGE_SCALE)
        printed = self.tr("Compared on {date}").format(date=today)
        return (
            f"<h2>{escape(page.title_text())}</h2>"
            f"<p style='color:#5f6b7a'>{escape(printed)}</p>"
            f"<p><b>{escape(page.radar_title())}</b></p>"
            f"<p align='center'><img src='{RADAR_RESOURCE}' width='{width}'></p>"
            f"<p><b>{escape(page.table_title())}</b></p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr><th></th>{header}</tr>{rows}</table>"
        )

    def _radar_image(self) -> QImage:
        return _rendered(self._page.radar)

    # --- replaceable interactions (tests swap these) ------------------------------------------------------------

    def get_save_path(self, suggested: Path, file_filter: str) -> Path | None:
        title = self.tr("Export the comparison")
        chosen, _ = QFileDialog.getSaveFileName(self._widget, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None

    def ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print the comparison"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self._widget, self.tr("Compare zones"), text)

    def show_done(self, text: str) -> None:
        self._page.show_notice(text)

    # --- helpers ------------------------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> Path:
        folder = self.folder or _documents_folder()
        name = safe_name(self.tr("zone-comparison"), "comparison")
        return folder / f"{name}-{date.today():%Y%m%d}{suffix}"

    def _done(self, target: Path) -> Path:
        self.folder = target.parent
        self.show_done(self.tr("Saved as {path}").format(path=target))
        return target


def _rendered(widget: QWidget) -> QImage:
    """``widget`` painted into an image at ``IMAGE_SCALE`` times its size, on white (paper and documents are white:
    the window's grey background is left out)."""
    area = QRect(0, 0, widget.width(), widget.height())
    image = QImage(area.size() * IMAGE_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(IMAGE_SCALE)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        widget.render(painter, QPoint(0, 0), QRegion(area), QWidget.RenderFlag.DrawChildren)
    finally:
        painter.end()
    image.setDevicePixelRatio(1)
    return image


def _png(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    buffer.close()
    return bytes(array.data())


def _documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()
