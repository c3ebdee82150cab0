"""Text as it goes into a worksheet cell: safe from formula injection, legal XML, and
measured the way a CJK-aware spreadsheet lays it out."""

from __future__ import annotations

import re
import unicodedata

# A cell typed with one of these first is taken as a formula (or a DDE command) by
# Excel, LibreOffice and WPS; tab and CR can hide the trigger behind white space.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 (and so .xlsx) cannot carry; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Half a UTF-16 pair, alone (text that came through a bad decoder): not a character,
# cannot be written as UTF-8; shown as the replacement character instead.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
MIN_WIDTH = 6
MAX_WIDTH = 60


def cell_text(value: str) -> str:
    """`value` as a plain-text cell: illegal characters dropped (a lone surrogate
    replaced by U+FFFD), and a leading formula trigger escaped with an apostrophe, so
    the sheet shows the text and runs nothing (also when someone edits the cell and
    presses Enter)."""
    text = _ILLEGAL.sub("", value)
    if not text.isprintable():  # a printable text has no surrogate: no search needed
        text = _LONE_SURROGATE.sub("\ufffd", text)
    if text.startswith(FORMULA_TRIGGERS):
        text = "'" + text
    # XML turns a lone CR into LF anyway; a cell's line break is LF.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def display_width(text: str) -> int:
    """Columns the text needs: a CJK (wide or full-width) character counts as 2."""
    longest = 0
    for line in text.splitlines() or [""]:
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        longest = max(longest, width)
    return longest


def column_width(texts: list[str]) -> float:
    """A column width (in Excel's character units) that shows the widest sample."""
    widest = max((display_width(t) for t in texts), default=0)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, widest + 2)))
