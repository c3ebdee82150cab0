"""The monthly assessment's papers and figures: the export (one row per spot check,
an assessment without checks one row), the monthly report's section (scores, last
month, the change, main deductions, notices opened) in the PDF and the workbook, the
assessment sheet as a PDF, and the demo (300 assessments in five years, scores mostly
85–98, notices for the larger deductions)."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import PermissionDeniedError
from propdesk.reports.assessments.sheet_model import AssessmentSheet, SheetItem
from propdesk.reports.assessments.sheet_pdf import assessment_sheet_pdf
from propdesk.reports.monthly.assessments_section import AssessmentFigures
from propdesk.services.assessments.inputs import AssessmentInput, CheckInput, NoticeAsk
from propdesk.services.assessments.module import MODULE
from propdesk.services.assessments.report_figures import assessment_figures
from propdesk.services.assessments.service import AssessmentServices
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import DemoRequest, SheetRequest
from propdesk.services.demo.assessments.writer import AssessmentDemo
from propdesk.store.base import utcnow

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return re.sub(r"\s+", "", done.stdout)


def _month(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.year:04d}-{local.month:02d}"


@pytest.fixture
def filled(ready_services: Services) -> AssessmentServices:
    doors = ready_services.module(AssessmentServices)
    doors.standards.adopt_defaults(MANAGER, "zh_CN")
    month = _month(utcnow())
    cleaning = doors.assessments.create(MANAGER, AssessmentInput("cleaning", month, "陈经理"))
    doors.assessments.add_check(
        MANAGER,
        cleaning.id,
        CheckInput(
            "garbage_points",
            "12号楼",
            "垃圾满溢",
            4,
            notice=NoticeAsk("清运", utcnow() + timedelta(days=2)),
        ),
    )
    doors.assessments.add_check(MANAGER, cleaning.id, CheckInput("lobby_clean", "1号楼", "", 0))
    doors.assessments.create(MANAGER, AssessmentInput("security", month, "陈经理"))
    return doors


def test_the_export_has_a_row_per_check_and_one_for_an_assessment_without(
    ready_services: Services, filled: AssessmentServices
) -> None:
    (kind,) = MODULE.exports
    assert (kind.name, kind.dated) == ("assessments", True)
    today = utcnow().astimezone().date()
    request = SheetRequest(ready_services.store, MANAGER, today, today, "zh_CN", personal=True)
    sheet = kind.sheet(filled, request)
    rows = [list(row) for row in sheet.rows]
    assert sheet.total == len(rows) == 3
    assert [c.header for c in sheet.columns][:2] == ["考核编号", "考核月份"]
    flat = [str(c) for row in rows for c in row if c is not None]
    assert "垃圾满溢" in flat
    assert any(c.startswith("ZG") for c in flat)
    clerk = Actor(None, "clerk", "王客服", Role.CLERK, "客服中心")
    with pytest.raises(PermissionDeniedError):  # clerks may look, not export
        kind.sheet(filled, SheetRequest(ready_services.store, clerk, today, today, "zh_CN", True))


def test_the_monthly_section_compares_with_last_month(
    ready_services: Services, filled: AssessmentServices, tmp_path: Path
) -> None:
    today = utcnow().astimezone().date()
    first = date(today.year, today.month, 1)
    period = Period(first, today)
    with ready_services.store.read() as session:
        figures = assessment_figures(session, period, utcnow())
    assert isinstance(figures, AssessmentFigures)
    scores = {s.department: s.score for s in figures.scores}
    assert scores["保洁部"] == 96
    assert scores["安保部"] == 100
    assert scores["绿化部"] is None
    assert figures.findings[0].item.startswith("垃圾分类")
    assert figures.notices_opened == 1
    (sheet,) = figures.sheets("en")
    assert [c.header for c in sheet.columns][:2] == ["Department", "Score"]
    from reportlab.platypus import SimpleDocTemplate

    from propdesk.reports.monthly.blocks import StoryContext
    from propdesk.reports.monthly.styles import styles

    out = io.BytesIO()
    context = StoryContext("zh_CN", styles("zh_CN"), ())
    SimpleDocTemplate(out).build(figures.story(context))
    text = pdf_text(out.getvalue(), tmp_path)
    assert "部门月度考核" in text
    assert "保洁部" in text


def test_the_sheet_prints_items_score_and_signatures(tmp_path: Path) -> None:
    items = (SheetItem("大堂干净", 20, 2, ("大堂：污渍（-2）",)), SheetItem("楼道", 80, 0))
    sheet = AssessmentSheet(
        "翠湖花园",
        "保洁部",
        "2026-11",
        "保洁部考核标准",
        1,
        items,
        "KH202611-0001",
        "陈经理",
        datetime(2026, 11, 28, 7, tzinfo=UTC),
        100,
        2,
        98,
        "final",
        "",
        ("ZG202611-0001",),
        2026,
        (95, None, 98, *([None] * 9)),
    )
    out = io.BytesIO()
    assert assessment_sheet_pdf(sheet, "zh_CN", out) == 1
    text = pdf_text(out.getvalue(), tmp_path)
    for words in (
        "部门月度考核表",
        "KH202611-0001",
        "大堂：污渍",
        "考核人签字",
        "部门负责人签字",
        "98",
    ):
        assert words in text


def test_the_demo_makes_five_years_of_assessments(ready_services: Services) -> None:
    request = DemoRequest(seed=7, scale=1.0, years=5.0, now=datetime.now(UTC), station="x")
    with ready_services.store.engine.begin() as connection:
        demo = AssessmentDemo(connection, request)
        counts = demo.write(connection)
    assert counts.standards == 5
    assert 295 <= counts.assessments <= 305
    assert 2500 <= counts.checks <= 4500
    assert counts.notices > 50
    doors = ready_services.module(AssessmentServices)
    rows = doors.assessments.rows(MANAGER, limit=500).rows
    in_band = [r for r in rows if 85 <= r.score <= 98]
    assert len(in_band) >= 0.8 * len(rows)
    assert all(r.finalised for r in rows)
