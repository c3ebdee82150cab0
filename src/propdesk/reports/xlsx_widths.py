"""Column widths from every row of a streamed sheet, not from its first rows.

Sized from a sample of the first rows, a column filled only here and there (a note on
one refused card in a thousand rows, a place on a parking notice) came out a few
characters wide. So every row is measured as it is written, and the widths are set
when the sheet is done (the rows wait in a scratch file meanwhile: xlsx_stream).
Each width is capped (xlsx_text), so a long description wraps in a printable
column instead of running off the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from propdesk.reports.xlsx_text import MAX_WIDTH, column_width, display_width

_PADDING = 2  # column_width's room beside the widest text
_CAPPED = 1 << 62  # what see() answers for a column no text can widen any more


class ColumnWidths:
    """The widest text shown in each column so far, in display columns (a CJK
    character counts 2), starting from the headers."""

    def __init__(self, headers: Sequence[str]) -> None:
        self._widest = [display_width(header) for header in headers]
        self._full = MAX_WIDTH - _PADDING  # past this the width is capped anyway

    def see(self, index: int, shown: str) -> int:
        """`shown`, the text column `index` displays for one cell; returns the column's
        widest so far (a larger number once capped): a text at most half as long
        cannot widen it, so a caller may skip calling for such a text."""
        widest = self._widest[index]
        # Cheap first: a text is at most twice its length wide, exactly it if ASCII.
        if widest >= self._full:
            return _CAPPED
        if 2 * len(shown) <= widest:
            return widest
        width = len(shown) if shown.isascii() and "\n" not in shown else display_width(shown)
        if width > widest:
            self._widest[index] = widest = width
        return _CAPPED if widest >= self._full else widest

    def widths(self) -> list[float]:
        """Each column's width in Excel's character units, capped."""
        return [column_width(["0" * widest]) for widest in self._widest]
