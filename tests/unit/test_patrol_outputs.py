"""What the patrol module gives the rest of the console: the label sheet and the day
log as PDF, `propdesk export patrol`, quick search, the dashboard box and the
"patrols on schedule" target."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.service_targets import Outcome, Period, TargetKey
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.reports.monthly.patrol_section import PatrolFigures
from propdesk.services.bootstrap import Services
from propdesk.services.master_data.units import UnitInput
from propdesk.services.patrol.inputs import FindingInput
from propdesk.services.patrol.views import DayGridView, OpenFindings
from propdesk.services.reporting.monthly_report import MonthlyFile
from tests.unit.test_patrol_service import (
    ADMIN,
    GUARD,
    MANAGER,
    TECH,
    Estate,
    local,
)


@pytest.fixture
def walked(ready_services: Services, beijing_time: None) -> Estate:
    """Yesterday: the 10:00 slot on time (one issue found), 11:00 late, the rest missed."""
    del beijing_time
    estate = Estate(ready_services)
    rounds, day = estate.patrol.rounds, estate.yesterday
    first = rounds.start(GUARD, estate.east.id, estate.guard.id, at=local(day, 10, 2))
    for minute, code in ((4, "E-1"), (8, "E-2"), (12, "E-3")):
        rounds.scan(GUARD, code, first.id, at=local(day, 10, minute))
    estate.patrol.findings.record(
        GUARD,
        first.id,
        estate.east.checkpoints[1].id,
        FindingInput(FindingCategory.FIRE_EQUIPMENT, "消防通道堆放杂物", "已通知住户清理"),
        at=local(day, 10, 9),
    )
    rounds.finish(GUARD, first.id)
    second = rounds.start(GUARD, estate.west.id, estate.guard.id, at=local(day, 11, 20))
    rounds.scan(GUARD, "W-1", second.id, at=local(day, 11, 24))
    rounds.finish(GUARD, second.id)
    return estate


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_label_sheet_of_a_route(walked: Estate, tmp_path: Path) -> None:
    target = tmp_path / "labels.pdf"
    pages = walked.patrol.prints.label_sheet(GUARD, "zh_CN", target, route_id=walked.east.id)
    assert pages == 1
    text = pdf_text(target)
    for checkpoint in walked.east.checkpoints:
        assert checkpoint.code in text
        assert checkpoint.name in text
    assert "西门" not in text
    with pytest.raises(ValidationError):
        walked.patrol.prints.label_sheet(GUARD, "zh_CN", tmp_path / "none.pdf")


def test_the_day_log(walked: Estate, tmp_path: Path) -> None:
    target = tmp_path / "log.pdf"
    pages = walked.patrol.prints.day_log(MANAGER, walked.yesterday, "zh_CN", target)
    assert pages >= 1
    text = pdf_text(target)
    assert "巡逻日志" in text
    assert "翠湖花园" in text
    assert "消防通道堆放杂物" in text
    assert "张保安" in text
    with pytest.raises(PermissionDeniedError):
        walked.patrol.prints.day_log(TECH, walked.yesterday, "zh_CN", target)


def test_export_patrol(walked: Estate, tmp_path: Path) -> None:
    target = tmp_path / "patrol.xlsx"
    day = walked.yesterday
    walked.services.units.save(ADMIN, UnitInput("3", "2", "1502"))  # an estate with homes
    rows = walked.services.record_exports.export(ADMIN, "patrol", day, day, target, "zh_CN")
    assert rows == 2
    wb = openpyxl.load_workbook(target, read_only=True)
    values = [list(row) for row in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()  # a read-only workbook holds its file open until closed
    header = values[0]
    assert "路线" in header
    assert "考核" in header
    verdicts = {row[header.index("路线")]: row[header.index("考核")] for row in values[1:]}
    assert verdicts == {"东区夜巡": "准时", "西区巡逻": "迟到"}


def test_quick_search_finds_rounds_and_checkpoints(walked: Estate) -> None:
    search = walked.services.search
    (round_number,) = [
        cell.number
        for row in walked.patrol.compliance.day_grid(GUARD, walked.yesterday).rows
        for cells in row.cells
        for cell in cells
        if cell.route_id == walked.east.id
    ]
    groups = {g.kind: g for g in search.search(GUARD, round_number)}
    assert [h.title for h in groups["patrol_round"].hits] == [round_number]
    groups = {g.kind: g for g in search.search(GUARD, "w-2")}
    assert [h.title for h in groups["patrol_checkpoint"].hits] == ["W-2"]


def test_the_dashboard_box(walked: Estate) -> None:
    now = local(walked.yesterday, 12, 45)
    dashboard = walked.services.dashboard.snapshot(MANAGER, now)
    (group,) = [g for g in dashboard.groups if g.key == "patrol"]
    figures = {f.name: f for f in group.figures}
    assert figures["next_patrol"].values["time"] == "13:00"
    assert figures["next_patrol"].values["route"] in {"东区夜巡", "西区巡逻"}
    # 06:00 … 12:00: seven slots decided by 12:45, two of them answered.
    assert figures["missed_rounds"].values["n"] == "5"
    assert figures["missed_rounds"].emphasis
    assert figures["open_findings"].values["n"] == "1"
    assert isinstance(figures["open_findings"].view.view, OpenFindings)  # type: ignore[union-attr]
    assert figures["missed_rounds"].view.view == DayGridView(walked.yesterday)  # type: ignore[union-attr]


def test_the_patrol_target(walked: Estate) -> None:
    day = walked.yesterday
    (result,) = [
        r
        for r in walked.services.targets.evaluate(
            MANAGER, Period(day, day), local(day + timedelta(days=1), 12)
        )
        if r.key is TargetKey.PATROLS
    ]
    # The night opened that day runs into the next morning: judged as of the next noon.
    assert result.detail("done") == 1
    assert result.detail("scheduled") == 32
    assert result.detail("missed") == 31
    assert result.outcome is Outcome.NOT_MET
    before = walked.services.targets.evaluate(
        MANAGER, Period(day - timedelta(days=3), day - timedelta(days=2)), local(day, 23, 59)
    )
    (empty,) = [r for r in before if r.key is TargetKey.PATROLS]
    assert empty.outcome is Outcome.NO_DATA


def test_the_monthly_report_has_the_patrol_section(walked: Estate, tmp_path: Path) -> None:
    walked.services.units.save(ADMIN, UnitInput("3", "2", "1502"))  # an estate with homes
    day = walked.yesterday
    month = Period.month(day.year, day.month)
    now = local(day + timedelta(days=1), 12)
    report = walked.services.monthly_report.data(MANAGER, month, now)
    section = report.section(PatrolFigures)
    assert section.on_time == 1
    assert section.late == 1
    assert section.rounds == 2
    assert section.findings_total == 1
    assert section.findings_open == 1
    assert section.missed_slots_total == section.late + section.missed
    one_day = walked.services.monthly_report.data(MANAGER, Period(day, day), now)
    late = [s for s in one_day.section(PatrolFigures).missed_slots if s.verdict is Verdict.LATE]
    assert [(s.route, s.guard) for s in late] == [("西区巡逻", "张保安")]
    pdf = tmp_path / "month.pdf"
    walked.services.monthly_report.write_pdf(MANAGER, MonthlyFile(month, "zh_CN", pdf, now=now))
    text = pdf_text(pdf)
    assert "巡逻" in text
    assert "消防通道堆放杂物" in text
    book = tmp_path / "month.xlsx"
    walked.services.monthly_report.write_workbook(
        MANAGER, MonthlyFile(month, "zh_CN", book, now=now)
    )
    titles = openpyxl.load_workbook(book, read_only=True).sheetnames
    assert "巡逻记录" in titles
