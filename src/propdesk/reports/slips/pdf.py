"""Draw a laid-out slip with reportlab: the PDF the office saves or prints.

The bundled TrueType CJK font is embedded as a subset (reportlab's default for
TTFont), so the PDF prints the same on a PC without Chinese fonts.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from propdesk.reports.slips.layout import layout_slip
from propdesk.reports.slips.model import Slip
from propdesk.reports.slips.primitives import (
    Box,
    LaidOutPage,
    Primitive,
    QrSymbol,
    Rule,
    TextRun,
)
from propdesk.reports.slips.text_metrics import bold_stroke_mm, font_name
from propdesk.reports.xlsx_files import write_atomically

CREATOR = "propdesk"


class _Painter:
    """Maps the layout's top-left millimetres onto reportlab's bottom-left points."""

    def __init__(self, canvas: Canvas, page_height_mm: float) -> None:
        self.canvas = canvas
        self.height = page_height_mm

    def x(self, value: float) -> float:
        return float(value * mm)

    def y(self, value: float) -> float:
        return float((self.height - value) * mm)

    def draw(self, item: Primitive) -> None:
        canvas = self.canvas
        canvas.saveState()
        if isinstance(item, TextRun):
            self._text(item)
        elif isinstance(item, Rule):
            canvas.setLineWidth(item.width_pt)
            canvas.setStrokeGray(item.gray)
            canvas.line(self.x(item.x1), self.y(item.y1), self.x(item.x2), self.y(item.y2))
        elif isinstance(item, Box):
            self._box(item)
        else:
            self._qr(item)
        canvas.restoreState()

    def _text(self, run: TextRun) -> None:
        text = self.canvas.beginText(self.x(run.x), self.y(run.baseline))
        text.setFont(font_name(), run.size_pt)
        self.canvas.setFillGray(run.gray)
        if run.bold:
            # The font has no bold face: fill and stroke the outlines (render mode 2),
            # with the stroke width the layout measured and the Qt painter uses.
            self.canvas.setStrokeGray(run.gray)
            self.canvas.setLineWidth(bold_stroke_mm(run.size_pt) * mm)
            text.setTextRenderMode(2)
        text.textOut(run.text)
        self.canvas.drawText(text)

    def _box(self, box: Box) -> None:
        canvas = self.canvas
        if box.fill_gray is not None:
            canvas.setFillGray(box.fill_gray)
        if box.stroke_pt is not None:
            canvas.setLineWidth(box.stroke_pt)
        canvas.rect(
            self.x(box.x),
            self.y(box.y + box.height),
            box.width * mm,
            box.height * mm,
            stroke=int(box.stroke_pt is not None),
            fill=int(box.fill_gray is not None),
        )

    def _qr(self, qr: QrSymbol) -> None:
        # One path for all modules: filled at once, neighbours show no seams.
        path = self.canvas.beginPath()
        for x, y, width, height in qr.dark_rects():
            path.rect(self.x(x), self.y(y + height), width * mm, height * mm)
        self.canvas.setFillGray(0)
        self.canvas.drawPath(path, stroke=0, fill=1)


def draw_page(canvas: Canvas, page: LaidOutPage) -> None:
    """One laid-out page onto the canvas, then the next page; other papers made of the
    same primitives (the patrol checkpoint labels) are drawn with it too."""
    painter = _Painter(canvas, page.page.height_mm)
    for item in page.items:
        painter.draw(item)
    canvas.showPage()


def slip_pdf(slip: Slip) -> bytes:
    """The slip as a PDF document (one or more pages of the slip's paper size)."""
    pages = layout_slip(slip)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(slip.page.width_mm * mm, slip.page.height_mm * mm),
        pageCompression=1,
        # Else the page preamble names Helvetica: listed, never used, not embedded.
        initialFontName=font_name(),
        lang=slip.language,
    )
    canvas.setTitle(slip.document_title)
    canvas.setSubject(slip.title)
    canvas.setAuthor(slip.subtitle)
    canvas.setCreator(CREATOR)
    for page in pages:
        draw_page(canvas, page)
    canvas.save()
    return buffer.getvalue()


def write_slip_pdf(slip: Slip, path: Path) -> Path:
    """Save the slip as a PDF file, all or nothing; FileWriteError when it cannot be
    written (read-only folder, disk full, file open elsewhere)."""
    data = slip_pdf(slip)  # before touching the disk: a layout error leaves no file
    return write_atomically(Path(path), lambda temporary: temporary.write_bytes(data))
