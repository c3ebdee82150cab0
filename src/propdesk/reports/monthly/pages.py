"""Page furniture: the running header on the body pages, and the footer with the
audit chain's place ("审计链 #12345 · 3fa9c2d41b07…", reports/audit_mark.py) and
"page x of y" on every page (drawn by
reports/page_furniture.py, which the patrol log shares)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageTemplate

from propdesk.reports import page_furniture
from propdesk.reports.audit_mark import audit_mark
from propdesk.reports.monthly.labels import text
from propdesk.reports.page_furniture import PageFurniture, content_frame, draw_header

COVER = "cover"
BODY = "body"


@dataclass(frozen=True)
class Furniture:
    font: str
    lang: str
    header: str  # e.g. 翠湖花园 · 月度运营报告 · 2026年10月
    audit_seq: int  # the chain's head when the figures were read
    audit_hash: str


def _page_furniture(furniture: Furniture) -> PageFurniture:
    lang = furniture.lang
    return PageFurniture(
        font=furniture.font,
        header=furniture.header,
        footer=audit_mark(furniture.audit_seq, furniture.audit_hash, lang),
        page_of=lambda page, pages: text("footer.page", lang, page=page, pages=pages),
    )


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A Canvas class (platypus's `canvasmaker`) that stamps the footer at save."""
    return page_furniture.numbered_canvas(_page_furniture(furniture))


def templates(furniture: Furniture) -> list[PageTemplate]:
    """The cover (no header) and the body pages (header); both get the footer."""
    page = _page_furniture(furniture)
    return [
        PageTemplate(id=COVER, frames=[content_frame(COVER)]),
        PageTemplate(
            id=BODY,
            frames=[content_frame(BODY)],
            onPage=lambda canvas, doc: draw_header(canvas, doc, page),
        ),
    ]
