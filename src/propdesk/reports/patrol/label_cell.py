"""One checkpoint label: its QR code with the code printed under it, and beside it the
estate, the checkpoint's name (large), its route and position, and its place.

A label is laid out in millimetres from the page's top left, with the slips'
primitives and text measures, so what is decided here is what the PDF draws. The
name is set as large as reads well and wraps; nothing is ever clipped: texts too long
for the label even at the smallest sizes are refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.reports.patrol.label_model import CheckpointLabel
from propdesk.reports.patrol.labels import patrol_label
from propdesk.reports.slips.bands import Band, Piece, aligned, line_band, moved
from propdesk.reports.slips.primitives import Primitive, QrSymbol
from propdesk.reports.slips.qr_code import QUIET_ZONE_MODULES, qr_modules
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text

# CheckpointLabel lives in label_model (no reportlab); named here too for callers that
# import it from this module.
__all__ = ["Cell", "CheckpointLabel", "label_items"]

PAD = 3.0  # mm between the cut line and anything printed
# The QR with its quiet zone; the symbol itself comes out 32–35 mm for codes up to 32
# characters (versions 1–3): a keyboard-wedge reader takes it from 20–30 cm.
QR_WITH_QUIET_ZONE = 44.0
GUTTER = 2.0  # between the QR's quiet zone and the text beside it
CODE_PT = (10.0, 7.0)  # the code under the QR: on one line if it can
# The name: as large as 20 pt, down to 14 pt when that saves a line (a lone last
# character reads badly); smaller only when the label is full.
NAME_PT = (20.0, 14.0, 8.0)
# The other texts (route and position, place, estate) at these sizes; when the name
# is down to its smallest and the label is still full, they shrink together.
SMALL_PT = {"route": 10.0, "place": 8.5, "estate": 7.5}
SMALLEST_PT = 6.0
GAP = 1.5  # between the text blocks, mm


@dataclass(frozen=True)
class Cell:
    """Where a label goes: its cut-out rectangle, mm from the page's top left."""

    x: float
    y: float
    width: float
    height: float


def _stack(bands: list[Band]) -> Band:
    """Bands one under the other, as one band."""
    stacked = Band(0.0)
    for band in bands:
        stacked.items.extend(moved(item, stacked.height) for item in band.items)
        stacked.height += band.height
    return stacked


def _lines(text: str, x: float, width: float, size: float, bold: bool, gray: float) -> list[Band]:
    return [
        line_band([Piece(x, line, size, bold, gray)])
        for line in wrap_text(text, width, size, bold=bold)
    ]


def _qr_block(code: str, x: float) -> Band:
    """The QR (its quiet zone included in the block) and the code, centred, under it."""
    modules = qr_modules(code)
    module = QR_WITH_QUIET_ZONE / (len(modules) + 2 * QUIET_ZONE_MODULES)
    quiet = QUIET_ZONE_MODULES * module
    size = CODE_PT[0]
    while size > CODE_PT[1] and text_width(code, size, bold=True) > QR_WITH_QUIET_ZONE:
        size = round(size - 0.5, 1)
    lines = [
        line_band(
            [Piece(aligned(line, size, True, x, QR_WITH_QUIET_ZONE, "centre"), line, size, True)]
        )
        for line in wrap_text(code, QR_WITH_QUIET_ZONE, size, bold=True)
    ]
    block = _stack([Band(QR_WITH_QUIET_ZONE), *lines])
    block.items.insert(0, QrSymbol(x + quiet, quiet, module, modules))
    return block


def _name_size(name: str, width: float) -> float:
    """The largest size down to NAME_PT[1] that sets the name on its fewest lines."""
    steps = range(int(NAME_PT[0] - NAME_PT[1]) + 1)
    sizes = [NAME_PT[0] - step for step in steps]
    counts = [len(wrap_text(name, width, size, bold=True)) for size in sizes]
    return sizes[counts.index(min(counts))]


@dataclass(frozen=True)
class _Sizes:
    name: float
    shrink: float = 0.0  # points off the other texts' sizes

    def small(self, part: str) -> float:
        return max(SMALLEST_PT, SMALL_PT[part] - self.shrink)


def _text_block(
    label: CheckpointLabel, estate: str, lang: str | None, x: float, width: float, sizes: _Sizes
) -> Band:
    """The text column at the given sizes, top to bottom."""
    if label.position:
        position = patrol_label("label.position", lang, position=label.position)
        route = patrol_label("label.route", lang, route=label.route, position=position)
    else:  # no place on a route: the line says what the item is
        position = route = label.route
    bands = _lines(estate, x, width, sizes.small("estate"), False, 0.4)
    bands.append(Band(GAP))
    bands += _lines(label.name, x, width, sizes.name, True, 0.0)
    bands.append(Band(GAP))
    bands += _lines(route if label.route else position, x, width, sizes.small("route"), False, 0.0)
    if label.place:
        bands.append(Band(GAP * 0.5))
        bands += _lines(label.place, x, width, sizes.small("place"), False, 0.25)
    return _stack(bands)


def _sizes(name: str, width: float) -> list[_Sizes]:
    """The sizes to try, largest first: the name shrinks first, then the others."""
    first = _name_size(name, width)
    sizes = [_Sizes(first - step) for step in range(int(first - NAME_PT[2]) + 1)]
    most = max(SMALL_PT.values()) - SMALLEST_PT
    sizes += [_Sizes(NAME_PT[2], step * 0.5) for step in range(1, int(most / 0.5) + 1)]
    return sizes


def label_items(
    label: CheckpointLabel, estate: str, lang: str | None, cell: Cell
) -> list[Primitive]:
    """The label's primitives inside `cell`, centred top to bottom; ValueError when its
    texts do not fit even at the smallest sizes (the store's lengths always fit)."""
    room = cell.height - 2 * PAD
    qr = _qr_block(label.code, cell.x + PAD)
    x = cell.x + PAD + QR_WITH_QUIET_ZONE + GUTTER
    width = cell.x + cell.width - PAD - x
    for sizes in _sizes(label.name, width):
        text = _text_block(label, estate, lang, x, width, sizes)
        if text.height <= room:
            break
    if qr.height > room or text.height > room:
        raise ValueError(f"the texts of checkpoint {label.code!r} are too long for a label")
    top = cell.y + PAD + (room - max(qr.height, text.height)) / 2
    # A short text column sits level with the middle of the QR.
    text_top = top + max(0.0, QR_WITH_QUIET_ZONE - text.height) / 2
    return [
        *(moved(item, top) for item in qr.items),
        *(moved(item, text_top) for item in text.items),
    ]
