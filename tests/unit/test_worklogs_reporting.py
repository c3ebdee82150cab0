"""The work logs in the rest of the console: the month's figures for the monthly report
(completion per trade and area, the reasons for not done) and its workbook sheets,
`propdesk export worklogs` read back from the .xlsx (voided entries kept and marked,
headers in the sheet's language, the EXPORT right), quick search by area, task or
person, the dashboard's box, the module's declaration, and the week's work sheet PDF
read back as text."""

from __future__ import annotations

import subprocess
from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from propdesk.domain.service_targets import Period
from propdesk.domain.worklogs.kinds import Trade
from propdesk.errors import PermissionDeniedError
from propdesk.reports.monthly.worklogs_section import WorklogFigures
from propdesk.reports.xlsx_export import export_tables
from propdesk.services.bootstrap import Services
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.worklogs import module as worklogs_module
from propdesk.services.worklogs.dashboard import worklogs_today
from propdesk.services.worklogs.inputs import EntryInput
from propdesk.services.worklogs.module_parts import ENTRIES, REPORT
from propdesk.services.worklogs.report_figures import worklog_figures
from propdesk.services.worklogs.search import count_entries, search_entries
from propdesk.services.worklogs.sheets import entry_sheet
from tests.unit.test_worklogs_services import (
    CLERK,
    COMMITTEE,
    GUARD,
    MANAGER,
    NOW,
    TODAY,
    Office,
    add,
    make_office,
)

NOVEMBER = Period.month(2026, 11)


@pytest.fixture
def office(ready_services: Services, beijing_time: None) -> Office:
    del beijing_time
    return make_office(ready_services)


def logged_month(office: Office) -> None:
    """Nov 15–25: sweeping every day but one not done and one missing; watering done."""
    sweep = add(office)  # added on Nov 15
    water = add(office, area="中心花园", name="浇水", trade=Trade.GREENING)
    entries = office.doors.entries
    for n in range(11):
        day = date(2026, 11, 15) + timedelta(days=n)
        if n != 3:
            done = n != 5
            entries.log(
                CLERK, EntryInput(sweep, day, done, office.cleaner, time(7), "人员请假"), now=NOW
            )
        entries.log(CLERK, EntryInput(water, day, True, office.gardener, time(8)), now=NOW)
    wrong = entries.rows(MANAGER, office_filter(day=date(2026, 11, 20))).rows[0]
    entries.void(MANAGER, wrong.id, "录错")


def office_filter(day: date):  # type: ignore[no-untyped-def]
    from propdesk.services.worklogs.views import EntryFilter

    return EntryFilter(day, day, Trade.GREENING)


def test_the_months_figures(office: Office) -> None:
    logged_month(office)
    with office.services.store.read() as session:
        figures = worklog_figures(session, NOVEMBER, NOW)
    assert isinstance(figures, WorklogFigures)
    assert figures.entries == 10 + 11 - 1  # the voided one left out
    by_area = {(line.trade, line.area): line.completion for line in figures.areas}
    sweeping = by_area[(Trade.CLEANING, "1–4栋")]
    # Nov 15 (added) to 30: 16 planned days; 10 logged, 1 not done, 1 + the days
    # from the 26th on still to come.
    assert (sweeping.planned, sweeping.done, sweeping.not_done) == (16, 9, 1)
    assert sweeping.missing == 1
    watering = by_area[(Trade.GREENING, "中心花园")]
    assert (watering.done, watering.missing) == (10, 1)  # the voided day is missing now
    assert [(r.reason, r.count) for r in figures.reasons] == [("人员请假", 1)]
    assert [line.trade for line in figures.trades] == [Trade.CLEANING, Trade.GREENING]
    sheets = figures.sheets("zh_CN")
    assert [s.title for s in sheets] == ["保洁绿化完成率", "未完成原因"]
    rows = list(sheets[0].rows)
    assert rows[0][:2] == ["保洁", "1–4栋"]
    assert str(rows[0][-1]) == "81.8"
    assert rows[-1][:2] == ["绿化", "合计"]
    assert REPORT.counted is not None
    assert REPORT.counted(figures) == figures.entries


def test_the_export_of_a_period(office: Office, tmp_path: Path) -> None:
    logged_month(office)
    request = SheetRequest(
        office.services.store, MANAGER, NOVEMBER.first, NOVEMBER.last, "zh_CN", personal=True
    )
    sheet = entry_sheet(None, request)
    assert sheet.total == 21
    path = tmp_path / "worklogs.xlsx"
    export_tables(path, [sheet])
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [r for r in book.worksheets[0].iter_rows(values_only=True) if any(r)]
    finally:
        book.close()
    header = next(r for r in rows if r and r[0] == "日期")
    assert header[:6] == ("日期", "时间", "工种", "区域", "工作内容", "执行人")
    body = rows[rows.index(header) + 1 :]
    body = [r for r in body if isinstance(r[0], type(body[0][0])) and r[2] in ("保洁", "绿化")]
    assert len(body) == 21
    assert sum(1 for r in body if r[6] == "未完成") == 1
    voided = [r for r in body if r[-1]]
    assert len(voided) == 1
    assert "录错" in voided[0][-1]
    with pytest.raises(PermissionDeniedError):
        entry_sheet(
            None, SheetRequest(office.services.store, GUARD, TODAY, TODAY, "en", personal=True)
        )
    english = entry_sheet(
        None, SheetRequest(office.services.store, CLERK, TODAY, TODAY, "en", personal=False)
    )
    with pytest.raises(PermissionDeniedError):  # the committee reads the logs, exports none
        entry_sheet(
            None, SheetRequest(office.services.store, COMMITTEE, TODAY, TODAY, "en", personal=False)
        )
    assert [c.header for c in english.columns][:3] == ["Day", "Time", "Trade"]
    assert ENTRIES.name == "worklogs"
    assert ENTRIES.dated


def test_quick_search_finds_entries_by_area_task_or_person(office: Office) -> None:
    logged_month(office)
    with office.services.store.read() as session:
        by_person = search_entries(session, SearchQuery.parse("孙绿化"), 5)
        assert len(by_person) == 5
        assert all("孙绿化" in h.subtitle for h in by_person)
        assert count_entries(session, SearchQuery.parse("孙绿化"), 1000) == 10  # voided left out
        assert count_entries(session, SearchQuery.parse("楼道清扫"), 1000) == 10
        assert search_entries(session, SearchQuery.parse("1"), 5) == []  # digits: a phone's
        hit = search_entries(session, SearchQuery.parse("中心花园"), 1)[0]
        assert hit.title == "中心花园 · 浇水"
        assert hit.open_kind == "worklog_entry"


def test_the_dashboard_box(office: Office) -> None:
    sweep = add(office)
    add(office, area="中心花园", name="浇水", trade=Trade.GREENING)
    office.doors.entries.log(
        CLERK, EntryInput(sweep, TODAY, False, office.cleaner, None, "下雨"), now=NOW
    )
    group = worklogs_today(worklogs_module.TAB)(None, office.services.store, MANAGER, NOW)
    assert group is not None
    figures = {f.name: f for f in group.figures}
    assert figures["worklogs_done"].values == {"done": "0", "planned": "2"}
    assert "worklogs_not_done" not in figures  # today's list says so; the line is short
    # Mon and Tue of this week have passed with nothing logged: both tasks, both days.
    assert figures["worklogs_missing"].values["n"] == "4"


def test_the_module_declares_its_parts() -> None:
    spec = worklogs_module.MODULE
    assert spec.key == "worklogs"
    assert spec.tabs[0].object_name == "worklogs_tab"
    assert [k.name for k in spec.exports] == ["worklogs"]
    assert spec.numbering == ()
    assert dict(spec.targets) == {}
    assert [s.kind for s in spec.search] == ["worklog_entry"]
    assert spec.report is REPORT
    assert REPORT.records is ENTRIES


def test_the_week_sheet_prints_every_task_and_the_signatures(
    office: Office, tmp_path: Path
) -> None:
    from propdesk.reports.monthly.worklogs_values import WorklogAreaLine
    from propdesk.reports.worklogs.week_sheet import WeekLine, week_sheet_pdf

    logged_month(office)
    week = office.doors.entries.week(MANAGER, TODAY, now=NOW)
    lines = [
        WeekLine(r.trade, r.area, r.task_name, r.schedule, r.cells, r.notes) for r in week.rows
    ]
    areas = [WorklogAreaLine(a.trade, a.area, a.completion) for a in week.areas]
    path = tmp_path / "week.pdf"
    with path.open("wb") as file:
        pages = week_sheet_pdf("翠湖花园", week.monday, lines, areas, NOW, "zh_CN", file)
    assert pages == 1
    words = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "保洁绿化周工作表",
        "翠湖花园物业服务中心",
        "楼道清扫",
        "浇水",
        "保洁主管",
        "本周完成率",
    ):
        assert expected in words
