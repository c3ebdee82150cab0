"""The complaints' and inquiries' sheets of records, written to .xlsx and read back with
openpyxl: the export (names and phones) and the workbook's (without them); an
anonymous complaint never has a name or phone in any sheet; a voided complaint is
kept, marked; an inquiry that became a complaint names it; codes in the sheet's
language; text that would start a formula stays text. And the module adds both
sheets to the monthly workbook (ReportPart.record_kinds)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from propdesk.domain.complaints.workflow import ComplaintStep, StepRequest
from propdesk.reports.xlsx_export import export_tables
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.complaint_sheet import complaint_sheet
from propdesk.services.complaints.inputs import ComplaintInput, InquiryInput
from propdesk.services.complaints.inquiry_sheet import inquiry_sheet
from propdesk.services.complaints.module import COMPLAINTS, INQUIRIES, MODULE
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import SheetRequest
from propdesk.store.base import utcnow
from tests.unit.test_complaints_service import ADMIN, CLERK, COMMITTEE, MANAGER, Estate

T = ComplaintStep


class Logged:
    def __init__(self, services: Services) -> None:
        self.estate = estate = Estate(services)
        complaints = estate.complaints
        self.named = complaints.take(CLERK, estate.noise(description="=HYPERLINK(1)"))
        estate.assign(self.named.id)
        self.anonymous = complaints.take(
            CLERK, estate.noise(anonymous=True, complainant_name="", complainant_phone="")
        )
        self.voided = complaints.take(CLERK, estate.noise())
        complaints.step(MANAGER, self.voided.id, StepRequest(T.VOID, reason="重复登记"))
        inquiries = estate.module.inquiries
        self.asked = inquiries.log(
            CLERK,
            InquiryInput(
                "物业费怎么交", answer="微信缴费", asker_name="李四", asker_phone="13998765432"
            ),
        )
        promised = inquiries.log(
            CLERK, InquiryInput("楼上漏水", promised_by=utcnow() + timedelta(hours=2))
        )
        _view, became = inquiries.to_complaint(
            CLERK,
            promised.id,
            ComplaintInput(
                channel=self.named.channel,
                category=self.named.category,
                description="楼上漏水",
                anonymous=True,
                unit_code="3-2-1502",
            ),
        )
        self.became = complaints.detail(CLERK, became)
        self.promised = promised
        self.services = services


@pytest.fixture
def logged(services: Services) -> Logged:
    return Logged(services)


def request(services: Services, actor: Actor, *, personal: bool, lang: str) -> SheetRequest:
    today = utcnow().astimezone().date()
    return SheetRequest(
        services.store, actor, today - timedelta(days=1), today, lang, personal=personal
    )


def written(path: Path, sheets: list[object]) -> dict[str, list[dict[str, object]]]:
    export_tables(path, sheets)  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        found = {}
        for ws in wb.worksheets:
            header, *body = list(ws.iter_rows(values_only=True))
            found[ws.title] = [dict(zip(header, row, strict=True)) for row in body]
        return found
    finally:
        wb.close()


def test_the_export_names_the_complainant_the_anonymous_one_nobody(
    logged: Logged, tmp_path: Path
) -> None:
    door = logged.estate.module
    sheet = complaint_sheet(door, request(logged.services, CLERK, personal=True, lang="zh_CN"))
    (rows,) = written(tmp_path / "c.xlsx", [sheet]).values()
    by_number = {r["投诉编号"]: r for r in rows}
    assert len(rows) == 4  # the voided one kept
    named = by_number[logged.named.number]
    assert (named["投诉人"], named["电话"], named["匿名"]) == ("张三", "13812345678", "否")
    assert named["投诉类别"] == "噪音"
    assert named["状态"] == "处理中"
    assert named["责任部门"]  # the department's name (the register's words)
    assert named["责任人"] == "赵队长"
    assert named["描述"] == "'=HYPERLINK(1)"  # neutralised: text, never a formula
    for number in (logged.anonymous.number, logged.became.number):
        anonymous = by_number[number]
        assert (anonymous["投诉人"], anonymous["电话"], anonymous["匿名"]) == (None, None, "是")
    voided = by_number[logged.voided.number]
    assert str(voided["作废"]).startswith("已作废：重复登记")
    assert by_number[logged.named.number]["作废"] is None


def test_the_workbook_s_sheets_have_no_names_or_phones(logged: Logged, tmp_path: Path) -> None:
    door = logged.estate.module
    wanted = request(logged.services, MANAGER, personal=False, lang="en")
    sheets = written(
        tmp_path / "w.xlsx", [complaint_sheet(door, wanted), inquiry_sheet(door, wanted)]
    )
    assert list(sheets) == ["Complaints", "Inquiries"]
    complaints, inquiries = sheets["Complaints"], sheets["Inquiries"]
    for rows in (complaints, inquiries):
        assert rows
        for row in rows:
            assert "Phone" not in row
            assert "Complainant" not in row
            assert "Asked by" not in row
            assert "13812345678" not in {str(v) for v in row.values()}
            assert "张三" not in {str(v) for v in row.values()}
    assert {r["Category"] for r in complaints} == {"Noise"}
    by_number = {r["Inquiry"]: r for r in inquiries}
    assert by_number[logged.asked.number]["State"] == "Answered"
    assert by_number[logged.asked.number]["Answer"] == "微信缴费"
    assert by_number[logged.promised.number]["Passed on as"] == logged.became.number
    assert by_number[logged.promised.number]["State"] == "Passed on"


def test_the_inquiry_export_has_the_asker(logged: Logged, tmp_path: Path) -> None:
    door = logged.estate.module
    sheet = inquiry_sheet(door, request(logged.services, ADMIN, personal=True, lang="zh_TW"))
    (rows,) = written(tmp_path / "i.xlsx", [sheet]).values()
    asked = next(r for r in rows if r["諮詢編號"] == logged.asked.number)
    assert (asked["諮詢人"], asked["電話"]) == ("李四", "13998765432")
    assert asked["類型"] == "諮詢"


def test_only_who_may_export_gets_the_sheets(logged: Logged) -> None:
    from propdesk.errors import PermissionDeniedError

    door = logged.estate.module
    for sheet in (complaint_sheet, inquiry_sheet):
        with pytest.raises(PermissionDeniedError):
            sheet(door, request(logged.services, COMMITTEE, personal=False, lang="en"))


def test_the_module_adds_both_sheets_to_the_workbook() -> None:
    assert MODULE.report is not None
    assert MODULE.report.record_kinds == (COMPLAINTS, INQUIRIES)
    assert [k.name for k in MODULE.exports] == ["complaints", "inquiries"]
    assert all(k.dated for k in MODULE.exports)
