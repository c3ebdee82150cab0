"""Column widths from every row of a streamed sheet, not from its first rows.

A streamed (write-only) sheet writes its column widths before its first row, when
only a sample has been seen; a column filled only here and there (a note on one
refused card in a thousand rows, a place on a parking notice) came out a few
characters wide. So every row is measured as it is written, and when the sheet is
done its widths in the sheet's part (written to a temporary file by openpyxl, zipped
at save) are replaced by the measured ones. Each width is capped (xlsx_text), so a
long description wraps in a printable column instead of running off the page.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.xml.functions import tostring

from propdesk.reports.xlsx_text import MAX_WIDTH, column_width, display_width

log = logging.getLogger(__name__)

_HEAD = 1 << 20  # the sheet's part up to its rows is far smaller than this
_PADDING = 2  # column_width's room beside the widest text


class ColumnWidths:
    """The widest text shown in each column so far, in display columns (a CJK
    character counts 2), starting from the headers."""

    def __init__(self, headers: Sequence[str]) -> None:
        self._widest = [display_width(header) for header in headers]
        self._full = MAX_WIDTH - _PADDING  # past this the width is capped anyway

    def see(self, index: int, shown: str) -> None:
        """`shown`, the text column `index` displays for one cell."""
        widest = self._widest[index]
        # Cheap first: a text is at most twice its length wide, exactly it if ASCII.
        if widest >= self._full or 2 * len(shown) <= widest:
            return
        width = len(shown) if shown.isascii() and "\n" not in shown else display_width(shown)
        if width > widest:
            self._widest[index] = width

    def widths(self) -> list[float]:
        """Each column's width in Excel's character units, capped."""
        return [column_width(["0" * widest]) for widest in self._widest]


def replace_widths(ws: Any, widths: Sequence[float]) -> bool:
    """Close the streamed sheet `ws` and put `widths` in its written part; False (the
    first widths kept, logged) when openpyxl wrote it where this cannot reach."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.close()  # writes the rest (page setup, header and footer) into the part
    path = getattr(getattr(ws, "_writer", None), "out", None)
    if not isinstance(path, str) or not os.path.isfile(path):
        log.warning("sheet %s: its column widths stay those of its first rows", ws.title)
        return False
    cols = tostring(ws.column_dimensions.to_tree())
    with open(path, "rb") as part:
        head = part.read(_HEAD)
        start = head.find(b"<cols>")
        end = head.find(b"</cols>", start)
        if start < 0 or end < 0 or head.find(b"<sheetData", 0, start) >= 0:
            log.warning("sheet %s: no column widths found to replace", ws.title)
            return False
        handle, name = tempfile.mkstemp(suffix=".xml", dir=os.path.dirname(path))
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(head[:start])
                out.write(cols)
                out.write(head[end + len(b"</cols>") :])
                shutil.copyfileobj(part, out, 1 << 20)
            os.replace(name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
    return True
