"""Page furniture: the running header, and the footer with "page x of y" and the audit
chain's latest hash on every page.

"of y" is known only when the last page is laid out, so the canvas keeps each page's
drawing until the document is saved and then stamps every footer (the usual platypus
"numbered canvas"): one layout pass instead of building the document twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)

FOOTER_SIZE = 7
HEADER_SIZE = 8
COVER = "cover"
BODY = "body"


@dataclass(frozen=True)
class Furniture:
    font: str
    lang: str
    header: str  # e.g. 翠湖花园 · 月度运营报告 · 2026年10月
    audit_hash: str


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A Canvas class (platypus's `canvasmaker`) that stamps the footer at save."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _footer(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _footer(canvas: Canvas, furniture: Furniture, page: int, pages: int) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 10
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
    canvas.setFont(furniture.font, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, text("footer.audit", furniture.lang, hash=furniture.audit_hash))
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, y, text("footer.page", furniture.lang, page=page, pages=pages)
    )
    canvas.restoreState()


def _header(canvas: Canvas, doc: BaseDocTemplate, furniture: Furniture) -> None:
    del doc
    canvas.saveState()
    y = PAGE_HEIGHT - MARGIN_TOP + 8
    canvas.setFont(furniture.font, HEADER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y + 4, furniture.header)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y)
    canvas.restoreState()


def templates(furniture: Furniture) -> list[PageTemplate]:
    """The cover (no header) and the body pages (header); both get the footer."""
    height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

    def frame(name: str) -> Frame:
        return Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            height,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    return [
        PageTemplate(id=COVER, frames=[frame(COVER)]),
        PageTemplate(
            id=BODY,
            frames=[frame(BODY)],
            onPage=lambda canvas, doc: _header(canvas, doc, furniture),
        ),
    ]
