"""Complaints and inquiries through the services: the whole life of a complaint (one
"not satisfied" round, closing with the root cause, the follow-up), the manager's
close, voiding, the repair ticket linked both ways, inquiries and their conversion,
the deadline settings, who may do what, privacy, and bad input writing nothing."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from propdesk.domain.complaints.deadlines import (
    FIELD_CATEGORY_CAPS,
    FIELD_NORMAL,
    FIELD_SERIOUS,
    DeadlineRules,
)
from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    RootCause,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep, StepRequest
from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairSource
from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.inputs import ComplaintInput, InquiryInput
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.repair_link import RepairRequest
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.service import RepairServices
from propdesk.store.base import utcnow
from propdesk.store.models import Complaint, ComplaintStepRecord, Inquiry, RepairTicket
from tests.complaints_estate import complaint_services
from tests.generated_input import SURROGATE, row_counts

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
S = ComplaintState
T = ComplaintStep


class Estate:
    def __init__(self, services: Services) -> None:
        services.units.save(ADMIN, UnitInput("3", "2", "1502"))
        self.zhang = services.residents.save(
            ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
        )
        self.guard = services.staff.save(ADMIN, StaffInput("赵队长", "security", "班长"))
        self.cleaner = services.staff.save(ADMIN, StaffInput("孙阿姨", "cleaning"))
        self.services = services
        self.module: ComplaintServices = complaint_services(services)
        self.complaints = self.module.complaints

    def noise(self, **changes: object) -> ComplaintInput:
        data = ComplaintInput(
            channel=ComplaintChannel.PHONE,
            category=ComplaintCategory.NOISE,
            description="楼上夜间装修噪音",
            complainant_name="张三",
            complainant_phone="13812345678",
            unit_code="3-2-1502",
        )
        return replace(data, **changes)  # type: ignore[arg-type]

    def assign(self, complaint_id: uuid.UUID) -> None:
        self.complaints.step(
            CLERK,
            complaint_id,
            StepRequest(T.ASSIGN, department_id=self.guard.department_id, handler_id=self.guard.id),
        )

    def answer(self, complaint_id: uuid.UUID, resolution: str = "已上门劝止") -> None:
        self.complaints.step(
            CLERK,
            complaint_id,
            StepRequest(T.ANSWER, investigation="确有夜间施工", resolution=resolution),
        )


CLOSING = {
    "root_cause": RootCause.RESIDENT,
    "root_cause_text": "装修未按规定时间",
    "corrective_action": "装修登记时告知施工时间",
}


@pytest.fixture
def estate(services: Services) -> Estate:
    return Estate(services)


def test_the_whole_life_of_a_complaint(estate: Estate) -> None:
    taken = estate.complaints.take(CLERK, estate.noise())
    assert taken.number.startswith("TS")
    assert taken.state is S.RECEIVED
    assert taken.possible == [T.ASSIGN, T.MANAGER_CLOSE, T.VOID]
    # Noise is capped at 12 hours by default.
    assert taken.response_due_at - taken.received_at == timedelta(hours=12)
    estate.assign(taken.id)
    estate.answer(taken.id)
    back = estate.complaints.step(
        CLERK, taken.id, StepRequest(T.VERDICT, verdict=Verdict.NOT_SATISFIED, note="仍有噪音")
    )
    assert (back.state, back.round) == (S.HANDLING, 2)
    first_answer = back.first_answered_at
    estate.answer(taken.id, "与施工方约定只在白天施工")
    satisfied = estate.complaints.step(
        CLERK, taken.id, StepRequest(T.VERDICT, verdict=Verdict.SATISFIED)
    )
    assert satisfied.state is S.SATISFIED
    assert satisfied.first_answered_at == first_answer
    assert satisfied.in_time is True
    closed = estate.complaints.step(CLERK, taken.id, StepRequest(T.CLOSE, **CLOSING))
    assert closed.state is S.CLOSED
    assert closed.root_cause == "resident"
    assert closed.possible == [T.FOLLOW_UP]
    done = estate.complaints.step(
        CLERK,
        taken.id,
        StepRequest(
            T.FOLLOW_UP, visitor="李客服", method=FollowUpMethod.PHONE, result="满意", rating=5
        ),
    )
    assert done.follow_up_rating == 5
    assert done.possible == []
    steps = [(e.step, e.round) for e in done.timeline]
    assert steps == [
        (T.RECEIVE, 1),
        (T.ASSIGN, 1),
        (T.ANSWER, 1),
        (T.VERDICT, 2),
        (T.ANSWER, 2),
        (T.VERDICT, 2),
        (T.CLOSE, 2),
        (T.FOLLOW_UP, 2),
    ]
    # Each round's answer stays in the timeline though the complaint keeps the latest.
    answers = [e.fields["resolution"] for e in done.timeline if e.step is T.ANSWER]
    assert answers == ["已上门劝止", "与施工方约定只在白天施工"]
    assert done.resolution == "与施工方约定只在白天施工"
    assert {e.user_name for e in done.timeline} == {"clerk"}  # no account: the login
    with pytest.raises(ConflictError):
        estate.complaints.step(
            CLERK,
            taken.id,
            StepRequest(
                T.FOLLOW_UP, visitor="x", method=FollowUpMethod.VISIT, result="x", rating=4
            ),
        )


def test_the_manager_closes_with_a_reason_and_the_clerk_may_not(estate: Estate) -> None:
    taken = estate.complaints.take(CLERK, estate.noise())
    estate.assign(taken.id)
    request = StepRequest(T.MANAGER_CLOSE, reason="业主拒绝沟通，经理决定关闭", **CLOSING)
    with pytest.raises(PermissionDeniedError):
        estate.complaints.step(CLERK, taken.id, request)
    closed = estate.complaints.step(MANAGER, taken.id, request)
    assert closed.state is S.CLOSED
    assert closed.manager_closed
    assert closed.close_reason == "业主拒绝沟通，经理决定关闭"


def test_void_with_a_reason(estate: Estate) -> None:
    taken = estate.complaints.take(CLERK, estate.noise())
    with pytest.raises(ValidationError) as refused:
        estate.complaints.step(MANAGER, taken.id, StepRequest(T.VOID))
    assert refused.value.field == "reason"
    voided = estate.complaints.step(MANAGER, taken.id, StepRequest(T.VOID, reason="重复登记"))
    assert voided.state is S.VOIDED
    assert voided.void_reason == "重复登记"
    with pytest.raises(ConflictError):
        estate.assign(taken.id)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"anonymous": True}, "complainant_name"),
        ({"anonymous": True, "complainant_name": ""}, "complainant_phone"),
        ({"complainant_name": "", "complainant_phone": ""}, "complainant_name"),
        ({"description": "号" * 501}, "description"),
        ({"description": f"噪音{SURROGATE}"}, "description"),
        ({"unit_code": "", "common_area": ""}, "unit_code"),
        ({"common_area": "大堂"}, "common_area"),
        ({"unit_code": "9-9-9999"}, "unit_code"),
        ({"received_at": datetime(1, 1, 1)}, "received_at"),
        ({"received_at": utcnow() + timedelta(days=1)}, "received_at"),
        ({"response_due_at": utcnow() - timedelta(hours=1)}, "response_due_at"),
        ({"response_due_at": datetime(9999, 12, 31, 23, 59)}, "response_due_at"),
        ({"category": "unknown"}, "category"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    estate: Estate, changes: dict[str, object], field: str
) -> None:
    before = row_counts(estate.services.store)
    with pytest.raises((ValidationError, NotFoundError)) as refused:
        estate.complaints.take(CLERK, estate.noise(**changes))
    assert refused.value.field == field
    assert row_counts(estate.services.store) == before


def test_bad_steps_write_nothing(estate: Estate) -> None:
    taken = estate.complaints.take(CLERK, estate.noise())
    store = estate.services.store
    before = row_counts(store)
    bad = [
        (StepRequest(T.VERDICT, verdict=Verdict.SATISFIED), ConflictError, "step"),
        (StepRequest(T.FOLLOW_UP, rating=3), ConflictError, "step"),
        (
            StepRequest(T.ASSIGN, department_id=estate.cleaner.department_id),
            ValidationError,
            "handler_id",
        ),
        (
            StepRequest(
                T.ASSIGN, department_id=estate.cleaner.department_id, handler_id=estate.guard.id
            ),
            ValidationError,
            "handler_id",
        ),
        (
            StepRequest(
                T.ASSIGN,
                department_id=estate.guard.department_id,
                handler_id=estate.guard.id,
                at=taken.received_at - timedelta(minutes=1),
            ),
            ValidationError,
            "at",
        ),
        (StepRequest(T.ASSIGN, note="号" * 301), ValidationError, "note"),
    ]
    for request, error, field in bad:
        with pytest.raises(error) as refused:
            estate.complaints.step(CLERK, taken.id, request)
        assert refused.value.field == field, request
    estate.assign(taken.id)
    estate.answer(taken.id)
    after_answer = row_counts(store)
    estate.complaints.step(CLERK, taken.id, StepRequest(T.VERDICT, verdict=Verdict.SATISFIED))
    for request, field in (
        (StepRequest(T.CLOSE, **{**CLOSING, "root_cause": None}), "root_cause"),
        (StepRequest(T.CLOSE, **{**CLOSING, "corrective_action": ""}), "corrective_action"),
    ):
        counted = row_counts(store)
        with pytest.raises(ValidationError) as refused:
            estate.complaints.step(CLERK, taken.id, request)
        assert refused.value.field == field
        assert row_counts(store) == counted
    estate.complaints.step(CLERK, taken.id, StepRequest(T.CLOSE, **CLOSING))
    for rating in (0, 6, -1):
        counted = row_counts(store)
        with pytest.raises(ValidationError) as refused:
            estate.complaints.step(
                CLERK,
                taken.id,
                StepRequest(
                    T.FOLLOW_UP,
                    visitor="李",
                    method=FollowUpMethod.PHONE,
                    result="好",
                    rating=rating,
                ),
            )
        assert refused.value.field == "rating"
        assert row_counts(store) == counted
    assert after_answer != before


def test_anonymous_stays_anonymous_everywhere(estate: Estate) -> None:
    taken = estate.complaints.take(
        CLERK,
        estate.noise(
            anonymous=True,
            complainant_name="",
            complainant_phone="",
            unit_code="",
            common_area="5 栋地下车库",
        ),
    )
    assert (taken.complainant_name, taken.complainant_phone) == ("", "")
    estate.assign(taken.id)
    with estate.services.store.read() as session:
        row = session.get(Complaint, taken.id)
        assert row is not None
        assert (row.complainant_name, row.complainant_phone, row.complainant_phone_tail) == (
            "",
            "",
            "",
        )
        steps = session.scalars(select(ComplaintStepRecord.fields)).all()
    audit = estate.services.audit.page(ADMIN, AuditFilter(entity="complaint"))
    text = json.dumps([(r.before, r.after) for r in audit.rows], ensure_ascii=False) + str(steps)
    assert "张三" not in text
    assert "13812345678" not in text
    page = estate.complaints.page(CLERK, ComplaintFilter(text="张"))
    assert page.rows == []


def test_the_phone_in_full_only_for_those_who_handle_complaints(estate: Estate) -> None:
    taken = estate.complaints.take(CLERK, estate.noise())
    assert estate.complaints.detail(CLERK, taken.id).complainant_phone == "13812345678"
    seen = estate.complaints.detail(COMMITTEE, taken.id)
    assert seen.complainant_phone == "*******5678"
    assert (
        estate.complaints.page(COMMITTEE, ComplaintFilter())
        .rows[0]
        .complainant_phone.endswith("*5678")
    )


def test_who_may_do_what(estate: Estate) -> None:
    with pytest.raises(PermissionDeniedError):
        estate.complaints.take(GUARD, estate.noise())
    with pytest.raises(PermissionDeniedError):
        estate.complaints.take(COMMITTEE, estate.noise())
    taken = estate.complaints.take(CLERK, estate.noise())
    with pytest.raises(PermissionDeniedError):
        estate.complaints.step(COMMITTEE, taken.id, StepRequest(T.VOID, reason="x"))
    with pytest.raises(PermissionDeniedError):
        estate.complaints.detail(GUARD, taken.id)
    with pytest.raises(PermissionDeniedError):
        estate.module.settings.set_rules(CLERK, **DEFAULTS)  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError):
        estate.module.inquiries.log(COMMITTEE, InquiryInput("物业费怎么交？", answer="微信"))
    assert estate.complaints.detail(COMMITTEE, taken.id).number == taken.number


def test_a_resident_from_the_register(estate: Estate) -> None:
    taken = estate.complaints.take(
        CLERK, estate.noise(complainant_name="", complainant_phone="", resident_id=estate.zhang.id)
    )
    assert (taken.complainant_name, taken.complainant_phone) == ("张三", "13812345678")
    found = estate.complaints.page(CLERK, ComplaintFilter(text="5678")).rows
    assert [r.id for r in found] == [taken.id]
    assert estate.complaints.find_by_number(CLERK, taken.number.lower()).id == taken.id


def test_list_filters_and_keyset_paging(estate: Estate) -> None:
    base = utcnow() - timedelta(days=2)
    ids = [
        estate.complaints.take(
            CLERK, estate.noise(received_at=base + timedelta(minutes=i), severity=Severity.MINOR)
        ).id
        for i in range(5)
    ]
    first = estate.complaints.page(CLERK, ComplaintFilter(), limit=2)
    assert [r.id for r in first.rows] == ids[::-1][:2]
    second = estate.complaints.page(CLERK, ComplaintFilter(), before=first.next_before, limit=2)
    assert [r.id for r in second.rows] == ids[::-1][2:4]
    overdue = estate.complaints.page(CLERK, ComplaintFilter(overdue_only=True))
    assert len(overdue.rows) == 5
    assert all(r.overdue for r in overdue.rows)
    estate.assign(ids[0])
    estate.answer(ids[0])
    assert len(estate.complaints.page(CLERK, ComplaintFilter(overdue_only=True)).rows) == 4
    handled = ComplaintFilter(states=frozenset({S.ANSWERED}))
    assert [r.id for r in estate.complaints.page(CLERK, handled).rows] == [ids[0]]
    other = ComplaintFilter(category=ComplaintCategory.FEES)
    assert estate.complaints.page(CLERK, other).rows == []


def test_a_repair_ticket_opened_from_a_complaint_is_linked_both_ways(estate: Estate) -> None:
    taken = estate.complaints.take(
        CLERK,
        estate.noise(
            anonymous=True,
            complainant_name="",
            complainant_phone="",
            unit_code="",
            common_area="3 栋电梯",
            category=ComplaintCategory.FACILITIES,
        ),
    )
    linked = estate.module.repairs.open_ticket(CLERK, taken.id, RepairRequest(RepairCategory.LIFT))
    assert linked.repair is not None
    assert linked.repair.state is RepairState.REPORTED
    tickets = estate.services.module(RepairServices).tickets
    ticket = tickets.detail(CLERK, linked.repair.id)
    assert ticket.channel is RepairChannel.COMPLAINT
    assert (ticket.source_kind, ticket.source_id) == (RepairSource.COMPLAINT, str(taken.id))
    assert ticket.reporter_name == "李客服"  # anonymous: the clerk who raised it
    assert linked.timeline[-1].step is T.LINK_REPAIR
    with pytest.raises(ConflictError):
        estate.module.repairs.open_ticket(CLERK, taken.id, RepairRequest(RepairCategory.LIFT))


def test_an_existing_ticket_is_linked_by_number(estate: Estate) -> None:
    first = estate.complaints.take(CLERK, estate.noise())
    opened = estate.module.repairs.open_ticket(
        CLERK, first.id, RepairRequest(RepairCategory.PLUMBING, description="卫生间漏水")
    )
    assert opened.repair is not None
    ticket = estate.services.module(RepairServices).tickets.detail(CLERK, opened.repair.id)
    assert ticket.reporter_phone == "13812345678"
    assert ticket.unit_code == "3-2-1502"
    second = estate.complaints.take(CLERK, estate.noise())
    linked = estate.module.repairs.link_ticket(CLERK, second.id, opened.repair.number)
    assert linked.repair is not None
    assert linked.repair.number == opened.repair.number
    with pytest.raises(NotFoundError) as missing:
        estate.module.repairs.link_ticket(CLERK, first.id, "WX209901-9999")
    assert missing.value.field == "number"


def test_without_the_repairs_module_no_ticket_is_offered(services: Services) -> None:
    Estate(services)
    module = complaint_services(services, with_repairs=False)
    taken = module.complaints.take(
        CLERK,
        ComplaintInput(
            ComplaintChannel.VISIT,
            ComplaintCategory.FACILITIES,
            "路灯不亮",
            complainant_name="王五",
            common_area="南门",
        ),
    )
    with pytest.raises(ConflictError):
        module.repairs.open_ticket(CLERK, taken.id, RepairRequest(RepairCategory.ELECTRICAL))


def test_inquiries_answered_promised_and_converted(estate: Estate) -> None:
    inquiries = estate.module.inquiries
    spot = inquiries.log(CLERK, InquiryInput("物业费可以微信交吗？", answer="可以，扫前台二维码"))
    assert spot.number.startswith("ZX")
    assert spot.state is InquiryState.ANSWERED
    asked = utcnow() - timedelta(hours=3)
    promised = inquiries.log(
        CLERK,
        InquiryInput(
            "车位可以租吗？",
            asked_at=asked,
            promised_by=asked + timedelta(hours=1),
            asker_name="张三",
            asker_phone="13812345678",
            unit_code="3-2-1502",
        ),
    )
    assert promised.state is InquiryState.OPEN
    assert promised.overdue
    assert [v.id for v in inquiries.due_by(CLERK, utcnow())] == [promised.id]
    moved = inquiries.promise(CLERK, promised.id, utcnow() + timedelta(days=1))
    assert not moved.overdue
    with pytest.raises(ValidationError) as refused:
        inquiries.promise(CLERK, promised.id, asked - timedelta(minutes=1))
    assert refused.value.field == "promised_by"
    answered = inquiries.answer(CLERK, promised.id, "地下车库还有空位")
    assert answered.state is InquiryState.ANSWERED
    with pytest.raises(ConflictError):
        inquiries.answer(CLERK, promised.id, "再答一次")
    # A question that is a complaint, in one step.
    view, complaint_id = inquiries.to_complaint(CLERK, spot.id, estate.noise())
    assert view.state is InquiryState.CONVERTED
    assert view.complaint_id == complaint_id
    assert estate.complaints.detail(CLERK, complaint_id).state is S.RECEIVED
    with pytest.raises(ConflictError):
        inquiries.to_complaint(CLERK, spot.id, estate.noise())
    # A question that is a fault: a ticket on the asker's unit.
    leak = inquiries.log(
        CLERK,
        InquiryInput(
            "厨房水管漏水",
            promised_by=utcnow() + timedelta(hours=2),
            asker_name="张三",
            asker_phone="13812345678",
            unit_code="3-2-1502",
        ),
    )
    fault, opened = inquiries.to_repair(CLERK, leak.id, RepairCategory.PLUMBING)
    assert opened.id == fault.repair_ticket_id
    assert opened.number.startswith("WX")
    assert fault.state is InquiryState.CONVERTED
    assert fault.repair_ticket_id is not None
    with estate.services.store.read() as session:
        ticket = session.get(RepairTicket, fault.repair_ticket_id)
        assert ticket is not None
        assert (ticket.source_kind, ticket.source_id) == ("inquiry", str(leak.id))
        assert ticket.channel == RepairChannel.WALK_IN.value
    nameless = inquiries.log(
        CLERK, InquiryInput("门口路灯坏了", promised_by=utcnow() + timedelta(hours=1))
    )
    with pytest.raises(ValidationError) as refused:
        inquiries.to_repair(CLERK, nameless.id, RepairCategory.ELECTRICAL, common_area="门口")
    assert refused.value.field == "asker_name"
    page = inquiries.page(CLERK, open_only=True)
    assert [v.id for v in page.rows] == [nameless.id]


def test_inquiry_bad_input_writes_nothing(estate: Estate) -> None:
    store = estate.services.store
    for data, field in (
        (InquiryInput(""), "question"),
        (InquiryInput("问题"), "answer"),
        (InquiryInput("问题", promised_by=utcnow() - timedelta(hours=1)), "promised_by"),
        (
            InquiryInput("问题", answer="答", promised_by=utcnow() + timedelta(hours=1)),
            "promised_by",
        ),
        (InquiryInput("问题", answer="答", asker_phone="12"), "asker_phone"),
        (InquiryInput(f"问{SURROGATE}", answer="答"), "question"),
        (InquiryInput("问题", answer="答", asked_at=datetime(2200, 1, 1)), "asked_at"),
    ):
        before = row_counts(store)
        with pytest.raises(ValidationError) as refused:
            estate.module.inquiries.log(CLERK, data)
        assert refused.value.field == field, data
        assert row_counts(store) == before
    with estate.services.store.read() as session:
        assert session.scalars(select(Inquiry)).all() == []


DEFAULTS = {
    "serious_hours": 4,
    "normal_hours": 24,
    "minor_hours": 48,
    "category_caps": {ComplaintCategory.NOISE: 12},
}


def test_deadline_settings_are_checked_stored_and_used(estate: Estate) -> None:
    settings = estate.module.settings
    assert settings.rules() == DeadlineRules()
    before = row_counts(estate.services.store)
    for values, field in (
        ({"normal_hours": 1}, FIELD_NORMAL),
        ({"serious_hours": 0}, FIELD_SERIOUS),
        ({"category_caps": {ComplaintCategory.FEES: 10_000}}, FIELD_CATEGORY_CAPS),
    ):
        with pytest.raises(ValidationError) as refused:
            settings.set_rules(MANAGER, **{**DEFAULTS, **values})  # type: ignore[arg-type]
        assert refused.value.field == field
    assert row_counts(estate.services.store) == before
    rules = settings.set_rules(
        MANAGER,
        serious_hours=2,
        normal_hours=8,
        minor_hours=72,
        category_caps={ComplaintCategory.FEES: 6},
    )
    assert settings.rules() == rules
    taken = estate.complaints.take(CLERK, estate.noise(category=ComplaintCategory.FEES))
    assert taken.response_due_at - taken.received_at == timedelta(hours=6)
