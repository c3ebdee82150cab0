"""Type sizes and spacing of a slip, derived from its paper format.

Every size is a multiple of the page's body size, so an A6 pass and an A4 sheet look
alike; the slip's parts take their sizes from here rather than fixing their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.reports.slips.model import PageFormat


@dataclass(frozen=True)
class PageMetrics:
    """Sizes derived from the page's body size, so A6 and A4 look alike."""

    page: PageFormat

    @property
    def body(self) -> float:
        return self.page.body_pt

    @property
    def small(self) -> float:
        return round(self.page.body_pt * 0.8, 1)

    @property
    def title(self) -> float:
        return round(self.page.body_pt * 1.75, 1)

    @property
    def estate(self) -> float:
        return round(self.page.body_pt * 1.15, 1)

    @property
    def strong(self) -> float:
        return round(self.page.body_pt * 1.45, 1)

    @property
    def gap(self) -> float:
        """Space between the slip's parts, mm."""
        return self.page.body_pt * 0.4

    @property
    def left(self) -> float:
        return self.page.margin_mm

    @property
    def width(self) -> float:
        return self.page.content_width_mm

    @property
    def right(self) -> float:
        return self.page.margin_mm + self.page.content_width_mm
