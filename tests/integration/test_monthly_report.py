"""The monthly report of the last complete month on a small demo estate with traffic and
repairs: the PDF in each language read back with poppler (the estate, the targets, the
signature block, page numbers, the audit hash, the embedded font subset), and the
workbook read back with openpyxl (sheets, real dates and numbers, totals that match the
service's figures, neutralised text)."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from propdesk.commands.report import last_month
from propdesk.config import Paths
from propdesk.domain.ids import uuid7
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Outcome, TargetKey
from propdesk.reports.audit_mark import audit_mark
from propdesk.reports.monthly.assessments_section import AssessmentFigures
from propdesk.reports.monthly.complaints_section import ComplaintFigures
from propdesk.reports.monthly.document import ReportCancelledError
from propdesk.reports.monthly.drills_section import DrillFigures
from propdesk.reports.monthly.events_section import EventFigures
from propdesk.reports.monthly.formatting import actual_text
from propdesk.reports.monthly.gate_section import GateFigures
from propdesk.reports.monthly.incidents_section import IncidentFigures
from propdesk.reports.monthly.inspections_section import InspectionFigures
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.patrol_section import PatrolFigures
from propdesk.reports.monthly.repairs_section import RepairFigures
from propdesk.reports.monthly.surveys_section import SurveyFigures
from propdesk.reports.monthly.worklogs_section import WorklogFigures
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.periods import start_of
from propdesk.services.reporting.monthly_report import MonthlyFile
from propdesk.store.models import RepairTicket

LANGS = ("zh_CN", "zh_TW", "en")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
MONTH = last_month(date.today())
HOSTILE = '=HYPERLINK("http://x","y")'


def pdf_tool(tool: str, *args: str | Path) -> str:
    done = subprocess.run(
        [tool, *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def squeeze(value: str) -> str:
    """Without white space: pdftotext breaks lines where the report wraps them."""
    return re.sub(r"\s+", "", value)


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A twentieth of the demo estate with three months of traffic and repairs, and one
    ticket of the month whose description would be a formula."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "CST-8")
        time.tzset()
        services = open_services(
            Paths.resolve(tmp_path_factory.mktemp("monthly")), fast_hashing=True
        )
        services.settings.set_station_name("客服中心")
        services.demo.create(system_actor("客服中心"), scale=0.05, traffic_years=0.25)
        reported = start_of(MONTH.first) + timedelta(days=2, hours=9)
        with services.store.write() as session:
            session.execute(
                insert(RepairTicket),
                [
                    {
                        "id": uuid7(),
                        "created_at": reported,
                        "updated_at": reported,
                        "number": f"WX{MONTH.first:%Y%m}-9999",
                        "state": "reported",
                        "channel": "hotline",
                        "category": "other",
                        "priority": "normal",
                        "paid": False,
                        "reporter_name": "测试",
                        "common_area": "会所",
                        "description": HOSTILE,
                        "created_by": "clerk",
                        "reported_at": reported,
                        "arrival_due_at": reported + timedelta(days=1),
                        "last_step_at": reported,
                    }
                ],
            )
        yield services
        services.close()
    time.tzset()


@pytest.fixture(scope="module")
def report(estate: Services) -> MonthlyReport:
    return estate.monthly_report.data(MANAGER, MONTH)


pytestmark = pytest.mark.usefixtures("beijing_time")


def test_the_month_has_figures_to_report(report: MonthlyReport) -> None:
    gate = report.section(GateFigures)
    assert [type(s) for s in report.sections] == [  # registry order
        GateFigures,
        RepairFigures,
        PatrolFigures,
        ComplaintFigures,
        InspectionFigures,
        IncidentFigures,
        DrillFigures,
        EventFigures,
        SurveyFigures,
        AssessmentFigures,
        WorklogFigures,
    ]
    assert gate.totals.events > 1000
    assert gate.totals.fees_fen > 0
    assert report.section(RepairFigures).opened > 20
    outcomes = {t.key: t.outcome for t in report.targets}
    assert outcomes[TargetKey.SATISFACTION] is not Outcome.NO_DATA
    assert outcomes[TargetKey.REPAIR_ARRIVAL] is not Outcome.NO_DATA
    assert outcomes[TargetKey.PATROLS] is not Outcome.NO_DATA  # the demo's rounds
    assert report.section(PatrolFigures).rounds > 100


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_in_each_language(
    estate: Services, report: MonthlyReport, tmp_path: Path, lang: str
) -> None:
    path = tmp_path / f"monthly-{lang}.pdf"
    estate.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, lang, path))
    info = pdf_tool("pdfinfo", path)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages >= 4
    assert "A4" in info
    words = squeeze(pdf_tool("pdftotext", "-layout", path, "-"))
    expected = [
        "翠湖花园",
        text("title", lang),
        text("section.targets", lang),
        text("section.signatures", lang),
        text("sign.manager", lang),
        text("sign.committee", lang),
        text("sign.signature", lang, line=""),
        text("sign.date", lang, line=""),
        text("footer.page", lang, page=1, pages=pages),
        text("footer.page", lang, page=pages, pages=pages),
        audit_mark(report.audit_seq, report.audit_hash, lang),  # the report's anchor
        f"{report.section(GateFigures).totals.resident_entries:,}",
        "陈经理",
    ]
    expected += [text(t.label_key, lang) for t in report.targets]
    expected += [actual_text(t, lang) for t in report.targets]
    expected += [text(f"outcome.{t.outcome.value}", lang) for t in report.targets]
    missing = [w for w in expected if squeeze(w) not in words]
    assert missing == []
    fonts = pdf_tool("pdffonts", path).splitlines()[2:]
    assert fonts, "no font listed"
    for line in fonts:
        name, *_rest = line.split()
        flags = line.split()[-5:-2]  # emb sub uni
        assert re.fullmatch(r"[A-Z]{6}\+WenQuanYiMicroHei.*", name), line
        assert flags == ["yes", "yes", "yes"], line


def test_pdf_progress_counts_up_and_can_stop(estate: Services, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []

    def progress(done: int, total: int | None) -> bool:
        seen.append((done, total))
        return True

    estate.monthly_report.write_pdf(
        MANAGER, MonthlyFile(MONTH, "zh_CN", tmp_path / "a.pdf", progress)
    )
    assert seen[0][0] == 0
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    def stop(done: int, total: int | None) -> bool:
        return done < 5

    target = tmp_path / "b.pdf"
    with pytest.raises(ReportCancelledError):
        estate.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, "zh_CN", target, stop))
    assert list(tmp_path.iterdir()) == [tmp_path / "a.pdf"]  # nothing else, no half file


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each sheet's rows, padded to the header's width (a read-only sheet leaves out the
    empty cells at a row's end)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        sheets = {}
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(values_only=True))
            width = len(rows[0]) if rows else 0
            sheets[ws.title] = [row + (None,) * (width - len(row)) for row in rows]
        return sheets
    finally:
        wb.close()


def test_workbook_reads_back_with_the_service_figures(
    estate: Services, report: MonthlyReport, tmp_path: Path
) -> None:
    path = tmp_path / "monthly.xlsx"
    _, written = estate.monthly_report.write_workbook(MANAGER, MonthlyFile(MONTH, "zh_CN", path))
    sheets = _rows(path)
    assert list(sheets) == [
        "目标汇总",
        "门岗每日统计",
        "巡逻每日统计",
        "投诉类别统计",
        "巡检合格率",
        "下月到期设备",
        "安全事件分类",
        "演练培训计划",
        "社区活动按月",
        "满意度调查",
        "部门考核得分",
        "保洁绿化完成率",
        "未完成原因",
        "门岗日志",
        "报修工单",
        "巡逻记录",
        "投诉记录",
        "咨询登记",
        "巡检记录",
        "整改通知",
        "安全事件",
        "事件后续措施",
        "演练与培训",
        "社区活动",
        "满意度调查问卷",
        "月度考核",
        "保洁绿化日志",
    ]
    gate, repairs = report.section(GateFigures), report.section(RepairFigures)
    patrol, complaints = report.section(PatrolFigures), report.section(ComplaintFigures)
    totals = gate.totals
    # (the patrol's days and their month total)
    inspections = report.section(InspectionFigures)
    assert written[:4] == [10, len(gate.days) + 1, len(patrol.days) + 1, len(complaints.pareto)]
    assert written[4:6] == [len(sheets["巡检合格率"]) - 1, len(sheets["下月到期设备"]) - 1]
    # (the work plan's seven figure sheets, then the records)
    assert written[13:16] == [totals.events, repairs.opened, patrol.rounds + patrol.abandoned]
    # The month's complaints (voided ones too, marked) and inquiries, a row each.
    assert written[16] == len(sheets["投诉记录"]) - 1 >= complaints.received > 0
    assert written[17] == len(sheets["咨询登记"]) - 1 > 0
    # The month's inspections (re-inspections too) and the notices issued in it.
    made = sum(rate.inspections for rate in inspections.rates)
    assert written[18] == len(sheets["巡检记录"]) - 1 >= made > 0
    assert written[19] == len(sheets["整改通知"]) - 1
    # Each sheet's rows as written (a header row each).
    assert all(written[i] == len(rows) - 1 for i, rows in enumerate(sheets.values()) if i >= 13)

    summary = sheets["目标汇总"]
    assert len(summary) == 11
    by_name = {row[0]: row for row in summary[1:]}
    for target in report.targets:
        row = by_name[text(target.label_key, "zh_CN")]
        assert row[3] == (None if target.actual is None else float(target.actual))
        assert row[5] == text(f"outcome.{target.outcome.value}", "zh_CN")

    daily = sheets["门岗每日统计"]
    days = daily[1:-1]
    assert [row[0] for row in days] == [
        datetime.combine(d.day, datetime.min.time()) for d in gate.days
    ]
    assert sum(int(row[1]) for row in days) == totals.resident_entries  # type: ignore[arg-type]
    assert daily[-1][0] == "本月合计"
    assert daily[-1][1] == totals.resident_entries
    assert Decimal(str(daily[-1][6])) == Decimal(totals.fees_fen) / 100

    journal = sheets["门岗日志"]
    assert len(journal) - 1 == totals.events
    assert all(isinstance(row[0], datetime) for row in journal[1:])
    fee_column = journal[0].index("收费（元）")
    fees = sum(Decimal(str(row[fee_column])) for row in journal[1:] if row[fee_column])
    assert fees == Decimal(totals.fees_fen) / 100
    assert "姓名" not in journal[0]  # the committee's copy carries no visitor names

    tickets = sheets["报修工单"]
    assert len(tickets) - 1 == repairs.opened
    description = tickets[0].index("描述")
    hostile = [row for row in tickets[1:] if row[0] == f"WX{MONTH.first:%Y%m}-9999"]
    assert hostile[0][description] == "'" + HOSTILE  # text, not a formula

    wb = openpyxl.load_workbook(path)
    try:
        for ws in wb.worksheets:
            assert ws.freeze_panes == "A2"
            assert str(ws.auto_filter.ref).startswith("A1:")
    finally:
        wb.close()


def test_the_committee_gets_the_figures_not_the_journal(estate: Services, tmp_path: Path) -> None:
    path = tmp_path / "committee.xlsx"
    estate.monthly_report.write_workbook(COMMITTEE, MonthlyFile(MONTH, "en", path))
    assert list(_rows(path)) == [
        "Targets",
        "Gate by day",
        "Patrols by day",
        "Complaints by category",
        "Inspection pass rates",
        "Equipment due next month",
        "Incidents by kind",
        "Drill plan",
        "Events by month",
        "Satisfaction surveys",
        "Assessment scores",
        "Work-log completion",
        "Reasons not done",
    ]


def test_nothing_is_left_in_the_folder_of_a_pdf(estate: Services, tmp_path: Path) -> None:
    estate.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, "en", tmp_path / "r.pdf"))
    assert sorted(os.listdir(tmp_path)) == ["r.pdf"]
