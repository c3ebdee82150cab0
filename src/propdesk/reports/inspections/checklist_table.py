"""The blank checklist's table: one ruled row per template item, with room to write.

Columns: the item's number, its text (wrapped, never clipped), the result (tick boxes
合格 / 不合格 / 不适用 for a check; a blank with the unit and the limits for a
reading), the equipment code (only when some item names equipment; a blank for those
items, shaded for the rest) and a note. A text item's answer takes one wide blank
over the result, equipment and note columns. Every row is one band, so a row never
splits over two pages; the header row is repeated on each page the table continues
on (by the page flow).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from propdesk.domain.inspections.kinds import ItemKind
from propdesk.domain.inspections.templates import TemplateItem
from propdesk.reports.inspections.labels import inspection_label
from propdesk.reports.inspections.write_in import (
    ATOM_GAP,
    Atom,
    Blank,
    LineBreak,
    Text,
    TickBox,
    atom_width,
    baseline_in_line,
    set_atoms,
)
from propdesk.reports.slips.bands import Band, Piece, line_band, moved
from propdesk.reports.slips.page_metrics import PageMetrics
from propdesk.reports.slips.primitives import Box, Primitive, Rule, TextRun
from propdesk.reports.slips.text_metrics import line_height, text_width
from propdesk.reports.slips.text_wrap import wrap_text

PAD = 1.6  # mm inside a cell, left and right
PAD_TOP = 1.4  # mm above a cell's first line
MIN_ROW = 9.0  # mm: room to tick and to write a word even beside a one-line item
MIN_TEXT_ROW = 12.0  # mm: a text item's answer is a sentence
READING_BLANK = 16.0  # mm to write a reading ("0.85")
EQUIPMENT_WIDTH = 26.0  # mm: a code such as MHQ-3-B1-01
NOTE_WIDTH = 30.0  # mm
MIN_ITEM_SHARE = 0.36  # the item text keeps at least this share of the width
NOT_NEEDED_FILL = 0.92  # an equipment cell with nothing to write: shaded, not blank
RESULTS = ("pass", "fail", "n_a")


@dataclass(frozen=True)
class Columns:
    """Column widths, mm; `equipment` 0 when no item names equipment."""

    number: float
    item: float
    result: float
    equipment: float
    note: float

    @property
    def widths(self) -> tuple[float, ...]:
        parts = (self.number, self.item, self.result, self.equipment, self.note)
        return tuple(width for width in parts if width)

    @property
    def total(self) -> float:
        return sum(self.widths)


def number_text(value: Decimal) -> str:
    """A limit as the template holds it, without an exponent: 0.8, 1.0, 100."""
    return format(value, "f")


def limits_text(item: TemplateItem, lang: str | None) -> str:
    """ "标准：0.8–1.2 MPa", "Limits: ≥ 0.8 MPa"; "" for a reading without limits."""
    unit = f" {item.unit}" if item.unit else ""
    if item.low is not None and item.high is not None:
        # The unit once, after the range: "0.8–1.2 MPa".
        low, high = number_text(item.low), number_text(item.high) + unit
        return inspection_label("limits.range", lang, low=low, high=high)
    if item.low is not None:
        return inspection_label("limits.at_least", lang, low=number_text(item.low) + unit)
    if item.high is not None:
        return inspection_label("limits.at_most", lang, high=number_text(item.high) + unit)
    return ""


def _ticks(lang: str | None) -> list[Atom]:
    return [TickBox(inspection_label(f"result.{code}", lang)) for code in RESULTS]


def result_atoms(item: TemplateItem, lang: str | None, gray: float) -> list[Atom]:
    """What the result cell holds: tick boxes for a check; for a reading a blank with
    its unit, a box for n.a. and the limits below."""
    if item.kind is ItemKind.CHECK:
        return _ticks(lang)
    atoms: list[Atom] = [Blank(READING_BLANK)]
    if item.unit:
        atoms.append(Text(item.unit))
    atoms.append(TickBox(inspection_label("result.n_a", lang)))
    limits = limits_text(item, lang)
    if limits:
        atoms += [LineBreak(), Text(limits, gray)]
    return atoms


def _first_line(atoms: Sequence[Atom]) -> list[Atom]:
    line: list[Atom] = []
    for atom in atoms:
        if isinstance(atom, LineBreak):
            break
        line.append(atom)
    return line


def columns(m: PageMetrics, items: Sequence[TemplateItem], lang: str | None) -> Columns:
    """Widths from what the cells hold: the number as wide as the largest, the result
    as wide as the three tick boxes on one line, the item text the rest."""
    size = m.body
    number = (
        max(
            text_width(str(len(items)), size),
            text_width(inspection_label("col.number", lang), size, bold=True),
        )
        + 2 * PAD
    )
    # The widest first line: the three tick boxes, or a reading's blank, unit and n.a.
    lines = [_ticks(lang)] + [
        _first_line(result_atoms(item, lang, 0.0)) for item in items if item.kind is ItemKind.NUMBER
    ]
    one_line = max(
        sum(atom_width(atom, size) for atom in line) + ATOM_GAP * (len(line) - 1) for line in lines
    )
    result = one_line + 2 * PAD + 0.5
    equipment = EQUIPMENT_WIDTH if any(i.equipment_kind for i in items) else 0.0
    item = m.width - number - result - equipment - NOTE_WIDTH
    if item < m.width * MIN_ITEM_SHARE:
        # A language with long words: the tick boxes go on two lines rather than the
        # item text into a sliver.
        item = m.width * MIN_ITEM_SHARE
        result = m.width - number - item - equipment - NOTE_WIDTH
    return Columns(number, item, result, equipment, NOTE_WIDTH)


def header_band(m: PageMetrics, cols: Columns, lang: str | None) -> Band:
    keys = ["col.number", "col.item", "col.result"]
    if cols.equipment:
        keys.append("col.equipment")
    keys.append("col.note")
    wrapped = [
        wrap_text(inspection_label(key, lang), width - 2 * PAD, m.body, bold=True)
        for key, width in zip(keys, cols.widths, strict=True)
    ]
    bands = []
    count = max(len(lines) for lines in wrapped)
    for index in range(count):
        pieces = []
        x = m.left
        for lines, width in zip(wrapped, cols.widths, strict=True):
            if index < len(lines):
                pieces.append(Piece(x + PAD, lines[index], m.body, True))
            x += width
        bands.append(
            line_band(
                pieces,
                pad_top=PAD_TOP if index == 0 else 0.0,
                pad_bottom=PAD_TOP if index == count - 1 else 0.0,
            )
        )
    height = sum(band.height for band in bands)
    band = Band(height, [Box(m.left, 0, cols.total, height, None, 0.88)])
    y = 0.0
    for line in bands:
        band.items.extend(moved(item, y) for item in line.items)
        y += line.height
    band.items += _dividers(m, cols.widths, height)
    band.items.append(Rule(m.left, height, m.left + cols.total, height, 0.6))
    return band


def _dividers(m: PageMetrics, widths: Sequence[float], height: float) -> list[Primitive]:
    """The rules between the columns (the frame draws the outer edges)."""
    rules: list[Primitive] = []
    x = m.left
    for width in widths[:-1]:
        x += width
        rules.append(Rule(x, 0, x, height, 0.4))
    return rules


def _text_lines(text: str, x: float, width: float, size: float, gray: float) -> list[Primitive]:
    """`text` wrapped to `width`, from a line's top at y 0."""
    return [
        TextRun(x, index * line_height(size) + baseline_in_line(size), line, size, gray=gray)
        for index, line in enumerate(wrap_text(text, width, size))
    ]


def item_band(
    m: PageMetrics, cols: Columns, position: int, item: TemplateItem, lang: str | None
) -> Band:
    """The item's row: its number and text, and the cells to fill in."""
    size = m.body
    item_x = m.left + cols.number
    result_x = item_x + cols.item
    equipment_x = result_x + cols.result
    items = _text_lines(str(position), m.left + PAD, cols.number - 2 * PAD, size, 0.0)
    text = _text_lines(item.text, item_x + PAD, cols.item - 2 * PAD, size, 0.0)
    items += text
    content = len(text) * line_height(size)
    if item.kind is ItemKind.TEXT:
        # One wide blank over the result, equipment and note columns.
        widths = (cols.number, cols.item, cols.total - cols.number - cols.item)
        return _row(m, widths, max(MIN_TEXT_ROW, content + 2 * PAD_TOP), items)
    result, result_height = set_atoms(
        result_atoms(item, lang, 0.35), result_x + PAD, cols.result - 2 * PAD, size
    )
    items += result
    content = max(content, result_height)
    if cols.equipment and item.equipment_kind is not None:
        # Which register item's code goes here, small above the blank.
        kind = inspection_label(f"equipment.{item.equipment_kind.value}", lang)
        small = m.small
        items += _text_lines(kind, equipment_x + PAD, cols.equipment - 2 * PAD, small, 0.45)
    height = max(MIN_ROW, content + 2 * PAD_TOP)
    under: list[Primitive] = []
    if cols.equipment and item.equipment_kind is None:
        # Nothing to write there: shaded, so no one looks for a code to copy.
        under.append(Box(equipment_x, 0, cols.equipment, height, None, NOT_NEEDED_FILL))
    # The note cell stays blank, to write in.
    return _row(m, cols.widths, height, items, under)


def _row(
    m: PageMetrics,
    widths: Sequence[float],
    height: float,
    items: list[Primitive],
    under: Sequence[Primitive] = (),
) -> Band:
    """A row `height` high: `under` (shading, drawn first), `items` (set from the
    cells' first line) moved below the top padding, the column rules and the rule
    under the row."""
    band = Band(height, [*under, *(moved(item, PAD_TOP) for item in items)])
    band.items += _dividers(m, widths, height)
    band.items.append(Rule(m.left, height, m.left + sum(widths), height, 0.4))
    return band
