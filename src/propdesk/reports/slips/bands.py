"""Bands: the horizontal strips a slip is built from, before they have a place.

A band (one text line, a table row, the signature block…) holds primitives with y
measured from the band's own top; the page flow moves it down to where it lands.
Text lines are made here too, with the leading shared above and below the glyphs so
pieces of different sizes sit on one baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from propdesk.reports.slips.primitives import Primitive, Rule, TextRun
from propdesk.reports.slips.text_metrics import ascent, descent, line_height, text_width


@dataclass
class Band:
    """A horizontal strip of items, y measured from the band's top."""

    height: float
    items: list[Primitive] = field(default_factory=list)


def moved(item: Primitive, dy: float) -> Primitive:
    """`item` moved down by `dy` mm."""
    if isinstance(item, TextRun):
        return replace(item, baseline=item.baseline + dy)
    if isinstance(item, Rule):
        return replace(item, y1=item.y1 + dy, y2=item.y2 + dy)
    return replace(item, y=item.y + dy)


@dataclass(frozen=True)
class Piece:
    """A line of text waiting for its baseline."""

    x: float
    text: str
    size_pt: float
    bold: bool = False
    gray: float = 0.0


def line_band(pieces: Sequence[Piece], pad_top: float = 0.0, pad_bottom: float = 0.0) -> Band:
    """One line holding pieces of any sizes on a shared baseline."""
    above = below = 0.0
    for piece in pieces:
        # The leading is shared equally above and below the glyphs.
        gap = line_height(piece.size_pt) - ascent(piece.size_pt) - descent(piece.size_pt)
        above = max(above, gap / 2 + ascent(piece.size_pt))
        below = max(below, gap / 2 + descent(piece.size_pt))
    baseline = pad_top + above
    items: list[Primitive] = [
        TextRun(p.x, baseline, p.text, p.size_pt, p.bold, p.gray) for p in pieces if p.text
    ]
    return Band(pad_top + above + below + pad_bottom, items)


def aligned(text: str, size_pt: float, bold: bool, left: float, width: float, align: str) -> float:
    """The x of a line aligned left, centre or right in [left, left + width]."""
    free = max(0.0, width - text_width(text, size_pt, bold=bold))
    return left + {"left": 0.0, "centre": free / 2, "right": free}[align]
