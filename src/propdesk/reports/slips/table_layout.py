"""A slip's table (the handover counts, a dispatch slip's materials): column widths,
ruled rows, and its flow over pages.

The column widths come from the cells' text; a row stays on one page when it can,
and the header row is repeated at the top of every page the table continues on.
"""

from __future__ import annotations

from collections.abc import Sequence

from propdesk.reports.slips.bands import Band, Piece, aligned, line_band, moved
from propdesk.reports.slips.model import SlipTable
from propdesk.reports.slips.page_flow import Flow
from propdesk.reports.slips.page_metrics import PageMetrics
from propdesk.reports.slips.primitives import Box, Rule
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text

FIT_SLACK_MM = 0.01


def _column_widths(m: PageMetrics, table: SlipTable, pad: float) -> list[float]:
    natural = [
        max(
            # A cell's lines are kept (a pre-wrapped text): as wide as its widest line.
            text_width(line, m.body, bold=row == 0)
            for row, cell in enumerate([header, *(r[col] for r in table.rows)])
            for line in cell.split("\n")
        )
        + 2 * pad
        # Rounding: (width + 2 pad) - 2 pad may come out a hair narrower than the
        # width measured, and the widest cell would then wrap its last word.
        + FIT_SLACK_MM
        for col, header in enumerate(table.headers)
    ]
    total = sum(natural)
    if total <= m.width:
        # A narrow table stays narrow (a count far from its label is easily misread);
        # the first column takes what widening there is.
        table_width = min(m.width, max(total, m.width * 0.6))
        return [natural[0] + table_width - total, *natural[1:]]
    return [width * m.width / total for width in natural]


def _table_row(
    m: PageMetrics,
    cells: Sequence[str],
    widths: Sequence[float],
    numeric: Sequence[bool],
    pad: float,
    header: bool,
) -> list[Band]:
    wrapped = [
        wrap_text(cell, width - 2 * pad, m.body, bold=header)
        for cell, width in zip(cells, widths, strict=True)
    ]
    count = max(len(lines) for lines in wrapped)
    bands = []
    for index in range(count):
        pieces = []
        x = m.left
        for lines, width, right in zip(wrapped, widths, numeric, strict=True):
            if index < len(lines):
                align = "right" if right and not header else "left"
                text_x = aligned(lines[index], m.body, header, x + pad, width - 2 * pad, align)
                pieces.append(Piece(text_x, lines[index], m.body, header))
            x += width
        bands.append(
            line_band(
                pieces,
                pad_top=pad * 0.6 if index == 0 else 0.0,
                pad_bottom=pad * 0.6 if index == count - 1 else 0.0,
            )
        )
    for band in bands:
        if header:
            band.items.insert(0, Box(m.left, 0, sum(widths), band.height, None, 0.88))
        x = m.left
        for width in widths[:-1]:
            x += width
            band.items.append(Rule(x, 0, x, band.height, 0.4))
    bottom = bands[-1]
    bottom.items.append(Rule(m.left, bottom.height, m.left + sum(widths), bottom.height, 0.4))
    return bands


def place_table(flow: Flow, m: PageMetrics, table: SlipTable) -> None:
    pad = 1.6
    widths = _column_widths(m, table, pad)
    numeric = table.numeric or tuple(False for _ in table.headers)
    header = _table_row(m, table.headers, widths, numeric, pad, header=True)
    header_band = Band(sum(b.height for b in header))
    y = 0.0
    for band in header:
        header_band.items.extend(moved(item, y) for item in band.items)
        y += band.height
    rows = [_table_row(m, row, widths, numeric, pad, header=False) for row in table.rows]
    # The header never ends a page alone: it goes with the first row.
    flow.need(header_band.height + (rows[0][0].height if rows else 0.0))
    flow.begin_frame(m.left, sum(widths), 0.8)
    flow.place(header_band)
    flow.repeat = header_band
    for row in rows:
        # A row stays on one page unless it is very tall (then it flows line by line).
        if sum(band.height for band in row) <= flow.body_height / 3:
            flow.keep(row)
        else:
            for band in row:
                flow.place(band)
    flow.end_frame()
