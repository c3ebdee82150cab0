"""The signature block never sits alone on the report's last page: when it does not
fit below the end of the last section, the end of that section (the last rows of its
table, the paragraph before it) goes over to the next page with it.

reportlab's KeepTogether cannot do this for a table longer than a page: it starts the
whole table on a new page and lets it run on, so the signatures may still land alone.
`KeepTail` instead lays out the section's last block (`lead`: what follows its last
page-break guard, e.g. a subheading, a note and a table) page by page, and only on the
page where the `tail` fits does it let the two end together.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
)
from reportlab.platypus.doctemplate import NullActionFlowable


def keep_with_end(content: Sequence[Flowable], tail: Sequence[Flowable]) -> list[Flowable]:
    """`content` then `tail`, the tail kept with the last block of the content (the
    flowables after the content's last page break or page-break guard)."""
    start = max(
        (i + 1 for i, f in enumerate(content) if isinstance(f, CondPageBreak | PageBreak)),
        default=0,
    )
    lead = list(content[start:])
    if not lead:
        return [*content, *tail]
    return [*content[:start], KeepTail(lead, list(tail))]


def _height(flowable: Flowable, canvas: object, width: float, room: float) -> float:
    # wrapOn, not wrap: a KeepTogether measures its content on the canvas it is given.
    _, height = flowable.wrapOn(canvas, width, room)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _splittable(flowable: Flowable) -> bool:
    """A block that may be cut between pages (a table between rows, a paragraph between
    lines); a KeepTogether (a chart under its title) goes whole."""
    return not isinstance(flowable, KeepTogether)


class KeepTail(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """`lead` then `tail` (kept in one piece), the tail never on a page without some of
    the lead. It never draws itself: it claims more room than there is, so the frame
    always asks it to split, and it answers with the pieces that go on this page."""

    def __init__(self, lead: list[Flowable], tail: list[Flowable]) -> None:
        super().__init__()
        self._lead = lead
        self._tail = tail

    @property
    def flowables(self) -> list[Flowable]:
        """What it lays out, in order: the lead, then the tail."""
        return [*self._lead, *self._tail]

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width = width
        self.height = height + 1  # always split (see the class)
        return self.width, self.height

    def split(self, width: float, height: float) -> list[Flowable]:
        canvas = self.canv  # set by the frame's splitOn
        tail = sum(_height(f, canvas, width, height) for f in self._tail)
        heights = [_height(f, canvas, width, height) for f in self._lead]
        if sum(heights) + tail <= height:
            return [*self._lead, *self._tail]
        # This page takes what it can of the lead, leaving some of it for the tail: all
        # it holds when the lead runs past the page, else room below for less than all.
        budget = height if sum(heights) > height else height - tail
        here, rest = self._fill(width, budget, heights)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if not here:
            if at_top:  # nothing can stay with the tail: lay the pieces out as they come
                return [NullActionFlowable(), *self._lead, *self._tail]
            return []  # all of it on the next page
        return [*here, KeepTail(rest, self._tail)]

    def _fill(
        self, width: float, budget: float, heights: list[float]
    ) -> tuple[list[Flowable], list[Flowable]]:
        """(what goes on this page, what goes on), the rest never empty."""
        used = 0.0
        for index, (flowable, height) in enumerate(zip(self._lead, heights, strict=True)):
            if used + height <= budget and index < len(self._lead) - 1:
                used += height
                continue
            pieces = (
                flowable.splitOn(self.canv, width, budget - used) if _splittable(flowable) else []
            )
            if len(pieces) >= 2:
                return [*self._lead[:index], pieces[0]], [*pieces[1:], *self._lead[index + 1 :]]
            here, rest = self._lead[:index], self._lead[index:]
            # A heading or a note goes with the block it introduces.
            while here and isinstance(here[-1], Paragraph):
                rest.insert(0, here.pop())
            return here, rest
        return [], list(self._lead)  # not reached: the loop returns at the last block
