"""The inspections' section of the monthly report: its figures read from an estate in
the report's session (pass rates per kind without voided inspections and
re-inspections, the failed items with their notice in the state it was in at the
period's end, or their ticket; the notices issued, closed, open and overdue; the
equipment due the month after and the count already past), its story in every
language with the pass-rate chart, the PDF says so, the workbook's two sheets of
figures, and a month without inspections says so."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import InspectionKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.results import Answer
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.blocks import StoryContext
from propdesk.reports.monthly.document import monthly_pdf
from propdesk.reports.monthly.inspections_section import InspectionFigures
from propdesk.reports.monthly.labels import month_title, text
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.styles import styles
from propdesk.reports.xlsx_export import export_tables
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.core.on_first_use import made
from propdesk.services.inspections.equipment_inputs import EquipmentInput
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.module_parts import INSPECTIONS, RECTIFICATIONS, REPORT
from propdesk.services.inspections.rectifications import NoticeInput
from propdesk.services.inspections.report_figures import inspection_figures
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.services.repairs.service import RepairServices
from propdesk.store.base import utcnow
from tests.unit.test_inspection_service import CLERK, MANAGER, TECH

LANGS = ("zh_CN", "zh_TW", "en")
S = RectificationState


def answers(info: TemplateInfo) -> dict[str, Answer]:
    """Every number item read inside its limits; text items written."""
    found: dict[str, Answer] = {}
    for item in info.template.items:
        if item.kind.value == "number":
            assert item.low is not None or item.high is not None
            low = item.low if item.low is not None else item.high - 1  # type: ignore[operator]
            high = item.high if item.high is not None else low + 1
            found[item.key] = Answer(value=(low + high) / 2)
        elif item.kind.value == "text":
            found[item.key] = Answer(text="正常")
    return found


def next_month(day: date) -> Period:
    first = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return Period.month(first.year, first.month)


class Month:
    """The last 30 days of an estate, at times set a few hours back:

    - a fire inspection (3h ago) failing item A; its notice issued 2h50m ago, the fix
      reported 2h ago, a passing re-inspection by the manager 1h ago closes it;
    - a fire inspection (2h30m ago) failing item A; a repair ticket opened from it;
    - a fire inspection (2h20m ago) failing item A; its notice issued 2h10m ago with a
      deadline 1h ago: open and overdue;
    - a fire inspection failing, voided; a cleaning inspection, all passing;
    - equipment: one item's expiry and one's yearly service next month, one expired
      yesterday, one due in two months, one due next month but voided.
    """

    def __init__(self, services: Services, voider: Actor = MANAGER) -> None:
        self.services = services
        desk = services.module(RepairServices).desk
        self.doors = doors = InspectionServices.build(
            ModuleContext(services.store, lambda: "工程部", {RepairDesk: desk})
        )
        doors.templates.seed_defaults(MANAGER, "zh_CN")
        by_kind = {t.kind: t for t in doors.templates.templates(MANAGER)}
        fire, cleaning = by_kind[InspectionKind.FIRE_EQUIPMENT], by_kind[InspectionKind.CLEANING]
        self.fire = fire
        self.key = next(i.key for i in fire.template.items if i.kind.value == "check")
        self.area = fire.template.areas[0]
        self.now = now = utcnow()
        self.at = at = {m: now - timedelta(minutes=m) for m in (180, 170, 150, 140, 130, 120, 60)}

        def failing(minutes: int, note: str) -> object:
            given = {**answers(fire), self.key: Answer(ItemResult.FAIL, note=note)}
            return doors.inspections.record(
                TECH,
                InspectionInput(fire.id, self.area, given, all_pass=True, inspected_at=at[minutes]),
            )

        self.closed_one = failing(180, "喷嘴堵塞")
        self.closed_notice = doors.rectifications.issue(
            TECH,
            NoticeInput(
                self.closed_one.id,  # type: ignore[attr-defined]
                self.key,
                "engineering",
                "更换喷嘴",
                now + timedelta(days=3),
                issued_at=at[170],
            ),
        )
        doors.rectifications.report_fixed(TECH, self.closed_notice.id, "已更换", at=at[120])
        self.reinspection = doors.inspections.record(
            MANAGER,
            InspectionInput(
                fire.id,
                self.area,
                {self.key: Answer(ItemResult.PASS)},
                inspected_at=at[60],
                rectification_id=self.closed_notice.id,
            ),
        )
        self.ticketed = failing(150, "压力不足")
        self.ticket = doors.inspections.open_ticket(
            TECH,
            self.ticketed.id,  # type: ignore[attr-defined]
            self.key,
            RepairCategory.OTHER,
        )
        self.open_one = failing(140, "箱门损坏")
        self.open_notice = doors.rectifications.issue(
            CLERK,
            NoticeInput(
                self.open_one.id,  # type: ignore[attr-defined]
                self.key,
                "engineering",
                "修复箱门",
                at[60],
                issued_at=at[130],
            ),
        )
        voided = failing(140, "录错")
        doors.inspections.void(voider, voided.id, "重复录入")  # type: ignore[attr-defined]
        self.cleaned = doors.inspections.record(
            CLERK,
            InspectionInput(
                cleaning.id,
                cleaning.template.areas[0],
                answers(cleaning),
                all_pass=True,
                inspected_at=at[140],
            ),
        )
        today = now.astimezone().date()
        self.period = Period(today - timedelta(days=29), today)
        self.next = following = next_month(today)
        equipment = doors.equipment

        def item(code: str, **fields: object) -> None:
            equipment.create(
                MANAGER,
                EquipmentInput(code, EquipmentKind.EXTINGUISHER, "4 kg 干粉灭火器", **fields),  # type: ignore[arg-type]
                today,
            )

        item("MHQ-2", place="3栋 大堂", expires_on=following.first + timedelta(days=9))
        item(
            "MHQ-1",
            place="地下车库 B1",
            last_serviced_on=(following.first + timedelta(days=4)).replace(
                year=following.first.year - 1
            ),
            service_interval_months=12,
        )
        item("MHQ-0", place="会所", expires_on=today - timedelta(days=1))
        item("MHQ-9", place="东门", expires_on=following.last + timedelta(days=5))
        item("MHQ-8", place="西门", expires_on=following.first)
        gone = equipment.page(MANAGER, today=today).rows
        (voided_item,) = [e for e in gone if e.code == "MHQ-8"]
        equipment.void(MANAGER, voided_item.id, "已拆除")
        with services.store.read() as session:
            self.figures = inspection_figures(session, self.period, now)

    def at_moment(self, moment: datetime) -> InspectionFigures:
        with self.services.store.read() as session:
            return inspection_figures(session, self.period, moment)


@pytest.fixture
def month(ready_services: Services, beijing_time: None) -> Month:
    del beijing_time
    return Month(ready_services)


def test_the_section_s_figures(month: Month) -> None:
    f = month.figures
    judged = month.closed_one.row.items_judged  # type: ignore[attr-defined]
    cleaned = month.cleaned.row.items_judged
    assert [(r.kind, r.inspections, r.failed_inspections) for r in f.rates] == [
        (InspectionKind.FIRE_EQUIPMENT, 3, 3),
        (InspectionKind.CLEANING, 1, 0),
    ]
    assert [(r.items_passed, r.items_judged) for r in f.rates] == [
        (3 * (judged - 1), 3 * judged),
        (cleaned, cleaned),
    ]
    assert (f.inspections, f.failed_inspections, f.reinspections) == (4, 3, 1)
    assert f.failed_total == 3 == f.items[1] - f.items[0]
    assert [(i.inspection, i.notice, i.notice_state, i.ticket) for i in f.failed_items] == [
        (month.closed_one.number, month.closed_notice.number, S.CLOSED, ""),  # type: ignore[attr-defined]
        (month.ticketed.number, "", None, month.ticket.number),  # type: ignore[attr-defined]
        (month.open_one.number, month.open_notice.number, S.OPEN, ""),  # type: ignore[attr-defined]
    ]
    first = f.failed_items[0]
    assert (first.area, first.note, first.checklist) == (month.area, "喷嘴堵塞", month.fire.name)
    assert first.inspected_at == month.at[180]
    assert (f.notices_issued, f.notices_closed, f.notices_live, f.notices_overdue) == (2, 1, 1, 1)
    assert f.as_of == month.now  # the running month: as of now
    assert f.next_month == month.next
    assert [(e.code, e.expiry, e.place) for e in f.due_items] == [
        ("MHQ-1", False, "地下车库 B1"),
        ("MHQ-2", True, "3栋 大堂"),
    ]
    assert [e.due_on - month.next.first for e in f.due_items] == [
        timedelta(days=4),
        timedelta(days=9),
    ]
    assert (f.due_total, f.expired) == (2, 1)


def test_notices_read_as_they_stood_at_an_earlier_moment(month: Month) -> None:
    """Printed for a moment before the fix, the closed notice was open; before the
    re-inspection, fixed; before it was issued, not there at all."""

    def states(moment: datetime) -> list[S | None]:
        return [i.notice_state for i in month.at_moment(moment).failed_items]

    at = month.at
    assert states(at[120] + timedelta(minutes=1)) == [S.FIXED, None, S.OPEN]
    assert states(at[120] - timedelta(minutes=1)) == [S.OPEN, None, S.OPEN]
    assert states(at[170] - timedelta(minutes=1)) == [None, None, None]
    earlier = month.at_moment(at[120] - timedelta(minutes=1))
    # Both issued and live then; neither past its deadline yet.
    assert (earlier.notices_live, earlier.notices_overdue, earlier.notices_closed) == (2, 0, 1)


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
def test_the_story_in_each_language(month: Month, lang: str) -> None:
    flow = month.figures.story(StoryContext(lang, styles(lang), ()))
    found = texts(flow)
    joined = "\n".join(found)
    for key in (
        "section.inspections",
        "inspections.made",
        "inspections.pass_rate",
        "chart.pass_rates",
        "inspections.failed_items",
        "inspection_kind.fire_equipment",
        "inspection_kind.cleaning",
        "rectification_state.closed",
        "rectification_state.open",
        "equipment_kind.extinguisher",
        "due.expiry",
        "due.service",
    ):
        assert text(key, lang) in joined, key
    month_name = month_title(month.next.first.year, month.next.first.month, lang)
    assert text("inspections.equipment_due", lang, month=month_name) in found
    assert text("inspections.expired", lang, count="1") in found
    for number in (month.open_notice.number, month.ticket.number, "MHQ-1", "地下车库 B1"):
        assert number in found
    assert "100.0%" in joined.replace(" ", "")  # the cleaning: every item passed
    (chart,) = drawings(flow)
    plot = next(c for c in chart.contents if isinstance(c, HorizontalBarChart))
    fire = month.figures.rates[0]
    # Drawn bottom-up: the cleaning's bar first, the fire equipment's on top.
    assert plot.data[0][0] == 100.0
    assert plot.data[0][1] == pytest.approx(
        float(int(1000 * fire.items_passed / fire.items_judged) / 10)
    )
    assert plot.categoryAxis.categoryNames == [
        text("inspection_kind.cleaning", lang),
        text("inspection_kind.fire_equipment", lang),
    ]


def test_a_month_without_inspections_says_so(services: Services) -> None:
    with services.store.read() as session:
        quiet = inspection_figures(session, Period.month(2020, 1), utcnow())
    assert (quiet.rates, quiet.failed_items, quiet.due_items) == ((), (), ())
    assert quiet.as_of.astimezone().date() == date(2020, 2, 1)  # the period's end
    assert quiet.next_month == Period.month(2020, 2)
    found = texts(quiet.story(StoryContext("zh_CN", styles("zh_CN"), ())))
    assert text("inspections.none", "zh_CN") in found
    assert text("inspections.no_failed", "zh_CN") in found
    assert text("inspections.none_expired", "zh_CN") in found
    assert text("inspections.no_equipment_due", "zh_CN", month="2020年2月") in found
    assert drawings(quiet.story(StoryContext("en", styles("en"), ()))) == []


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return re.sub(r"\s+", "", done.stdout)


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_says_what_the_section_holds(month: Month, lang: str, tmp_path: Path) -> None:
    report = MonthlyReport(
        "翠湖花园", month.period, "陈经理", month.now, "ab12cd34", (), (month.figures,)
    )
    path = tmp_path / "report.pdf"
    path.write_bytes(monthly_pdf(report, lang))
    flat = pdf_text(path)
    for expected in (
        text("section.inspections", lang),
        text("chart.pass_rates", lang),
        text("inspections.failed_items", lang),
        text("inspection_kind.fire_equipment", lang),
        month.open_notice.number,
        month.ticket.number,
        "MHQ-2",
        "3栋大堂",
    ):
        assert re.sub(r"\s+", "", expected) in flat, expected


def test_the_workbook_s_sheets_of_figures(month: Month, tmp_path: Path) -> None:
    export_tables(tmp_path / "f.xlsx", month.figures.sheets("zh_CN"))
    wb = openpyxl.load_workbook(tmp_path / "f.xlsx", read_only=True)
    try:
        assert wb.sheetnames == ["巡检合格率", "下月到期设备"]
        rates, due = ([*ws.iter_rows(values_only=True)] for ws in wb.worksheets)
    finally:
        wb.close()
    fire, cleaning = month.figures.rates
    assert rates[0] == ("巡检类别", "巡检次数", "不合格次数", "检查项目", "合格项目", "合格率（%）")
    assert rates[1][:5] == ("消防设施", 3, 3, fire.items_judged, fire.items_passed)
    assert float(rates[1][5]) == int(1000 * fire.items_passed / fire.items_judged) / 10  # type: ignore[arg-type]
    assert rates[2] == ("保洁", 1, 0, cleaning.items_judged, cleaning.items_judged, 100)
    assert due[0] == ("设备编号", "设备类别", "设备名称", "位置", "到期日", "到期事项")
    assert [(row[0], row[1], row[3], row[5]) for row in due[1:]] == [
        ("MHQ-1", "灭火器", "地下车库 B1", "保养"),
        ("MHQ-2", "灭火器", "3栋 大堂", "有效期届满"),
    ]
    assert due[2][4].date() == month.next.first + timedelta(days=9)  # type: ignore[union-attr]


def test_the_part_s_sheets_of_records_and_section() -> None:
    assert REPORT.record_kinds == (INSPECTIONS, RECTIFICATIONS)
    assert made(REPORT.collect) is inspection_figures  # imported on first use


def test_the_section_is_found_by_its_type(month: Month) -> None:
    report = MonthlyReport("翠湖花园", month.period, "", month.now, "", (), (month.figures,))
    assert report.section(InspectionFigures) is month.figures
