"""The head of a paper form: rows of "label: value" cells side by side, where a cell
without a value is a line to write on ("检查人：________").

A row is one band; its cells share the width by their `share`, their values wrap
inside the cell (nothing is clipped) and a row with a line to write on is taller, so
there is room for a hand above the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from propdesk.reports.inspections.write_in import baseline_in_line
from propdesk.reports.slips.bands import Band, Piece, line_band, moved
from propdesk.reports.slips.page_metrics import PageMetrics
from propdesk.reports.slips.primitives import Primitive, Rule
from propdesk.reports.slips.text_metrics import descent, text_width
from propdesk.reports.slips.text_wrap import wrap_text

GUTTER = 5.0  # mm between two cells of a row
LABEL_GAP = 1.0  # mm between a label and its value
WRITE_ROOM = 4.0  # mm above a line to write on
LABEL_GRAY = 0.3
BLANK_GRAY = 0.25


@dataclass(frozen=True)
class FormCell:
    """`value` "" leaves a line to write on; `share` is its part of the row's width."""

    label: str
    value: str = ""
    share: float = 1.0


def form_row(m: PageMetrics, cells: Sequence[FormCell], colon: str, pad: float) -> Band:
    """One row of cells, `pad` mm above and below it."""
    total = sum(cell.share for cell in cells)
    blank = any(not cell.value for cell in cells)
    top = pad + (WRITE_ROOM if blank else 0.0)
    items: list[Primitive] = []
    height = 0.0
    x = m.left
    for index, cell in enumerate(cells):
        width = m.width * cell.share / total
        right = x + width - (GUTTER if index < len(cells) - 1 else 0.0)
        items_of_cell, cell_height = _cell(m, cell, x, right, colon, top)
        items += items_of_cell
        height = max(height, cell_height)
        x += width
    return Band(height + pad, items)


def _cell(
    m: PageMetrics, cell: FormCell, left: float, right: float, colon: str, top: float
) -> tuple[list[Primitive], float]:
    """The cell's items and its height (from the row's top)."""
    size = m.body
    label = cell.label + colon
    # A label wider than half the cell (a long English word) is wrapped to that half.
    label_width = min(text_width(label, size), (right - left) / 2)
    labels = wrap_text(label, label_width, size)
    # The gap after the label: a wrapped label loses the space after an English colon.
    value_x = left + max(text_width(line, size) for line in labels) + LABEL_GAP
    values = wrap_text(cell.value, right - value_x, size, bold=True) if cell.value else []
    items: list[Primitive] = []
    y = top
    for index in range(max(len(labels), len(values))):
        pieces = []
        if index < len(labels):
            pieces.append(Piece(left, labels[index], size, gray=LABEL_GRAY))
        if index < len(values):
            pieces.append(Piece(value_x, values[index], size, True))
        band = line_band(pieces)
        items += [moved(item, y) for item in band.items]
        y += band.height
    if not cell.value:
        # On the first line's descent line, from just after the label to the cell's end.
        line_y = top + baseline_in_line(size) + descent(size)
        items.append(Rule(value_x + 1.0, line_y, right, line_y, 0.5, BLANK_GRAY))
    return items, y
