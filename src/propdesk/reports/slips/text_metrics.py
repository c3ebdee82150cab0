"""Text measures of the bundled CJK font, in millimetres.

Every position on a slip is decided from these numbers. Text is measured with
reportlab's metrics of the bundled CJK font, the same outlines the Qt side draws, so
a line that fits here fits in the PDF and in the print preview alike.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics

from propdesk.reports.fonts import register_cjk_font

PT_TO_MM = 25.4 / 72
LEADING = 1.35  # line height as a multiple of the font size
BOLD_STROKE = 0.035  # fake bold (the font has no bold face): outline stroke per point of size


@cache
def _font() -> str:
    return register_cjk_font()


def _face_metric(name: str) -> float:
    face = pdfmetrics.getFont(_font()).face
    return float(getattr(face, name)) / 1000


def ascent(size_pt: float) -> float:
    """Height of the font's glyphs above the baseline, mm."""
    return _face_metric("ascent") * size_pt * PT_TO_MM


def descent(size_pt: float) -> float:
    """Depth of the font's glyphs below the baseline, mm (positive)."""
    return -_face_metric("descent") * size_pt * PT_TO_MM


def font_name() -> str:
    """The reportlab name of the font every slip is measured and drawn with."""
    return _font()


def bold_stroke_mm(size_pt: float) -> float:
    return BOLD_STROKE * size_pt * PT_TO_MM


def text_width(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Width of `text` in mm; bold adds its outline stroke."""
    width = float(pdfmetrics.stringWidth(text, _font(), size_pt)) * PT_TO_MM
    return width + (bold_stroke_mm(size_pt) if bold and text else 0.0)


def line_height(size_pt: float) -> float:
    return size_pt * LEADING * PT_TO_MM
