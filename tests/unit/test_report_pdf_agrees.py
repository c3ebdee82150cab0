"""The monthly PDF never contradicts itself and reads plainly: a chart prints a share
as the table beside it does (cut down to one decimal, never 88.7 % beside 88.6 %), a
target line reads as the targets table, no jargon heading, a column empty in every
row is left out, and the signature block never sits alone on the last page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.service_targets import ArrivalInputs, Period
from propdesk.reports.monthly import charts
from propdesk.reports.monthly.blocks import StoryContext
from propdesk.reports.monthly.document import monthly_pdf
from propdesk.reports.monthly.formatting import share_text
from propdesk.reports.monthly.labels import MONTHLY_LABELS, text
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.patrol_values import PatrolDay
from propdesk.reports.monthly.repairs_section import RepairFigures
from propdesk.reports.monthly.repairs_values import AgeBucket, OpenItem, PriorityFigures
from propdesk.reports.monthly.styles import styles
from propdesk.reports.table_columns import TableSheet

LANGS = ("zh_CN", "zh_TW", "en")
OCT = Period.month(2026, 10)
END = datetime(2026, 10, 31, 16, 0, tzinfo=UTC)


def drawn_strings(drawing: Drawing) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, String):
            found.append(node.text)
        for child in getattr(node, "contents", []) or []:
            walk(child)

    walk(drawing)
    return found


def priorities(met: int, late: int) -> tuple[PriorityFigures, ...]:
    return (
        PriorityFigures(RepairPriority.EMERGENCY, met + late, ArrivalInputs(met, late, 0)),
        PriorityFigures(RepairPriority.NORMAL, 0, ArrivalInputs(0, 0, 0)),
    )


@pytest.mark.parametrize("lang", LANGS)
def test_the_arrival_chart_cuts_a_share_down_as_the_table_does(lang: str) -> None:
    # 7 of 9 is 77.78 %: the table prints 77.7 %, so must the bar (not 77.8).
    drawing = charts.arrival_by_priority(priorities(7, 2), Decimal(95), 240, "Helvetica", lang)
    shown = drawn_strings(drawing)
    assert share_text(7, 9, lang) in shown
    assert not any("77.8" in s for s in shown)


@pytest.mark.parametrize("lang", LANGS)
def test_a_target_line_reads_as_the_targets_table(lang: str) -> None:
    # The targets table prints a 100 % threshold as "100%", not "≥ 100%".
    days = [PatrolDay(OCT.first + timedelta(days=n), 10, 9, 1, 0) for n in range(3)]
    names = ("a", "b", "c")
    drawing = charts.patrols_by_day(days, Decimal(100), 400, "Helvetica", lang, names)
    shown = drawn_strings(drawing)
    assert text("percent", lang, value="100") in shown
    assert text("at_least_percent", lang, value="100") not in shown


def test_no_jargon_in_the_report() -> None:
    words = [value for entry in MONTHLY_LABELS.values() for value in entry.values()]
    assert not [w for w in words if "已判定" in w or "已判斷" in w]


def open_item(number: int, *, overdue: bool, technician: str) -> OpenItem:
    return OpenItem(
        number=f"WX202610-{number:04d}",
        reported_at=END - timedelta(days=number),
        location="3-1-502",
        category=RepairCategory.PLUMBING,
        priority=RepairPriority.NORMAL,
        state=RepairState.REPORTED,
        technician=technician,
        age=timedelta(days=number),
        overdue=overdue,
    )


def repairs(items: tuple[OpenItem, ...]) -> RepairFigures:
    return RepairFigures(
        opened=3,
        resolved=1,
        cancelled=0,
        by_category=((RepairCategory.PLUMBING, 3),),
        by_priority=priorities(2, 1),
        arrival=ArrivalInputs(2, 1, 0),
        ratings=(),
        backlog_as_of=END,
        backlog=(AgeBucket(timedelta(0), None, len(items)),),
        open_items=items,
    )


def headers(flowables: list[Flowable]) -> list[list[str]]:
    """The header row of each table of the story."""
    found = []
    for flowable in flowables:
        if isinstance(flowable, Table):
            row = flowable._cellvalues[0]
            found.append([c.getPlainText() if isinstance(c, Paragraph) else str(c) for c in row])
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_column_is_left_out(lang: str) -> None:
    context = StoryContext(lang, styles(lang), ())
    quiet = repairs((open_item(1, overdue=False, technician=""),))
    last = headers(quiet.story(context))[-1]
    assert text("col.overdue", lang) not in last
    assert text("col.technician", lang) not in last
    assert text("col.number", lang) in last
    dispatched = open_item(1, overdue=True, technician="李师傅")
    busy = repairs((dispatched, open_item(2, overdue=False, technician="")))
    last = headers(busy.story(StoryContext(lang, styles(lang), ())))[-1]
    assert text("col.overdue", lang) in last
    assert text("col.technician", lang) in last


@dataclass(frozen=True)
class RowsSection:
    """A section of `rows` table rows under a heading, after `room` of filler."""

    rows: int
    room: float

    def story(self, context: StoryContext) -> list[Flowable]:
        table = Table([["NO", "WHAT"]] + [[f"R{n:03d}", "行"] for n in range(self.rows)])
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), context.st.font)])
        return [*context.heading("section"), Spacer(1, self.room), table]

    def sheets(self, lang: str) -> list[TableSheet]:
        del lang
        return []


def pages_of(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_signatures_never_stand_alone_on_the_last_page(lang: str) -> None:
    # A table ending at every height of the page: wherever it ends, the signatures
    # share their page with some of it (and nothing is lost or doubled).
    signature = text("sign.manager", lang)
    for room in range(0, 240, 12):
        report = MonthlyReport(
            "阳光花园", OCT, "陈经理", END, "ab12", (), (RowsSection(12, room * mm),)
        )
        pages = pages_of(monthly_pdf(report, lang))
        assert signature in pages[-1]
        assert "R011" in pages[-1], f"the signatures alone on the last page (filler {room} mm)"
        rows = [f"R{n:03d}" for n in range(12)]
        assert all(sum(page.count(row) for page in pages) == 1 for row in rows)
