"""The inspections' sheets of records, written to .xlsx and read back with openpyxl:
`propdesk export inspections` (one row per inspection, newest first, a voided one
kept and marked, a re-inspection naming its notice), `rectifications` (a notice's
state, whether it is overdue at the request's moment, who fixed and who verified it
by their names), `equipment` (the register as it is now, voided items left out, each
item's state on the request's day; an empty register is nothing to export), codes and
headers in the sheet's language, and the rights each asks for."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from propdesk.domain.inspections.equipment import ExpiryState, expiry_state
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.reports.table_columns import TableSheet
from propdesk.reports.xlsx_export import export_tables
from propdesk.services.bootstrap import Services
from propdesk.services.core.module_spec import ModuleSpec, NothingToReportError, SheetRequest
from propdesk.services.inspections.equipment_export import equipment_sheet_export
from propdesk.services.inspections.module_parts import (
    EQUIPMENT,
    EXPORTS,
    INSPECTIONS,
    RECTIFICATIONS,
)
from propdesk.services.inspections.sheets import inspection_sheet, rectification_sheet
from propdesk.services.reporting.record_exports import RecordExportService
from tests.unit.test_inspection_service import COMMITTEE, MANAGER, TECH
from tests.unit.test_inspections_report import Month


@pytest.fixture
def month(ready_services: Services, beijing_time: None) -> Month:
    """The report test's month, with accounts for the logins that fix and verify."""
    del beijing_time
    accounts = ready_services.accounts
    boss = accounts.create_first_admin("boss", "陈经理", "secret-1", "客服中心")
    admin = accounts.actor_for(boss, "客服中心")
    accounts.create_user(admin, "tech", "刘师傅", Role.TECHNICIAN, "secret-2")
    return Month(ready_services, voider=admin)  # an account: the sheet names who voided


def request(month: Month, lang: str = "zh_CN", period: Period | None = None) -> SheetRequest:
    days = period or month.period
    return SheetRequest(
        month.services.store, MANAGER, days.first, days.last, lang, personal=True, now=month.now
    )


def read_back(sheet: TableSheet, tmp_path: Path) -> list[tuple[object, ...]]:
    path = tmp_path / "sheet.xlsx"
    export_tables(path, [sheet])
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        assert wb.sheetnames == [sheet.title]
        return list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()


def local_wall(moment: datetime) -> datetime:
    """A time as the sheet holds it: the station's wall clock (to the millisecond)."""
    return moment.astimezone().replace(tzinfo=None)


def by_header(rows: list[tuple[object, ...]]) -> list[dict[str, object]]:
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def test_the_inspections_sheet(month: Month, tmp_path: Path) -> None:
    sheet = inspection_sheet(None, request(month))
    assert sheet.title == "巡检记录"
    rows = read_back(sheet, tmp_path)
    assert rows[0] == (
        "巡检单号",
        "检查时间",
        "巡检类别",
        "检查表",
        "版本",
        "检查区域",
        "检查人",
        "录入人",
        "检查结果",
        "检查项目数",
        "合格项目数",
        "复查的整改通知",
        "作废",
    )
    found = by_header(rows)
    # Newest first: the re-inspection, then the failed ones, the cleaning, the voided.
    assert len(found) == 6
    again = found[0]
    assert again["巡检单号"] == month.reinspection.number
    assert (again["复查的整改通知"], again["检查结果"], again["检查项目数"]) == (
        month.closed_notice.number,
        "合格",
        1,
    )
    assert again["录入人"] == "陈经理"  # the login "boss", by its account's name
    numbers = {row["巡检单号"]: row for row in found}
    first = numbers[month.closed_one.number]  # type: ignore[attr-defined]
    judged = month.closed_one.row.items_judged  # type: ignore[attr-defined]
    assert (first["巡检类别"], first["检查结果"], first["检查区域"]) == (
        "消防设施",
        "不合格",
        month.area,
    )
    assert (first["检查项目数"], first["合格项目数"], first["版本"]) == (judged, judged - 1, 1)
    assert (first["检查人"], first["录入人"], first["作废"]) == ("刘师傅", "刘师傅", None)
    assert abs(first["检查时间"] - local_wall(month.at[180])) < timedelta(milliseconds=1)  # type: ignore[operator]
    (voided,) = [row for row in found if row["作废"]]
    assert str(voided["作废"]).startswith("已作废：重复录入（陈经理，")
    cleaned = numbers[month.cleaned.number]
    assert (cleaned["巡检类别"], cleaned["检查结果"]) == ("保洁", "合格")


def test_the_inspections_sheet_keeps_to_its_days(month: Month, tmp_path: Path) -> None:
    earlier = Period(
        month.period.first - timedelta(days=40), month.period.first - timedelta(days=1)
    )
    assert read_back(inspection_sheet(None, request(month, period=earlier)), tmp_path)[1:] == []


def test_the_notices_sheet(month: Month, tmp_path: Path) -> None:
    rows = read_back(rectification_sheet(None, request(month)), tmp_path)
    found = by_header(rows)
    assert [row["整改通知单"] for row in found] == [
        month.open_notice.number,  # issued last
        month.closed_notice.number,
    ]
    open_one, closed = found
    assert (open_one["整改状态"], open_one["逾期"], open_one["整改报告人"]) == (
        "待整改",
        "是",
        None,
    )
    assert (open_one["责任部门"], open_one["整改要求"], open_one["检查发现"]) == (
        "工程部",
        "修复箱门",
        "箱门损坏",
    )
    assert open_one["巡检单号"] == month.open_one.number  # type: ignore[attr-defined]
    assert (closed["整改状态"], closed["逾期"]) == ("复查合格，已关闭", "否")
    assert (closed["整改报告人"], closed["整改情况"], closed["复查人"]) == (
        "刘师傅",
        "已更换",
        "陈经理",
    )
    assert closed["复查单号"] == month.reinspection.number
    verified, fixed = closed["复查合格时间"], closed["整改完成时间"]
    assert abs(verified - local_wall(month.at[60])) < timedelta(milliseconds=1)  # type: ignore[operator]
    assert abs(fixed - local_wall(month.at[120])) < timedelta(milliseconds=1)  # type: ignore[operator]
    # Overdue is judged at the request's moment: before the deadline, not yet.
    early = SheetRequest(
        month.services.store,
        MANAGER,
        month.period.first,
        month.period.last,
        "en",
        personal=True,
        now=month.at[130],
    )
    english = by_header(read_back(rectification_sheet(None, early), tmp_path))
    assert [(row["Notice state"], row["Overdue"]) for row in english] == [
        ("Open", "no"),
        ("Closed: re-inspection passed", "no"),
    ]


def test_the_equipment_register(month: Month, tmp_path: Path) -> None:
    register = SheetRequest(month.services.store, MANAGER, None, None, "zh_CN", True, now=month.now)
    sheet = equipment_sheet_export(None, register)
    assert (sheet.title, sheet.total) == ("设施设备档案", 4)
    rows = read_back(sheet, tmp_path)
    assert rows[0] == (
        "设备编号",
        "设备类别",
        "设备名称",
        "房号",
        "位置",
        "安装日期",
        "上次保养日期",
        "保养周期",
        "有效期至",
        "下次保养或到期日",
        "状态",
        "备注",
    )
    found = by_header(rows)
    assert [row["设备编号"] for row in found] == ["MHQ-0", "MHQ-1", "MHQ-2", "MHQ-9"]  # no MHQ-8
    today = month.now.astimezone().date()
    words = {
        ExpiryState.EXPIRED: "已过期",
        ExpiryState.EXPIRING: "即将到期",
        ExpiryState.VALID: "未到期",
    }
    assert [row["状态"] for row in found] == [
        words[expiry_state(row["下次保养或到期日"].date(), today)]  # type: ignore[union-attr]
        for row in found
    ]
    assert (found[0]["状态"], found[3]["状态"]) == ("已过期", "未到期")
    yearly = found[1]
    assert (yearly["设备类别"], yearly["保养周期"], yearly["位置"]) == (
        "灭火器",
        "12 个月",
        "地下车库 B1",
    )
    assert yearly["下次保养或到期日"].date() == month.next.first + timedelta(days=4)  # type: ignore[union-attr]
    expired = found[0]
    assert expired["保养周期"] is None
    assert expired["有效期至"].date() == today - timedelta(days=1)  # type: ignore[union-attr]
    # The days narrow it to the items entered in them: none were entered before today.
    before = month.period.first - timedelta(days=1)
    narrowed = SheetRequest(
        month.services.store, MANAGER, None, before, "zh_CN", True, now=month.now
    )
    assert read_back(equipment_sheet_export(None, narrowed), tmp_path)[1:] == []


def test_an_empty_register_is_nothing_to_export(ready_services: Services) -> None:
    empty = SheetRequest(ready_services.store, MANAGER, None, None, "zh_CN", True)
    with pytest.raises(NothingToReportError):
        equipment_sheet_export(None, empty)


@pytest.mark.parametrize("actor", [TECH, COMMITTEE])
def test_each_sheet_asks_for_the_export_right(ready_services: Services, actor: object) -> None:
    days = Period.month(2026, 1)
    for sheet in (inspection_sheet, rectification_sheet, equipment_sheet_export):
        denied = SheetRequest(
            ready_services.store,
            actor,
            days.first,
            days.last,
            "zh_CN",
            True,  # type: ignore[arg-type]
        )
        with pytest.raises(PermissionDeniedError):
            sheet(None, denied)


def test_the_export_kinds() -> None:
    assert [(k.name, k.dated) for k in EXPORTS] == [
        ("inspections", True),
        ("rectifications", True),
        ("equipment", False),
    ]
    assert EXPORTS == (INSPECTIONS, RECTIFICATIONS, EQUIPMENT)
    assert (INSPECTIONS.sheet, RECTIFICATIONS.sheet, EQUIPMENT.sheet) == (
        inspection_sheet,
        rectification_sheet,
        equipment_sheet_export,
    )


def test_propdesk_export_writes_each_kind(month: Month, tmp_path: Path) -> None:
    """Through the export command's service, as the registry will offer the kinds:
    the sheet of each, its page footer naming the audit chain's place."""
    spec = ModuleSpec[None](key="inspections", exports=EXPORTS)
    exports = RecordExportService(
        month.services.store, (spec,), lambda _spec: None, month.services.paths
    )
    assert exports.names == ["inspections", "rectifications", "equipment"]
    first, last = month.period.first, month.period.last
    written = {
        name: exports.export(MANAGER, name, days[0], days[1], tmp_path / f"{name}.xlsx", "zh_TW")
        for name, days in (
            ("inspections", (first, last)),
            ("rectifications", (first, last)),
            ("equipment", (None, None)),
        )
    }
    assert written == {"inspections": 6, "rectifications": 2, "equipment": 4}
    wb = openpyxl.load_workbook(tmp_path / "equipment.xlsx", read_only=True)
    try:
        assert wb.sheetnames == ["設施設備檔案"]
        header = next(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    assert header[:3] == ("設備編號", "設備類別", "設備名稱")
    with pytest.raises(ValidationError):  # a dated kind needs its days
        exports.export(MANAGER, "inspections", None, last, tmp_path / "x.xlsx", "zh_CN")
