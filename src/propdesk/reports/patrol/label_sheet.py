"""The A4 sheet of checkpoint labels: 2 × 4 labels a page, each inside dashed cut
lines, so an estate prints its routes' labels and sticks them up the same day.

`layout_label_sheet` gives the pages as the slips' primitives (the print preview can
draw them too); `label_sheet_pdf` writes them as a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import BinaryIO

from propdesk.reports.patrol.label_cell import Cell, label_items
from propdesk.reports.patrol.label_model import CHECKPOINT_SHEET, CheckpointLabel, SheetWords
from propdesk.reports.patrol.labels import patrol_label
from propdesk.reports.patrol.paper import write_pages
from propdesk.reports.slips.bands import Piece, line_band, moved
from propdesk.reports.slips.model import A4
from propdesk.reports.slips.primitives import LaidOutPage, Primitive, Rule
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text

__all__ = ["CheckpointLabel", "label_sheet_pdf", "layout_label_sheet"]

SHEET_PAGE = replace(A4, name="A4 labels", margin_mm=10.0)
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
FOOTER_PT = 7.5
FOOTER_ROOM = 7.0  # mm under the labels for the footer line
DASH, DASH_GAP = 2.5, 1.5  # mm
CUT_GRAY, CUT_PT = 0.5, 0.5


def _cells() -> list[Cell]:
    """The label cells of a page, row by row."""
    m = SHEET_PAGE.margin_mm
    width = SHEET_PAGE.content_width_mm / COLUMNS
    height = (SHEET_PAGE.height_mm - 2 * m - FOOTER_ROOM) / ROWS
    return [
        Cell(m + col * width, m + row * height, width, height)
        for row in range(ROWS)
        for col in range(COLUMNS)
    ]


def _dashed(x1: float, y1: float, x2: float, y2: float) -> list[Primitive]:
    """A horizontal or vertical dashed line, as short rules (both renderers draw those)."""
    length = abs(x2 - x1) + abs(y2 - y1)
    dx, dy = (x2 - x1) / length, (y2 - y1) / length
    dashes: list[Primitive] = []
    start = 0.0
    while start < length:
        end = min(start + DASH, length)
        dashes.append(
            Rule(x1 + dx * start, y1 + dy * start, x1 + dx * end, y1 + dy * end, CUT_PT, CUT_GRAY)
        )
        start = end + DASH_GAP
    return dashes


def _cut_lines(cells: Sequence[Cell]) -> list[Primitive]:
    """The edges of the used cells, each drawn once (neighbours share one)."""
    edges: dict[tuple[float, float, float, float], None] = {}
    for c in cells:
        right, bottom = c.x + c.width, c.y + c.height
        for edge in (
            (c.x, c.y, right, c.y),
            (c.x, bottom, right, bottom),
            (c.x, c.y, c.x, bottom),
            (right, c.y, right, bottom),
        ):
            x1, y1, x2, y2 = (round(v, 6) for v in edge)  # shared edges match exactly
            edges[(x1, y1, x2, y2)] = None
    return [dash for edge in edges for dash in _dashed(*edge)]


def _footer(lang: str | None, index: int, count: int, words: SheetWords) -> list[Primitive]:
    """What the sheet is and how to use it, and the page number, under the labels (the
    estate is on every label). Fixed words: one line, bottom-aligned."""
    m = SHEET_PAGE
    page_no = f"{index + 1}/{count}"
    right = m.margin_mm + m.content_width_mm
    width = m.content_width_mm - text_width(page_no, FOOTER_PT) - 4.0
    text = f"{patrol_label(words.title, lang)} · {patrol_label(words.cut, lang)}"
    lines = wrap_text(text, width, FOOTER_PT)
    bands = [line_band([Piece(m.margin_mm, line, FOOTER_PT, gray=0.35)]) for line in lines]
    last = bands[-1]
    last.items += line_band(
        [Piece(right - text_width(page_no, FOOTER_PT), page_no, FOOTER_PT, gray=0.35)]
    ).items
    top = m.height_mm - m.margin_mm - sum(band.height for band in bands)
    items: list[Primitive] = []
    for band in bands:
        items += [moved(item, top) for item in band.items]
        top += band.height
    return items


def layout_label_sheet(
    labels: Sequence[CheckpointLabel],
    estate: str,
    lang: str | None,
    words: SheetWords = CHECKPOINT_SHEET,
) -> tuple[LaidOutPage, ...]:
    """The sheet's pages, 8 labels each in the order given; ValueError when there is
    no label (or a label's texts cannot fit it)."""
    if not labels:
        raise ValueError("a label sheet needs at least one checkpoint")
    cells = _cells()
    chunks = [labels[start : start + PER_PAGE] for start in range(0, len(labels), PER_PAGE)]
    pages = []
    for index, chunk in enumerate(chunks):
        used = cells[: len(chunk)]
        items: list[Primitive] = _cut_lines(used)
        for label, cell in zip(chunk, used, strict=True):
            items += label_items(label, estate, lang, cell)
        items += _footer(lang, index, len(chunks), words)
        pages.append(LaidOutPage(SHEET_PAGE, tuple(items)))
    return tuple(pages)


def label_sheet_pdf(
    labels: Sequence[CheckpointLabel],
    estate: str,
    lang: str | None,
    target: BinaryIO,
    words: SheetWords = CHECKPOINT_SHEET,
) -> int:
    """Write the label sheet as an A4 PDF into `target`; returns the pages written.
    `lang` None prints Simplified Chinese."""
    pages = layout_label_sheet(labels, estate, lang, words)
    title = f"{estate} {patrol_label(words.title, lang)}".strip()
    return write_pages(pages, target, title=title, author=estate, lang=lang)
