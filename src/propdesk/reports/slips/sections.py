"""The parts of a slip other than its table: the title block, the number (with or
without a QR code), the form fields, the paragraphs, the signature lines and the
footer.

Each part turns its piece of the Slip into bands and places them on the page flow,
deciding what must stay together on a page; `layout.layout_slip` calls them in order.
"""

from __future__ import annotations

from collections.abc import Sequence

from propdesk.reports.slips.bands import Band, Piece, aligned, line_band, moved
from propdesk.reports.slips.model import Slip, SlipField, SlipParagraph
from propdesk.reports.slips.page_flow import Flow
from propdesk.reports.slips.page_metrics import PageMetrics
from propdesk.reports.slips.primitives import Primitive, QrSymbol, Rule
from propdesk.reports.slips.qr_code import QUIET_ZONE_MODULES, qr_modules
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text


def _centred_lines(m: PageMetrics, text: str, size_pt: float, bold: bool) -> list[Band]:
    return [
        line_band(
            [Piece(aligned(line, size_pt, bold, m.left, m.width, "centre"), line, size_pt, bold)]
        )
        for line in wrap_text(text, m.width, size_pt, bold=bold)
    ]


def _rule_band(m: PageMetrics, width_pt: float) -> Band:
    """A full-width rule in a strip as thick as the rule (about 0.3 mm)."""
    return Band(0.3, [Rule(m.left, 0.15, m.right, 0.15, width_pt)])


def place_header(flow: Flow, m: PageMetrics, slip: Slip) -> None:
    bands = _centred_lines(m, slip.subtitle, m.estate, False) if slip.subtitle else []
    bands += _centred_lines(m, slip.title, m.title, True)
    bands.append(Band(m.gap * 0.4))
    bands.append(_rule_band(m, 1.0))
    flow.keep(bands)


def place_number_with_qr(flow: Flow, m: PageMetrics, slip: Slip, payload: str) -> None:
    modules = qr_modules(payload)
    # About a quarter of the page width: large enough for a scanner held at arm's
    # length, small enough to leave the number beside it.
    target = min(m.page.width_mm * 0.24, 30.0)
    module = target / len(modules)
    qr_size = module * len(modules)
    quiet = QUIET_ZONE_MODULES * module
    clear = 0.5  # between the rule above and the quiet zone
    text_width_mm = m.width - qr_size - quiet - 1.0
    # The number as large as fits on one line, down to the body size, then wrapped.
    size = m.title
    while size > m.body and text_width(slip.number, size, bold=True) > text_width_mm:
        size = round(size - 0.5, 1)
    lines: list[Band] = []
    if slip.number_label:
        for line in wrap_text(slip.number_label, text_width_mm, m.small):
            lines.append(line_band([Piece(m.left, line, m.small, gray=0.3)]))
    for line in wrap_text(slip.number, text_width_mm, size, bold=True):
        lines.append(line_band([Piece(m.left, line, size, True)]))
    text_height = sum(band.height for band in lines)
    height = clear + max(qr_size, text_height) + 2 * quiet
    band = Band(height)
    band.items.append(QrSymbol(m.right - qr_size, clear + quiet, module, modules))
    y = clear + (height - clear - text_height) / 2
    for text_band in lines:
        band.items.extend(moved(item, y) for item in text_band.items)
        y += text_band.height
    flow.place(band)


def place_number_line(flow: Flow, m: PageMetrics, slip: Slip) -> None:
    label = f"{slip.number_label} " if slip.number_label else ""
    label_width = text_width(label, m.body)
    number_lines = wrap_text(slip.number, m.width - label_width, m.body, bold=True)
    bands = []
    for index, line in enumerate(number_lines):
        x = aligned(line, m.body, True, m.left, m.width, "right")
        pieces = [Piece(x, line, m.body, True)]
        if index == 0 and label:
            pieces.append(Piece(x - label_width, label.strip(), m.body, gray=0.3))
        bands.append(line_band(pieces, pad_top=m.gap * 0.5 if index == 0 else 0.0))
    flow.keep(bands)


def place_fields(flow: Flow, m: PageMetrics, fields: Sequence[SlipField]) -> None:
    label_col = min(
        max(text_width(f.label, m.body) for f in fields),
        m.width * 0.38,
    )
    gutter = 2.5
    value_x = m.left + label_col + gutter
    value_width = m.right - value_x
    pad = m.gap * 0.3
    for item in fields:
        size = m.strong if item.strong else m.body
        labels = wrap_text(item.label, label_col, m.body)
        values = wrap_text(item.value, value_width, size, bold=item.strong)
        count = max(len(labels), len(values))
        bands = []
        for index in range(count):
            pieces = []
            if index < len(labels):
                pieces.append(Piece(m.left, labels[index], m.body, gray=0.3))
            if index < len(values):
                pieces.append(Piece(value_x, values[index], size, item.strong))
            bands.append(
                line_band(
                    pieces,
                    pad_top=pad if index == 0 else 0.0,
                    pad_bottom=pad if index == count - 1 else 0.0,
                )
            )
        # A light rule under each row makes the slip read like a form.
        bands[-1].items.append(Rule(m.left, bands[-1].height, m.right, bands[-1].height, 0.3, 0.65))
        # Keep a row's first lines together; a very long value flows on line by line.
        flow.keep(bands[:2])
        for band in bands[2:]:
            flow.place(band)


def place_paragraph(
    flow: Flow, m: PageMetrics, paragraph: SlipParagraph, then: Sequence[Band] = ()
) -> None:
    """Heading and text; `then` (the signatures) is kept with the text's last lines, so
    a sheet never ends with a page holding nothing but the signature lines."""
    inset = 2.5 if paragraph.boxed else 0.0
    size = m.body * (1.15 if paragraph.boxed else 1.0)
    left = m.left + inset
    width = m.width - 2 * inset
    bands = []
    if paragraph.heading:
        for line in wrap_text(paragraph.heading, width, m.body, bold=True):
            bands.append(line_band([Piece(left, line, m.body, True)]))
    for line in wrap_text(paragraph.text, width, size, bold=paragraph.boxed):
        bands.append(line_band([Piece(left, line, size, paragraph.boxed)]))
    if paragraph.boxed:
        bands = [Band(inset * 0.6), *bands, Band(inset * 0.6)]
        # All of a warning on one page when it fits; never its frame's top alone.
        flow.need(sum(band.height for band in bands))
        flow.need(sum(band.height for band in bands[:3]))
        flow.begin_frame(m.left, m.width, 1.2)
        for band in bands:
            flow.place(band)
        flow.end_frame()
        flow.keep(then)
        return
    if len(bands) <= 5:  # a short text stays whole (and with what follows) if it can
        flow.keep([*bands, *then])
        return
    flow.keep(bands[:3])  # never a heading or a single line alone at a page's foot
    for band in bands[3:-2]:
        flow.place(band)
    flow.keep([*bands[-2:], *then])


def _signature(m: PageMetrics, label: str, x: float, width: float) -> Band:
    """Room to sign, the line, and under it what the signature is for."""
    space_to_sign = m.body * 1.0  # mm, enough for a hand-written name
    band = Band(space_to_sign, [Rule(x, space_to_sign, x + width, space_to_sign, 0.6)])
    for index, line in enumerate(wrap_text(label, width, m.small)):
        piece = line_band([Piece(x, line, m.small, gray=0.3)], pad_top=0.8 if index == 0 else 0)
        band.items.extend(moved(item, band.height) for item in piece.items)
        band.height += piece.height
    return band


def signature_bands(m: PageMetrics, labels: Sequence[str]) -> list[Band]:
    # Side by side, as people sign a handover or a release together.
    columns = 2 if len(labels) > 1 else 1
    gutter = m.width * 0.1
    cell = (m.width - gutter * (columns - 1)) / columns
    rows = []
    for start in range(0, len(labels), columns):
        cells = [
            _signature(m, label, m.left + col * (cell + gutter), cell)
            for col, label in enumerate(labels[start : start + columns])
        ]
        # Lines level with each other, however many lines the captions take.
        row = Band(max(band.height for band in cells))
        for band in cells:
            row.items.extend(band.items)
        rows.append(row)
    return [Band(m.gap), *rows]


def footer_items(
    m: PageMetrics, index: int, count: int, lines: Sequence[str], height: float
) -> list[Primitive]:
    """Footer text at the foot of every page, the page number when there are several."""
    items: list[Primitive] = []
    top = m.page.height_mm - m.page.margin_mm - height
    y = top
    for line in lines:
        band = line_band([Piece(m.left, line, m.small, gray=0.35)])
        items.extend(moved(item, y) for item in band.items)
        y += band.height
    if count > 1:
        page_no = f"{index + 1}/{count}"
        x = m.right - text_width(page_no, m.small)
        band = line_band([Piece(x, page_no, m.small, gray=0.35)])
        items.extend(moved(item, top) for item in band.items)
    items.append(Rule(m.left, top - 0.8, m.right, top - 0.8, 0.4, 0.5))
    return items
