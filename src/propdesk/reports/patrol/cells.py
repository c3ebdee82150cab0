"""Table cells of the patrol papers that may hold Chinese in an English paper.

An English paper wraps at spaces only, but names, places and what a guard wrote are
mostly Chinese, without a space to break at: such a cell would run out of its column.
A cell holding CJK text therefore wraps between any two characters, whatever the
paper's language."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def has_cjk(text: str) -> bool:
    return any(
        "\u2e80" <= char <= "\u9fff"  # radicals, CJK punctuation, kana, ideographs
        or "\uf900" <= char <= "\ufaff"  # compatibility ideographs
        or "\uff00" <= char <= "\uffef"  # full-width forms
        for char in text
    )


@cache
def _cjk_wrapping(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    """`text` as a paragraph, shown as typed (< & > too), wrapping between characters
    when it holds CJK text."""
    return lines_cell([text], style)


def lines_cell(lines: Sequence[str], style: ParagraphStyle) -> Paragraph:
    """Several lines in one cell."""
    if style.wordWrap != "CJK" and any(has_cjk(line) for line in lines):
        style = _cjk_wrapping(style)
    return Paragraph("<br/>".join(escape(line) for line in lines), style)
