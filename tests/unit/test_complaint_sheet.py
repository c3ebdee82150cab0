"""The complaint handling sheet (投诉处理单) as the PDF the office files: what the paper
says (read back with pdftotext), people by name, the phone masked for readers who do
not handle complaints, nothing of an anonymous complainant, a long timeline flowing
onto a second page with the signatures, the audit chain's place, who may print it."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    RootCause,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import ComplaintStep, StepRequest
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.prints import ComplaintPrintService
from propdesk.services.complaints.repair_link import RepairRequest
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import AuditHead
from tests.complaints_estate import complaint_services

T = ComplaintStep
STATION = "客服中心"
PASSWORD = "pass-123"
PHONE = "13812345678"


def pdf_text(data: bytes, tmp_path: Path, page: int | None = None) -> str:
    path = tmp_path / f"{uuid.uuid4().hex}.pdf"
    path.write_bytes(data)
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return "".join(out.split())  # pdftotext breaks lines where the sheet wraps them


def page_count(data: bytes) -> int:
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


class Office:
    def __init__(self, services: Services) -> None:
        services.estate.set_up("翠湖花园")
        first = services.accounts.create_first_admin("admin", "王经理", "secret-1", STATION)
        self.admin = services.accounts.actor_for(first, STATION)
        self.clerk = self._user(services, "clerk1", "李客服", Role.CLERK)
        self.committee = self._user(services, "yw1", "周委员", Role.COMMITTEE)
        self.guard = self._user(services, "guard1", "钱保安", Role.GUARD)
        services.units.save(self.admin, UnitInput("3", "2", "1502"))
        self.zhao = services.staff.save(self.admin, StaffInput("赵队长", "security", "班长"))
        self.services = services
        self.module = complaint_services(services)
        self.complaints = self.module.complaints
        self.prints = ComplaintPrintService(services.store, services.estate)

    def _user(self, services: Services, login: str, name: str, role: Role) -> Actor:
        info = services.accounts.create_user(self.admin, login, name, role, PASSWORD)
        return services.accounts.actor_for(info, STATION)

    def noise(self, **changes: object) -> ComplaintInput:
        data = ComplaintInput(
            channel=ComplaintChannel.PHONE,
            category=ComplaintCategory.NOISE,
            description="楼上夜间装修噪音",
            complainant_name="张三丰",
            complainant_phone=PHONE,
            unit_code="3-2-1502",
        )
        return replace(data, **changes)  # type: ignore[arg-type]

    def step(self, complaint_id: uuid.UUID, step: ComplaintStep, **data: object) -> None:
        self.complaints.step(self.clerk, complaint_id, StepRequest(step, **data))  # type: ignore[arg-type]

    def assign(self, complaint_id: uuid.UUID) -> None:
        self.step(
            complaint_id, T.ASSIGN, department_id=self.zhao.department_id, handler_id=self.zhao.id
        )


@pytest.fixture
def office(services: Services) -> Office:
    return Office(services)


def long_anonymous(office: Office) -> uuid.UUID:
    """Anonymous, three rounds of answers, a repair ticket, closed and followed up, with
    texts long enough to take the sheet onto a second page."""
    taken = office.complaints.take(
        office.clerk,
        office.noise(
            anonymous=True,
            complainant_name="",
            complainant_phone="",
            unit_code="",
            common_area="地下车库B区",
            channel=ComplaintChannel.SUGGESTION_BOX,
            category=ComplaintCategory.FACILITIES,
            severity=Severity.SERIOUS,
            description="车库照明长期损坏，夜间行人和车辆都看不清路面。" * 8,
        ),
    )
    office.assign(taken.id)
    office.module.repairs.open_ticket(
        office.clerk, taken.id, RepairRequest(RepairCategory.ELECTRICAL, description="车库灯坏")
    )
    for round_ in (1, 2, 3):
        office.step(
            taken.id,
            T.ANSWER,
            investigation=f"第{round_}次现场查看：车库B区灯具线路老化，多处灯管不亮。" * 3,
            resolution=f"第{round_}次处理：更换灯管并检查配电箱，仍需观察。" * 3,
        )
        verdict = Verdict.SATISFIED if round_ == 3 else Verdict.NOT_SATISFIED
        office.step(taken.id, T.VERDICT, verdict=verdict, note="意见箱留言回复" * 4)
    office.step(
        taken.id,
        T.CLOSE,
        root_cause=RootCause.EQUIPMENT,
        root_cause_text="灯具线路超过使用年限",
        corrective_action="车库照明纳入每月巡检，老化线路年内全部更换",
    )
    office.step(
        taken.id,
        T.FOLLOW_UP,
        visitor="clerk1",
        method=FollowUpMethod.VISIT,
        result="车库照明正常",
        rating=4,
    )
    return taken.id


def test_a_short_complaint_prints_its_facts_people_by_name_and_the_audit_mark(
    office: Office, tmp_path: Path
) -> None:
    taken = office.complaints.take(office.clerk, office.noise())
    office.assign(taken.id)
    data = office.prints.handling_sheet_pdf(office.clerk, taken.id, "zh_CN")
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path)
    for words in (
        "翠湖花园",
        "投诉处理单",
        taken.number,
        "张三丰",
        PHONE,  # a clerk handles complaints: the phone in full
        "3-2-1502",
        "噪音",
        "楼上夜间装修噪音",
        "答复期限",
        "受理",
        "派单",
        "赵队长",
        "李客服",  # the clerk's login clerk1, printed by name
        "处理人签字",
        "经理审核签字",
        "投诉人签字确认",
        "关联维修单",
        "翠湖花园物业服务中心",
    ):
        assert words in text, words
    assert "clerk1" not in text
    with office.services.store.read() as session:
        head = session.get(AuditHead, 1)
        assert head is not None
        mark = f"审计链#{head.seq}·{head.hash[:12]}"
    assert mark in text
    assert page_count(data) == 1


def test_a_reader_who_does_not_handle_complaints_sees_only_the_phones_last_digits(
    office: Office, tmp_path: Path
) -> None:
    taken = office.complaints.take(office.clerk, office.noise())
    text = pdf_text(office.prints.handling_sheet_pdf(office.committee, taken.id, "zh_CN"), tmp_path)
    assert PHONE not in text
    assert "*******5678" in text


def test_a_long_anonymous_complaint_flows_onto_a_second_page_without_naming_anyone(
    office: Office, tmp_path: Path
) -> None:
    complaint_id = long_anonymous(office)
    data = office.prints.handling_sheet_pdf(office.clerk, complaint_id, "zh_CN")
    assert page_count(data) == 2
    text = pdf_text(data, tmp_path)
    assert "匿名" in text
    assert "张三丰" not in text
    assert PHONE not in text
    assert "****" not in text
    for words in (
        "地下车库B区",
        "第3轮",
        "不满意",
        "设施设备",
        "灯具线路超过使用年限",
        "车库照明纳入每月巡检",
        "上门回访",
        "车库照明正常",
        "评分4/5",
        "转报修",
        "已报修",  # the linked ticket's state
    ):
        assert words in text, words
    detail = office.complaints.detail(office.clerk, complaint_id)
    assert detail.repair is not None
    assert detail.repair.number in text
    last = pdf_text(data, tmp_path, page=2)
    assert "投诉人签字确认" in last
    assert "回访情况" in last
    assert "（续）" in last
    assert "2/2" in last


def test_the_sheet_in_english(office: Office, tmp_path: Path) -> None:
    complaint_id = long_anonymous(office)
    text = pdf_text(office.prints.handling_sheet_pdf(office.clerk, complaint_id, "en"), tmp_path)
    for words in (
        "ComplaintHandlingSheet",
        "Anonymous",
        "Suggestionbox",
        "Serious",
        "Notsatisfied",
        "round3",
        "Complainant'ssignature",
        "Auditchain#",
    ):
        assert words in text, words


def test_the_sheet_is_written_to_a_file_and_only_for_roles_that_read_complaints(
    office: Office, tmp_path: Path
) -> None:
    taken = office.complaints.take(office.clerk, office.noise())
    target = tmp_path / "sheet.pdf"
    written = office.prints.write_handling_sheet(office.clerk, taken.id, "zh_TW", target)
    assert written == target
    assert "投訴處理單" in pdf_text(target.read_bytes(), tmp_path)
    with pytest.raises(PermissionDeniedError):
        office.prints.handling_sheet(office.guard, taken.id, "zh_CN")
