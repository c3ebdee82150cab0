"""The page flow: bands placed top to bottom, a new page whenever one does not fit.

A band that does not fit starts the next page (under a continuation header), so a
long text flows over as many pages as it needs and nothing is ever clipped. The flow
also keeps groups of bands together, repeats a table's header row on each new page
and draws a frame around a framed block, one box per page it spans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from propdesk.reports.slips.bands import Band, moved
from propdesk.reports.slips.model import PageFormat
from propdesk.reports.slips.primitives import Box, Primitive


@dataclass
class _Frame:
    x: float
    width: float
    stroke_pt: float
    top: float


class Flow:
    """Places bands down the page, starting new pages as needed."""

    def __init__(self, page: PageFormat, bottom: float, continuation: Callable[[], Band]):
        self.top = page.margin_mm
        self.bottom = bottom
        self.continuation = continuation
        self.pages: list[list[Primitive]] = [[]]
        self.y = self.top
        self.page_start = self.top  # below the continuation header on later pages
        self.frame: _Frame | None = None
        self.repeat: Band | None = None  # a table's header row, repeated on new pages
        # The most a later page holds; a group taller than this is split anyway.
        self.body_height = bottom - self.top - continuation().height

    def room(self) -> float:
        return self.bottom - self.y

    def space(self, height: float) -> None:
        """Vertical space; none at the top of a page, never past the bottom."""
        if self.y > self.page_start:
            self.y = min(self.y + height, self.bottom)

    def new_page(self) -> None:
        self._close_frame_segment()
        self.pages.append([])
        self.y = self.top
        self._put(self.continuation())
        self.page_start = self.y
        if self.frame is not None:
            self.frame.top = self.y
        if self.repeat is not None:
            self._put(self.repeat)

    def place(self, band: Band) -> None:
        # (A band taller than a whole page cannot occur: long texts come line by line.)
        if band.height > self.room() + 1e-6 and self.y > self.page_start:
            self.new_page()
        self._put(band)

    def need(self, height: float) -> None:
        """Start a new page unless `height` fits below (or would not fit on any page)."""
        if self.room() + 1e-6 < height <= self.body_height and self.y > self.page_start:
            self.new_page()

    def keep(self, bands: Sequence[Band]) -> None:
        """Place the bands together on one page when they fit on one at all."""
        self.need(sum(band.height for band in bands))
        for band in bands:
            self.place(band)

    def begin_frame(self, x: float, width: float, stroke_pt: float) -> None:
        self.frame = _Frame(x, width, stroke_pt, self.y)

    def end_frame(self) -> None:
        self._close_frame_segment()
        self.frame = None
        self.repeat = None

    def _close_frame_segment(self) -> None:
        frame = self.frame
        if frame is not None and self.y > frame.top:
            self.pages[-1].append(
                Box(frame.x, frame.top, frame.width, self.y - frame.top, frame.stroke_pt)
            )

    def _put(self, band: Band) -> None:
        self.pages[-1].extend(moved(item, self.y) for item in band.items)
        self.y += band.height
