"""Print preview of a slip: QPainter draws the layout the PDF is drawn from.

Text is drawn as glyph outlines of the bundled WenQuanYi Micro Hei at the positions
the layout measured with reportlab, not with Qt's text layout: Qt would hint, kern or
substitute another font, and the preview would no longer be the PDF.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from propdesk.errors import PropdeskError
from propdesk.reports.slips.layout import layout_slip
from propdesk.reports.slips.model import Slip
from propdesk.reports.slips.pdf import write_slip_pdf
from propdesk.reports.slips.primitives import Box, LaidOutPage, QrSymbol, Rule, TextRun
from propdesk.reports.slips.text_metrics import PT_TO_MM, bold_stroke_mm
from propdesk.resources import cjk_font_path
from propdesk.ui.dialogs import show_error, show_info
from propdesk.ui.widgets.modal import exec_once

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

MM_PER_INCH = 25.4
# Glyph outlines are taken at this pixel size (one em) and scaled down: large enough
# that Qt's rounding of advances is far below a printer dot.
_OUTLINE_EM = 1000
SAVE_PDF_ACTION = "savePdfAction"


@cache
def slip_font_family() -> str:
    """The family of the bundled CJK font, loaded once. The same file as the PDF's,
    even when the system has another CJK font (`ui.fonts.ensure_cjk_font` adds it
    only when there is none)."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    if font_id < 0:
        log.warning("bundled CJK font %s could not be loaded", cjk_font_path())
        return "WenQuanYi Micro Hei"
    families = QFontDatabase.applicationFontFamilies(font_id)
    # The collection holds the proportional face and a Mono one; reportlab uses face 0.
    proportional = [family for family in families if "mono" not in family.lower()]
    return (proportional or families)[0]


def _outline_font() -> QFont:
    font = QFont(slip_font_family())
    font.setPixelSize(_OUTLINE_EM)
    font.setKerning(False)  # reportlab does not kern either
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # A character the font lacks must not come from another font in the preview only.
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


@lru_cache(maxsize=1024)  # a preview repaints the same lines on every zoom
def _outline(text: str) -> QPainterPath:
    """The text's outline, baseline at y=0, one em = _OUTLINE_EM units."""
    path = QPainterPath()
    path.addText(0, 0, _outline_font(), text)
    return path


def _gray(level: float) -> QColor:
    value = round(max(0.0, min(1.0, level)) * 255)
    return QColor(value, value, value)


def _pen(width_pt: float, level: float) -> QPen:
    pen = QPen(_gray(level), width_pt * PT_TO_MM)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # as in the PDF (butt caps)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def _draw_text(painter: QPainter, run: TextRun) -> None:
    scale = run.size_pt * PT_TO_MM / _OUTLINE_EM
    transform = QTransform().translate(run.x, run.baseline).scale(scale, scale)
    path = transform.map(_outline(run.text))
    painter.fillPath(path, QBrush(_gray(run.gray)))
    if run.bold:
        # Fill and stroke, like the PDF's text render mode 2 (the font has no bold).
        pen = QPen(_gray(run.gray), bold_stroke_mm(run.size_pt))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.strokePath(path, pen)


def _draw_box(painter: QPainter, box: Box) -> None:
    rect = QRectF(box.x, box.y, box.width, box.height)
    if box.fill_gray is not None:
        painter.fillRect(rect, _gray(box.fill_gray))
    if box.stroke_pt is not None:
        painter.setPen(_pen(box.stroke_pt, 0.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)


def _draw_qr(painter: QPainter, qr: QrSymbol) -> None:
    # One path: neighbouring modules are filled together and show no seams.
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for x, y, width, height in qr.dark_rects():
        path.addRect(QRectF(x, y, width, height))
    painter.fillPath(path, QBrush(QColor(0, 0, 0)))


def paint_slip_page(painter: QPainter, page: LaidOutPage, px_per_mm: float) -> None:
    """Draw one laid-out page; the painter's origin is the paper's top-left corner and
    `px_per_mm` the device's resolution."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(px_per_mm, px_per_mm)
    for item in page.items:
        if isinstance(item, TextRun):
            _draw_text(painter, item)
        elif isinstance(item, Rule):
            painter.setPen(_pen(item.width_pt, item.gray))
            painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))
        elif isinstance(item, Box):
            _draw_box(painter, item)
        else:
            _draw_qr(painter, item)
    painter.restore()


def render_slip_image(slip: Slip, dpi: float = 150, page: int = 0) -> QImage:
    """One page of the slip as a white image at `dpi` (for tests and a quick look)."""
    pages = layout_slip(slip)
    px_per_mm = dpi / MM_PER_INCH
    image = QImage(
        round(slip.page.width_mm * px_per_mm),
        round(slip.page.height_mm * px_per_mm),
        QImage.Format.Format_RGB32,
    )
    image.setDotsPerMeterX(round(dpi / MM_PER_INCH * 1000))
    image.setDotsPerMeterY(round(dpi / MM_PER_INCH * 1000))
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        paint_slip_page(painter, pages[page], px_per_mm)
    finally:
        painter.end()
    return image


def paint_slip(printer: QPrinter, slip: Slip) -> None:
    """Print every page of the slip on `printer` (a real printer or the preview's)."""
    pages = layout_slip(slip)
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("cannot start painting on printer %s", printer.printerName())
        return
    try:
        # Full-page mode: the origin is the paper's corner and the margins are the slip's.
        px_per_mm = printer.resolution() / MM_PER_INCH
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            paint_slip_page(painter, page, px_per_mm)
    finally:
        painter.end()


def page_layout_for(slip: Slip) -> QPageLayout:
    """The slip's paper (A6 / A4 are recognised as such), portrait, in full-page mode:
    the origin is the paper's corner and the slip's own margins are the only ones."""
    size = QPageSize(
        QSizeF(slip.page.width_mm, slip.page.height_mm),
        QPageSize.Unit.Millimeter,
        slip.page.name,
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    layout = QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def _file_name(hint: str) -> str:
    """A file name from the hint: characters Windows refuses become "_"."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", hint).strip(" .") or "slip"
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def save_slip_pdf_as(
    parent: QWidget | None, slip: Slip, pdf_name_hint: str, path: Path | None = None
) -> Path | None:
    """Ask for a file (unless given), write the slip's PDF there; None when cancelled
    or when it could not be written (the user was told why)."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            translate("SlipPrinting", "Save as PDF"),
            str(Path(QDir.homePath()) / _file_name(pdf_name_hint)),
            translate("SlipPrinting", "PDF document (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(f"{path.name}.pdf")
    try:
        written = write_slip_pdf(slip, path)
    except PropdeskError as exc:
        show_error(parent, exc)
        return None
    show_info(parent, translate("SlipPrinting", "Saved {path}").format(path=written))
    return written


class SlipPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview on the slip's paper, with a Save-as-PDF button that writes
    the reportlab PDF (the same layout, with the font embedded)."""

    def __init__(self, parent: QWidget | None, slip: Slip, pdf_name_hint: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout_for(slip))
        printer.setFullPage(True)  # after the layout, which would reset it
        printer.setDocName(slip.document_title)
        super().__init__(printer, parent)
        # The dialog only points at the printer: keep it alive as long as the dialog.
        self._printer = printer
        self.slip = slip
        self.pdf_name_hint = pdf_name_hint
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=slip.document_title))
        self.paintRequested.connect(self._paint)

        self.save_pdf_action = QAction(self.tr("Save as PDF…"), self)
        self.save_pdf_action.setObjectName(SAVE_PDF_ACTION)
        self.save_pdf_action.setToolTip(self.tr("Save the slip as a PDF file"))
        self.save_pdf_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_pdf_action.triggered.connect(self.save_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_pdf_action)
        else:  # Qt rearranged the dialog: the action stays reachable by its shortcut
            self.addAction(self.save_pdf_action)

    def _paint(self, printer: QPrinter) -> None:
        paint_slip(printer, self.slip)

    def save_pdf(self) -> Path | None:
        return save_slip_pdf_as(self, self.slip, self.pdf_name_hint)


def build_slip_preview(parent: QWidget | None, slip: Slip, pdf_name_hint: str) -> SlipPreviewDialog:
    """The preview, built but not shown (tests inspect it; `preview_slip` runs it)."""
    return SlipPreviewDialog(parent, slip, pdf_name_hint)


def preview_slip(parent: QWidget | None, slip: Slip, pdf_name_hint: str) -> None:
    """Show the print preview modally; printing and saving happen from inside it."""
    exec_once(build_slip_preview(parent, slip, pdf_name_hint))
