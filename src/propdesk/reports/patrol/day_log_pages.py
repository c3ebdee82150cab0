"""The patrol log's page furniture: on every page the estate, the title and the day
at the top, and at the foot when it was printed and "page x of y".

"of y" is known only when the last page is laid out, so the canvas keeps each page
until the document is saved and then stamps every footer (the platypus "numbered
canvas", as the monthly report does): one layout pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

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
from propdesk.reports.patrol.labels import patrol_label

HEADER_SIZE = 8
FOOTER_SIZE = 7


@dataclass(frozen=True)
class LogFurniture:
    font: str
    lang: str
    header: str  # 阳光花园 · 巡逻日志 · 2026-12-05
    printed: str  # 打印时间：2026-12-06 08:10


def numbered_canvas(furniture: LogFurniture) -> type[Canvas]:
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


def _footer(canvas: Canvas, furniture: LogFurniture, page: int, pages: int) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 10
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
    canvas.setFont(furniture.font, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, furniture.printed)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, y, patrol_label("log.page", furniture.lang, page=page, pages=pages)
    )
    canvas.restoreState()


def _header(canvas: Canvas, doc: BaseDocTemplate, furniture: LogFurniture) -> None:
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


def page_template(furniture: LogFurniture) -> PageTemplate:
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="log",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(
        id="log", frames=[frame], onPage=lambda canvas, doc: _header(canvas, doc, furniture)
    )
