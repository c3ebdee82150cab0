"""Turn a Slip into pages of drawing primitives, in millimetres from the page's top left.

Both renderers (reportlab for the PDF, QPainter for the print preview) only draw what
is decided here, so the preview is the PDF. Text is measured with reportlab's metrics
of the bundled CJK font, the same outlines the Qt side draws.

The page is filled top to bottom by a flow of bands (one text line, a table row, the
signature block…); a band that does not fit starts the next page, so a long text flows
over as many pages as it needs and nothing is ever clipped.

This module only puts the slip's parts in order and adds what every page carries
(continuation header, footer, page number). The parts are in `sections` and
`table_layout`, the flow in `page_flow`, the primitives in `primitives`, text
measuring and wrapping in `text_metrics` and `text_wrap`.
"""

from __future__ import annotations

from propdesk.reports.slips.bands import Band, Piece, line_band
from propdesk.reports.slips.model import Slip
from propdesk.reports.slips.page_flow import Flow
from propdesk.reports.slips.page_metrics import PageMetrics
from propdesk.reports.slips.primitives import LaidOutPage, Rule
from propdesk.reports.slips.sections import (
    footer_items,
    place_fields,
    place_header,
    place_number_line,
    place_number_with_qr,
    place_paragraph,
    signature_bands,
)
from propdesk.reports.slips.table_layout import place_table
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text


def layout_slip(slip: Slip) -> tuple[LaidOutPage, ...]:
    """The slip's pages; each item lies within the page margins (a QR's quiet zone
    may reach into them)."""
    m = PageMetrics(slip.page)
    page_no_width = text_width("99/99", m.small) + 3.0
    footer_lines = wrap_text(slip.footer, m.width - page_no_width, m.small) if slip.footer else []
    footer_height = max(len(footer_lines), 1) * line_band([Piece(0, "x", m.small)]).height
    bottom = m.page.height_mm - m.page.margin_mm - footer_height - 2.0

    def continuation() -> Band:
        text = f"{slip.title} {slip.number} {slip.continued}".strip()
        line = wrap_text(text, m.width, m.small)[0]
        band = line_band([Piece(m.left, line, m.small, gray=0.35)])
        band.items.append(Rule(m.left, band.height + 0.5, m.right, band.height + 0.5, 0.4, 0.5))
        band.height += 0.5 + m.gap
        return band

    flow = Flow(slip.page, bottom, continuation)
    place_header(flow, m, slip)
    if slip.qr_payload:
        place_number_with_qr(flow, m, slip, slip.qr_payload)
    elif slip.number:
        place_number_line(flow, m, slip)
        flow.space(m.gap)
    if slip.fields:
        place_fields(flow, m, slip.fields)
    if slip.table is not None:
        flow.space(m.gap * 1.5)
        place_table(flow, m, slip.table)
    signatures = signature_bands(m, slip.signatures) if slip.signatures else []
    for index, paragraph in enumerate(slip.paragraphs):
        flow.space(m.gap * 1.5)
        last = index == len(slip.paragraphs) - 1
        place_paragraph(flow, m, paragraph, then=signatures if last else ())
    if signatures and not slip.paragraphs:
        flow.keep(signatures)
    count = len(flow.pages)
    return tuple(
        LaidOutPage(
            slip.page, (*items, *footer_items(m, index, count, footer_lines, footer_height))
        )
        for index, items in enumerate(flow.pages)
    )
