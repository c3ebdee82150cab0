"""Print preview and printing of a finished PDF (the monthly report).

pypdfium2 renders each page of the very file that would be saved to an image at the
printer's resolution, and Qt paints the images: the preview shows the real pages,
fonts and charts included, and printing from it (or from `print_pdf`) sends the same.

Resolution: the printer's, but at most MAX_DPI. Qt's preview keeps every page painted
(at 1200 dpi an A4 page is 560 MB), and 300 dpi is what an office laser prints text
and lines at without visible steps.

pypdfium2 (PDFium) is not thread-safe: it is used here, on the GUI thread, only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from propdesk.ui.widgets.modal import exec_once

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
MAX_DPI = 300


@contextmanager
def open_pdf(path: Path) -> Iterator[pdfium.PdfDocument]:
    """The document, closed again on leaving (the file can then be removed)."""
    document = pdfium.PdfDocument(str(path))
    try:
        yield document
    finally:
        document.close()


def pdf_page_count(path: Path) -> int:
    with open_pdf(path) as document:
        return len(document)


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """Page `index` as an opaque white-backed image at `dpi`, owning its pixels."""
    page = document[index]
    try:
        bitmap = page.render(
            scale=dpi / POINTS_PER_INCH,
            force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
            fill_color=(255, 255, 255, 255),
        )
        # BGRA bytes are QImage's ARGB32 on little-endian machines (every PC we run on);
        # copy() takes the pixels out of pdfium's buffer before it goes.
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_ARGB32
        ).convertToFormat(QImage.Format.Format_RGB32)
        del bitmap
    finally:
        page.close()
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def render_pdf_pages(path: Path, dpi: float = 150) -> Iterator[QImage]:
    """Each page of the PDF at `path` as an image, one at a time (a long report is
    never held in memory whole)."""
    with open_pdf(path) as document:
        for index in range(len(document)):
            yield render_page(document, index, dpi)


def first_page_size_mm(path: Path) -> QSizeF:
    with open_pdf(path) as document:
        width_pt, height_pt = document.get_page_size(0)
    scale = MM_PER_INCH / POINTS_PER_INCH
    return QSizeF(width_pt * scale, height_pt * scale)


def page_layout_for_pdf(path: Path) -> QPageLayout:
    """The PDF's paper (A4 is recognised as such), in full-page mode: the PDF carries
    its own margins."""
    size_mm = first_page_size_mm(path)
    size = QPageSize(size_mm, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size_mm.width() > size_mm.height()
        else QPageLayout.Orientation.Portrait
    )
    layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def _fitted(image: QImage, paper: QRectF) -> QRectF:
    """The largest rectangle of the image's proportions centred on the paper."""
    if image.width() <= 0 or image.height() <= 0:
        return paper
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )


def paint_pdf(printer: QPrinter, path: Path) -> int:
    """Paint every page of the PDF on `printer` (a real printer or the preview's);
    returns the pages painted, 0 when the printer could not be started."""
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("cannot start painting on printer %s", printer.printerName())
        return 0
    painted = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        dpi = min(float(printer.resolution()), MAX_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for image in render_pdf_pages(path, dpi):
            if painted:
                printer.newPage()
            painter.fillRect(paper, QColor(255, 255, 255))
            painter.drawImage(_fitted(image, paper), image)
            painted += 1
    finally:
        painter.end()
    return painted


def _printer_for(path: Path, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout_for_pdf(path))
    printer.setFullPage(True)  # after the layout, which would reset it
    printer.setDocName(title)
    return printer


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of a PDF file's real pages; its Print button prints them."""

    def __init__(self, parent: QWidget | None, path: Path, title: str) -> None:
        printer = _printer_for(path, title)
        super().__init__(printer, parent)
        # The dialog only points at the printer: keep it alive as long as the dialog.
        self._printer = printer
        self.path = path
        self.title = title
        self.pages_painted = 0
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self.resize(900, 900)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        self.pages_painted = paint_pdf(printer, self.path)


def build_pdf_preview(parent: QWidget | None, path: Path, title: str) -> PdfPreviewDialog:
    """The preview, built but not shown (tests inspect it; `preview_pdf` runs it)."""
    return PdfPreviewDialog(parent, path, title)


def preview_pdf(parent: QWidget | None, path: Path, title: str) -> None:
    """Show the print preview modally; the file must exist until this returns."""
    exec_once(build_pdf_preview(parent, path, title))


def print_pdf(parent: QWidget | None, path: Path, title: str) -> int | None:
    """Ask for a printer (Qt's print dialog), then print every page of the PDF.
    Returns the pages sent, None when the user cancelled, 0 when the printer could
    not be started."""
    printer = _printer_for(path, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PdfPreview", "Print {title}").format(title=title))
    if exec_once(dialog) != QDialog.DialogCode.Accepted.value:
        return None
    return paint_pdf(printer, path)
