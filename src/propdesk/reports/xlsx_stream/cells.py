"""A cell's XML: text (an inline string), a number, a true/false. `ref` is the column's
letters, `row` the row's number as text (the caller makes each once, not per cell);
`style` a style index from Styles (0: none, the cell is General)."""

from __future__ import annotations

import math

from propdesk.reports.xlsx_stream.xml_text import element_text, needs_preserve, number_text


def text_cell(ref: str, row: str, text: str, style: int = 0) -> str:
    """`text` (legal XML characters only: xlsx_text.cell_text) as a text cell.

    Inline rather than in a shared-strings table: written as it comes, with no table
    of every distinct text held until the end (issue 18 measured both: see
    reports/xlsx_columns.py)."""
    styled = f' s="{style}"' if style else ""
    keep = ' xml:space="preserve"' if needs_preserve(text) else ""
    return f'<c r="{ref}{row}"{styled} t="inlineStr"><is><t{keep}>{element_text(text)}</t></is></c>'


def number_cell(ref: str, row: str, number: float, style: int = 0) -> str:
    """A number; one Excel cannot hold (not a number, infinite) as its text."""
    if not math.isfinite(number):
        return text_cell(ref, row, str(number))
    styled = f' s="{style}"' if style else ""
    return f'<c r="{ref}{row}"{styled}><v>{number_text(number)}</v></c>'


def boolean_cell(ref: str, row: str, value: bool, style: int = 0) -> str:
    styled = f' s="{style}"' if style else ""
    return f'<c r="{ref}{row}"{styled} t="b"><v>{int(value)}</v></c>'
