"""The drawing primitives a laid-out slip consists of, in millimetres from the page's
top left.

This is the whole contract between the layout and its two renderers (reportlab for
the PDF, QPainter for the print preview): they only draw these items where the
layout put them, so the preview is the PDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from propdesk.reports.slips.model import PageFormat
from propdesk.reports.slips.qr_code import QUIET_ZONE_MODULES
from propdesk.reports.slips.text_metrics import ascent, descent, text_width


@dataclass(frozen=True)
class TextRun:
    """One line of text; `x` is its left end, `baseline` its baseline."""

    x: float
    baseline: float
    text: str
    size_pt: float
    bold: bool = False
    gray: float = 0.0  # 0 black … 1 white

    @property
    def width(self) -> float:
        return text_width(self.text, self.size_pt, bold=self.bold)

    @property
    def top(self) -> float:
        return self.baseline - ascent(self.size_pt)

    @property
    def bottom(self) -> float:
        return self.baseline + descent(self.size_pt)


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width_pt: float = 0.5
    gray: float = 0.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    stroke_pt: float | None = 0.5  # None: no outline
    fill_gray: float | None = None  # None: not filled


@dataclass(frozen=True)
class QrSymbol:
    """A QR code; (`x`, `y`) is the corner of its first module. The quiet zone lies
    around it and must stay blank (it may reach into the page margin)."""

    x: float
    y: float
    module: float  # side of one module, mm
    modules: tuple[tuple[bool, ...], ...]  # rows of dark (True) / light modules

    @property
    def size(self) -> float:
        return len(self.modules) * self.module

    @property
    def quiet_zone(self) -> float:
        return QUIET_ZONE_MODULES * self.module

    def dark_rects(self) -> Iterator[tuple[float, float, float, float]]:
        """(x, y, width, height) of each horizontal run of dark modules. Renderers fill
        them as one path so neighbouring modules show no hairline seams."""
        for row_index, row in enumerate(self.modules):
            start: int | None = None
            for col, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    yield (
                        self.x + start * self.module,
                        self.y + row_index * self.module,
                        (col - start) * self.module,
                        self.module,
                    )
                    start = None


Primitive = TextRun | Rule | Box | QrSymbol


@dataclass(frozen=True)
class LaidOutPage:
    page: PageFormat
    items: tuple[Primitive, ...]
