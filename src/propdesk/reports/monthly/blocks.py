"""What every part of the report lays itself out with: the story's context (its
language and styles, the report's target results, the running number of the section
headings) and the small blocks the parts share (a paragraph, a chart under its title).

The context does not hold the report itself: the report (model) names this context in
its sections' protocol, so naming the report here would make an import cycle. The
report's own parts (sections) are handed the report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from propdesk.domain.service_targets import TargetResult
from propdesk.reports.monthly.labels import numbered_title
from propdesk.reports.monthly.styles import Styles


@dataclass
class StoryContext:
    """A report being laid out, in `lang` with the styles `st`; `targets` are its
    target results, which a section may read (the repairs chart the arrival threshold).
    Headings are numbered in the order the parts ask for them, so a module's section
    takes the next number wherever the registry places it."""

    lang: str
    st: Styles
    targets: tuple[TargetResult, ...]
    _headings: int = field(default=0, init=False)

    def heading(self, title: str) -> list[Flowable]:
        """`title` (in the report's language) as the next numbered section heading:
        二、门岗登记 / 2. Gate log. It never ends a page: it keeps at least 6 cm of
        room below it."""
        self._headings += 1
        numbered = numbered_title(self._headings, title, self.lang)
        return [CondPageBreak(60 * mm), paragraph(numbered, self.st.heading)]


def paragraph(value: str, style: ParagraphStyle) -> Paragraph:
    """Text as a paragraph, its < & > shown as typed (names may hold them)."""
    return Paragraph(escape(value), style)


def chart_block(title: str, drawing: Flowable, st: Styles) -> list[Flowable]:
    return [paragraph(title, st.subheading), drawing]


def filled_columns(body: Sequence[Sequence[str]]) -> list[int]:
    """The indexes of the columns that hold a value in some row of `body` (a table's
    rows as text): a column empty in every row is left out of the printed table, as a
    reader would take it for a mistake."""
    width = max((len(row) for row in body), default=0)
    return [i for i in range(width) if any(i < len(row) and row[i].strip() for row in body)]
