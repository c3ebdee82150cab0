"""The complaints' section of the monthly report: its figures read from an estate in
the report's session (the analysis' own, voided complaints left out, repeat places of
the 90 days to the period's end, the complaints open then with their state then), its
story in every language with the Pareto chart drawn from the analysis' chart
definition, the PDF says so, the workbook's Pareto sheet, and a month without
complaints says so in one line."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, PolyLine
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from propdesk.domain.complaints.analysis import pareto, pareto_chart
from propdesk.domain.complaints.kinds import ComplaintCategory, FollowUpMethod, Verdict
from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep, StepRequest
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly import analysis_chart
from propdesk.reports.monthly.blocks import StoryContext
from propdesk.reports.monthly.complaints_section import ComplaintFigures
from propdesk.reports.monthly.document import monthly_pdf
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.styles import styles
from propdesk.reports.xlsx_export import export_tables
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.figures import complaint_figures
from propdesk.store.base import utcnow
from tests.unit.test_complaints_service import CLERK, CLOSING, MANAGER, Estate

LANGS = ("zh_CN", "zh_TW", "en")
T = ComplaintStep
C = ComplaintCategory


class Recent:
    """Three noise complaints at 3-2-1502 (a repeat place), one satisfied, closed and
    rated 4; a cleaning complaint about a common area, anonymous; a voided one."""

    def __init__(self, services: Services) -> None:
        estate = Estate(services)
        complaints = estate.complaints
        self.noise = [complaints.take(CLERK, estate.noise()) for _ in range(3)]
        first = self.noise[0].id
        estate.assign(first)
        estate.answer(first)
        complaints.step(CLERK, first, StepRequest(T.VERDICT, verdict=Verdict.SATISFIED))
        complaints.step(CLERK, first, StepRequest(T.CLOSE, **CLOSING))  # type: ignore[arg-type]
        complaints.step(
            CLERK,
            first,
            StepRequest(
                T.FOLLOW_UP, visitor="李客服", method=FollowUpMethod.PHONE, result="好", rating=4
            ),
        )
        estate.assign(self.noise[1].id)
        self.cleaning = complaints.take(
            CLERK,
            estate.noise(
                anonymous=True,
                complainant_name="",
                complainant_phone="",
                unit_code="",
                common_area="东门广场",
                category=C.CLEANING,
            ),
        )
        voided = complaints.take(CLERK, estate.noise(category=C.FEES))
        complaints.step(MANAGER, voided.id, StepRequest(T.VOID, reason="重复登记"))
        self.services = services
        self.now = utcnow()
        today = self.now.astimezone().date()
        self.period = Period(today - timedelta(days=29), today)
        with services.store.read() as session:
            self.figures = complaint_figures(session, self.period, self.now)


@pytest.fixture
def recent(services: Services) -> Recent:
    return Recent(services)


def test_the_section_s_figures(recent: Recent) -> None:
    f = recent.figures
    assert f.received == 4  # the voided one left out
    assert [(b.category, b.count) for b in f.pareto] == [(C.NOISE, 3), (C.CLEANING, 1)]
    assert f.pareto_chart == pareto_chart(pareto([C.NOISE] * 3 + [C.CLEANING]))
    assert (f.compliance.in_time, f.compliance.judged, f.compliance.pending) == (1, 1, 3)
    assert f.satisfaction.satisfied_first_round == 1
    assert f.satisfaction.ratings == (0, 0, 0, 1, 0)
    assert f.satisfaction.closed == 1
    (place,) = f.repeat_places
    assert (place.place, place.count, place.total) == ("3-2-1502", 3, 3)
    assert f.open_total == 3
    assert [i.number for i in f.open_items] == [
        recent.noise[1].number,
        recent.noise[2].number,
        recent.cleaning.number,
    ]
    states = {i.number: i.state for i in f.open_items}
    assert states[recent.noise[1].number] is ComplaintState.HANDLING
    assert states[recent.noise[2].number] is ComplaintState.RECEIVED
    handlers = {i.number: i.handler for i in f.open_items}
    assert handlers[recent.noise[1].number] == "赵队长"
    assert {i.place for i in f.open_items} == {"3-2-1502", "东门广场"}
    # As of a moment before anything was taken, nothing was open.
    with recent.services.store.read() as session:
        earlier = complaint_figures(session, recent.period, recent.now - timedelta(days=1))
    assert (earlier.open_total, earlier.open_items) == (0, ())


def texts(flowables: list[Flowable]) -> list[str]:
    found: list[str] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            found.append(flowable.getPlainText())
        elif isinstance(flowable, KeepTogether):
            found += texts(flowable._content)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for value in row:
                    cells = value if isinstance(value, list) else [value]
                    found += texts([c for c in cells if isinstance(c, Flowable)])
                    found += [c for c in cells if isinstance(c, str)]
    return found


def drawings(flowables: list[Flowable]) -> list[Drawing]:
    found: list[Drawing] = []
    for flowable in flowables:
        if isinstance(flowable, Drawing):
            found.append(flowable)
        elif isinstance(flowable, KeepTogether):
            found += drawings(flowable._content)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_the_story_in_each_language(recent: Recent, lang: str) -> None:
    flow = recent.figures.story(StoryContext(lang, styles(lang), ()))
    found = texts(flow)
    joined = "\n".join(found)
    for key in (
        "section.complaints",
        "section.open_complaints",
        "complaints.received",
        "complaints.in_time",
        "complaints.verdict_share",
        "complaints.follow_up_rate",
        "chart.pareto",
        "complaints.repeats",
        "complaint_category.noise",
        "complaint_category.cleaning",
        "complaint_state.handling",
    ):
        assert text(key, lang) in joined, key
    assert recent.noise[1].number in found
    assert "东门广场" in found
    assert "75.0%" in joined.replace(" ", "")  # noise: 3 of 4
    (chart,) = drawings(flow)
    plot = next(c for c in chart.contents if isinstance(c, VerticalBarChart))
    # Drawn from the definition: its bars and names, the cumulative share as a line.
    assert plot.data == [[3.0, 1.0]]
    assert plot.categoryAxis.categoryNames == [
        text("complaint_category.noise", lang),
        text("complaint_category.cleaning", lang),
    ]
    (line,) = [c for c in chart.contents if isinstance(c, PolyLine)]
    _x0, y0, _x1, y1 = line.points
    assert (y0 - plot.y) / plot.height == pytest.approx(0.75)
    assert (y1 - plot.y) / plot.height == pytest.approx(1.0)


def test_a_month_without_complaints_says_so(services: Services) -> None:
    now = utcnow()
    with services.store.read() as session:
        quiet = complaint_figures(session, Period.month(2020, 1), now)
    assert (quiet.received, quiet.pareto, quiet.repeat_places) == (0, (), ())
    found = texts(quiet.story(StoryContext("zh_CN", styles("zh_CN"), ())))
    assert text("complaints.none", "zh_CN") in found
    assert text("complaints.no_open", "zh_CN") in found
    assert text("complaints.no_repeats", "zh_CN") in found


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return re.sub(r"\s+", "", done.stdout)


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_says_what_the_section_holds(recent: Recent, lang: str, tmp_path: Path) -> None:
    report = MonthlyReport(
        "翠湖花园", recent.period, "陈经理", recent.now, "ab12cd34", (), (recent.figures,)
    )
    flat = pdf_text(monthly_pdf(report, lang), tmp_path)
    for expected in (
        text("section.complaints", lang),
        text("chart.pareto", lang),
        text("complaints.repeats", lang),
        text("section.open_complaints", lang),
        recent.noise[2].number,
        "东门广场",
        "3-2-1502",
    ):
        assert re.sub(r"\s+", "", expected) in flat, expected


def test_the_workbook_s_pareto_sheet(recent: Recent, tmp_path: Path) -> None:
    (sheet,) = recent.figures.sheets("zh_CN")
    export_tables(tmp_path / "p.xlsx", [sheet])
    wb = openpyxl.load_workbook(tmp_path / "p.xlsx", read_only=True)
    try:
        assert wb.sheetnames == ["投诉类别统计"]
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    assert rows == [
        ("投诉类别", "件数", "占比（%）", "累计占比（%）"),
        ("噪音", 3, 75, 75),
        ("保洁", 1, 25, 100),
    ]


def test_series_are_named_in_the_report_s_words_else_as_defined() -> None:
    chart = pareto_chart(pareto([C.PARKING]))
    assert [analysis_chart.series_name(s, "zh_CN") for s in chart.series] == [
        "投诉件数",
        "累计占比",
    ]
    unknown = replace(chart.series[0], label="Something new")
    assert analysis_chart.series_name(unknown, "zh_CN") == "Something new"


def test_the_section_is_found_by_its_type(recent: Recent) -> None:
    report = MonthlyReport("翠湖花园", recent.period, "", recent.now, "", (), (recent.figures,))
    assert report.section(ComplaintFigures) is recent.figures
