"""The patrol log's page furniture: on every page the estate, the title and the day
at the top, and at the foot when it was printed and "page x of y" (drawn by
reports/page_furniture.py, as the monthly report's)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageTemplate

from propdesk.reports import page_furniture
from propdesk.reports.page_furniture import PageFurniture, content_frame, draw_header
from propdesk.reports.patrol.labels import patrol_label


@dataclass(frozen=True)
class LogFurniture:
    font: str
    lang: str
    header: str  # 阳光花园 · 巡逻日志 · 2026-12-05
    printed: str  # 打印时间：2026-12-06 08:10


def _page_furniture(furniture: LogFurniture) -> PageFurniture:
    lang = furniture.lang
    return PageFurniture(
        font=furniture.font,
        header=furniture.header,
        footer=furniture.printed,
        page_of=lambda page, pages: patrol_label("log.page", lang, page=page, pages=pages),
    )


def numbered_canvas(furniture: LogFurniture) -> type[Canvas]:
    """A Canvas class (platypus's `canvasmaker`) that stamps the footers at save."""
    return page_furniture.numbered_canvas(_page_furniture(furniture))


def page_template(furniture: LogFurniture) -> PageTemplate:
    page = _page_furniture(furniture)
    return PageTemplate(
        id="log",
        frames=[content_frame("log")],
        onPage=lambda canvas, doc: draw_header(canvas, doc, page),
    )
