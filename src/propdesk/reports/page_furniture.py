"""What every page of a multi-page A4 paper carries (the monthly report, a day's
patrol log): the running header at the top, and at the foot a left text (the audit
hash, when it was printed…) and "page x of y".

"of y" is known only when the last page is laid out, so the canvas keeps each page's
drawing until the document is saved and then stamps every footer (the usual platypus
"numbered canvas"): one layout pass instead of building the document twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame

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


@dataclass(frozen=True)
class PageFurniture:
    font: str
    header: str  # e.g. 翠湖花园 · 月度运营报告 · 2026年10月
    footer: str  # the footer's left text, e.g. 审计链哈希：…
    page_of: Callable[[int, int], str]  # (page, pages) -> 第 1 页 / 共 7 页


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A Canvas class (platypus's `canvasmaker`) that stamps the footers at save."""

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


def _footer(canvas: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 10
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
    canvas.setFont(furniture.font, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, furniture.footer)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, furniture.page_of(page, pages))
    canvas.restoreState()


def draw_header(canvas: Canvas, doc: BaseDocTemplate, furniture: PageFurniture) -> None:
    """The running header (a PageTemplate's `onPage`): the title line over a rule."""
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


def content_frame(frame_id: str) -> Frame:
    """The frame between the margins, which leave room for the header and footer."""
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
