"""Write pages of slip primitives (the checkpoint labels) as a PDF into a stream, with
the painter the slips use, so a label prints exactly where it was laid out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from propdesk.reports.labels import normalise_lang
from propdesk.reports.slips.pdf import CREATOR, draw_page
from propdesk.reports.slips.primitives import LaidOutPage
from propdesk.reports.slips.text_metrics import font_name


def write_pages(
    pages: Sequence[LaidOutPage], target: BinaryIO, *, title: str, author: str, lang: str | None
) -> int:
    """Draw `pages` (all of one paper size) into `target`; returns how many."""
    if not pages:
        raise ValueError("a PDF needs at least one page")
    fmt = pages[0].page
    canvas = Canvas(
        target,
        pagesize=(fmt.width_mm * mm, fmt.height_mm * mm),
        pageCompression=1,
        # Else the page preamble names Helvetica: listed, never used, not embedded.
        initialFontName=font_name(),
        lang=normalise_lang(lang).replace("_", "-"),
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(CREATOR)
    for page in pages:
        draw_page(canvas, page)
    canvas.save()
    return len(pages)
