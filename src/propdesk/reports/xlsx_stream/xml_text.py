"""Text as it goes into the XML of a sheet: element text and attribute values escaped,
Excel's own _xHHHH_ escape escaped, and the names of cells and ranges."""

from __future__ import annotations

import re

# Excel reads "_x0041_" in a cell's text as the character it encodes ("A"); a literal
# one is kept by escaping its underscore (as Excel and xlsxwriter write it).
_EXCEL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_ATTRIBUTE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#xA;", "\t": "&#x9;"}
)
LAST_COLUMN = 16_384  # Excel's limit on a sheet's columns (XFD)


def element_text(text: str) -> str:
    """`text` (already legal XML characters: xlsx_text.cell_text) as an element's text."""
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F\1", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def attribute(text: str) -> str:
    """`text` as an attribute's value between double quotes."""
    return text.translate(_ATTRIBUTE)


def needs_preserve(text: str) -> bool:
    """Whether a cell's text starts or ends with white space, which a reader drops
    unless the element says to keep it (xml:space="preserve")."""
    return text[:1].isspace() or text[-1:].isspace()


def column_letters(index: int) -> str:
    """A column's letters from its 0-based index: 0 → A, 25 → Z, 26 → AA."""
    if not 0 <= index < LAST_COLUMN:
        raise ValueError(f"column {index} is outside a sheet")
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def cell_range(last_row: int, last_column: int) -> str:
    """From A1 to the cell at 0-based (`last_row`, `last_column`): "A1" alone when
    that is A1."""
    end = f"{column_letters(last_column)}{last_row + 1}"
    return "A1" if end == "A1" else f"A1:{end}"


def absolute_range(last_row: int, last_column: int) -> str:
    """cell_range with $ signs, as a defined name holds it: $A$1:$Q$9."""
    end = f"${column_letters(last_column)}${last_row + 1}"
    return "$A$1" if end == "$A$1" else f"$A$1:{end}"


def quoted_sheet(name: str) -> str:
    """A sheet's name as a formula refers to it: always quoted (allowed for any name,
    needed for many), an apostrophe in it doubled."""
    return "'" + name.replace("'", "''") + "'"


def number_text(value: float | int) -> str:
    """A number as a cell holds it: at most 16 significant digits, as Excel and
    xlsxwriter write them (100, not 100.0; 0.1, not 0.1000000000000000055)."""
    return f"{value:.16G}"
