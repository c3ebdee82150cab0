"""The incidents' papers and sheets: the incident report (事件报告) with every field,
the follow-ups table (an overdue one in words) and the four signature lines; the
monthly section (the month's incidents and the year's count, PDF and workbook); the
export sheets of incidents and follow-ups, names only when asked."""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from propdesk.domain.incidents.kinds import IncidentKind
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.reports.incidents.incident_report import incident_report_slip
from propdesk.reports.incidents.labels import INCIDENT_LABELS
from propdesk.reports.labels import LANGS
from propdesk.reports.monthly.incidents_section import IncidentFigures
from propdesk.reports.slips.pdf import slip_pdf
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.incidents.figures import incident_figures
from propdesk.services.incidents.inputs import ActionInput, IncidentInput
from propdesk.services.incidents.service import IncidentServices
from propdesk.services.incidents.sheets import action_sheet, incident_sheet
from propdesk.store.base import utcnow

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
SHOTS = os.environ.get("PROPDESK_SHOTS", "")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    if SHOTS:
        (Path(SHOTS) / f"{tmp_path.name}.pdf").write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def doors(ready_services: Services, beijing_time: None) -> IncidentServices:
    del beijing_time
    doors = ready_services.module(IncidentServices)
    now = utcnow()
    info = doors.incidents.record(
        MANAGER,
        IncidentInput(
            kind=IncidentKind.FIRE,
            title="垃圾桶起火",
            occurred_at=(now - timedelta(days=2)).astimezone(),
            place="5栋垃圾分类点",
            what_happened="垃圾桶内烟头引燃杂物起火，火势较小。" * 6,
            responders="王保安、赵班长",
            response="使用灭火器扑灭，现场清理。",
            fire_called=True,
            fire_report="119-20261203-07",
            injuries="无",
            losses="垃圾桶一只",
            loss_fen=15_000,
        ),
    )
    doors.incidents.add_action(
        MANAGER, info.id, ActionInput("张贴禁止丢弃烟头提示", "保洁部", now - timedelta(days=1))
    )
    doors.incidents.add_action(
        MANAGER, info.id, ActionInput("检查周边灭火器", "工程部", now + timedelta(days=5))
    )
    return doors


def test_every_label_in_three_languages() -> None:
    for key, words in INCIDENT_LABELS.items():
        assert set(words) == set(LANGS), key
        assert all(words.values()), key


def test_the_incident_report_prints_every_field_and_the_signatures(
    doors: IncidentServices, tmp_path: Path
) -> None:
    [row] = doors.incidents.page(MANAGER).rows
    text = pdf_text(doors.prints.report_pdf(MANAGER, row.id, "zh_CN"), tmp_path)
    for words in (
        "安全事件报告",
        row.number,
        "火灾",
        "5栋垃圾分类点",
        "119-20261203-07",
        "王保安",
        "张贴禁止丢弃烟头提示",
        "逾期 1 天",
        "约 150.00 元",
        "报告人",
        "安保主管",
        "物业经理",
        "审计链",
    ):
        assert words in text, words
    english = pdf_text(doors.prints.report_pdf(MANAGER, row.id, "en"), tmp_path)
    assert "Safety Incident Report" in english
    assert "Security supervisor" in english


def test_the_monthly_section_lists_the_month_and_counts_the_year(
    ready_services: Services, doors: IncidentServices, tmp_path: Path
) -> None:
    today = utcnow().astimezone().date()
    month = Period.month(today.year, today.month)
    with ready_services.store.read() as session:
        figures = incident_figures(session, month, utcnow())
    assert isinstance(figures, IncidentFigures)
    assert figures.month_count == len(figures.lines)
    assert figures.year_count >= figures.month_count >= 0
    assert figures.overdue_actions == 1
    [sheet] = figures.sheets("zh_CN")
    rows = list(sheet.rows)
    assert ["火灾", 1] in rows
    assert rows[-2][1] == figures.year_count
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from propdesk.reports.monthly.blocks import StoryContext
    from propdesk.reports.monthly.styles import styles

    out = tmp_path / "section.pdf"
    story = figures.story(StoryContext("zh_CN", styles("zh_CN"), ()))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    text = pdf_text(out.read_bytes(), tmp_path)
    if figures.month_count:
        assert "垃圾桶起火" in text
        assert "119-20261203-07" in text
    assert "本年累计" in text


def test_the_export_sheets(ready_services: Services, doors: IncidentServices) -> None:
    del doors
    today = utcnow().astimezone().date()
    request = SheetRequest(
        ready_services.store, MANAGER, today - timedelta(days=7), today, "zh_CN", personal=False
    )
    sheet = incident_sheet(None, request)
    headers = [c.header for c in sheet.columns]
    assert "处置人员" not in headers  # names only when asked
    [row] = list(sheet.rows)
    assert "垃圾桶起火" in row
    actions = action_sheet(None, request)
    assert len(list(actions.rows)) == 2
    personal = incident_sheet(
        None,
        SheetRequest(
            ready_services.store, MANAGER, today - timedelta(days=7), today, "en", personal=True
        ),
    )
    assert "Who responded" in [c.header for c in personal.columns]
    empty = incident_sheet(
        None,
        SheetRequest(
            ready_services.store, MANAGER, date(2020, 1, 1), date(2020, 1, 31), "en", personal=True
        ),
    )
    assert list(empty.rows) == []


def test_a_slip_without_follow_ups_says_so(doors: IncidentServices) -> None:
    from dataclasses import replace

    [row] = doors.incidents.page(MANAGER).rows
    paper = replace(doors.prints.paper(MANAGER, row.id), actions=())
    slip = incident_report_slip(paper, "zh_TW")
    assert slip.table is None
    assert any("無後續措施" in p.text for p in slip.paragraphs)
    assert slip_pdf(slip).startswith(b"%PDF")
