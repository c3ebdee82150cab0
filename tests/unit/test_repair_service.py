"""Repair tickets through the service: opening, every step to the end, who and when,
permissions, validation with nothing written, lists, workload, backlog, settings."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from propdesk.domain.repairs.kinds import (
    RepairCategory,
    RepairChannel,
    RepairPriority,
    RepairSource,
)
from propdesk.domain.repairs.sla import FIELD_STALE_DAYS, FIELD_URGENT
from propdesk.domain.repairs.workflow import (
    OPEN_STATES,
    RepairOutcome,
    RepairState,
    RepairStep,
    StepRequest,
)
from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.store.base import utcnow
from propdesk.store.models import EstateSetting, NumberCounter, RepairStepRecord, RepairTicket

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
TECH = Actor(None, "tech1", "王师傅", Role.TECHNICIAN, "工程部")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
C = RepairCategory
P = RepairPriority
S = RepairState
T = RepairStep


class Estate:
    """Two units, their residents and two technicians."""

    def __init__(self, services: Services) -> None:
        services.units.save(ADMIN, UnitInput("3", "2", "1502"))
        services.units.save(ADMIN, UnitInput("5", "1", "0801"))
        self.zhang = services.residents.save(
            ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
        )
        self.li = services.residents.save(
            ADMIN, ResidentInput("5-1-0801", ResidentKind.TENANT, "李四", "13998765432")
        )
        self.wang = services.staff.save(ADMIN, StaffInput("王师傅", "engineering", "水电工"))
        self.zhao = services.staff.save(ADMIN, StaffInput("赵师傅", "engineering", "电工"))
        self.cleaner = services.staff.save(ADMIN, StaffInput("孙阿姨", "cleaning"))
        self.services = services
        self.repairs = services.module(RepairServices).tickets


@pytest.fixture
def estate(services: Services) -> Estate:
    return Estate(services)


def leak(**changes: object) -> TicketInput:
    data = TicketInput(
        reporter_name="张三",
        reporter_phone="138 1234 5678",
        category=C.PLUMBING,
        description="厨房水管漏水",
        unit_code="3-2-1502",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def lobby(**changes: object) -> TicketInput:
    data = TicketInput(
        reporter_name="李四",
        reporter_phone="13998765432",
        category=C.PUBLIC_FACILITIES,
        description="大堂灯不亮",
        common_area="5 栋 1 单元大堂",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _count(services: Services, model: type) -> int:
    with services.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _audits(services: Services) -> int:
    return services.audit.page(ADMIN, AuditFilter(entity="repair_ticket")).total


def paid_story(estate: Estate, ticket: TicketDetail) -> list[tuple[Actor, StepRequest]]:
    return [
        (CLERK, StepRequest(T.DISPATCH, technician_id=estate.wang.id)),
        (TECH, StepRequest(T.ARRIVE)),
        (TECH, StepRequest(T.DIAGNOSE, diagnosis="  阀门   老化 ")),
        (TECH, StepRequest(T.QUOTE, labour_fen=5000, materials_fen=3000, duration_minutes=60)),
        (CLERK, StepRequest(T.APPROVE, note="住户电话同意")),
        (TECH, StepRequest(T.START_REPAIR)),
        (
            TECH,
            StepRequest(
                T.COMPLETE,
                work_done="更换阀门\n清理现场",
                materials_used="阀门 1 个",
                site_cleaned=True,
            ),
        ),
        (TECH, StepRequest(T.SIGN_OFF, signed_by="张三")),
        (CLERK, StepRequest(T.FOLLOW_UP, rating=5, comment="满意")),
        (CLERK, StepRequest(T.CLOSE)),
    ]


# -- opening ----------------------------------------------------------------------------
def test_open_a_unit_ticket(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak(resident_id=estate.zhang.id))
    assert ticket.number == f"WX{date.today():%Y%m}-0001"
    assert (ticket.state, ticket.outcome, ticket.paid) == (S.REPORTED, None, True)
    assert (ticket.unit_code, ticket.location, ticket.reporter_phone) == (
        "3-2-1502",
        "3-2-1502",
        "13812345678",
    )
    assert (ticket.channel, ticket.priority, ticket.created_by) == (
        RepairChannel.HOTLINE,
        P.NORMAL,
        "clerk",
    )
    assert ticket.arrival_due_at - ticket.reported_at == timedelta(hours=24)
    (report,) = ticket.timeline
    assert (report.step, report.from_state, report.to_state, report.username) == (
        T.REPORT,
        None,
        S.REPORTED,
        "clerk",
    )
    assert ticket.next_steps == [T.DISPATCH, T.CANCEL]
    assert _audits(estate.services) == 1
    again = estate.repairs.open_ticket(GUARD, lobby(priority=P.EMERGENCY))
    assert again.number == f"WX{date.today():%Y%m}-0002"
    assert (again.paid, again.unit_code, again.common_area) == (False, "", "5 栋 1 单元大堂")
    assert again.arrival_due_at - again.reported_at == timedelta(minutes=30)


def test_paid_can_be_chosen_against_the_location(estate: Estate) -> None:
    assert not estate.repairs.open_ticket(CLERK, leak(paid=False)).paid  # under warranty
    assert estate.repairs.open_ticket(CLERK, lobby(paid=True)).paid  # damage by a resident


def test_staff_raised_tickets_need_no_phone(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(
        GUARD, lobby(reporter_name="王保安", reporter_phone="", channel=RepairChannel.PATROL)
    )
    assert ticket.reporter_phone == ""


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (leak(reporter_name="  "), "reporter_name"),
        (leak(reporter_name="张" * 41), "reporter_name"),
        (leak(reporter_phone=""), "reporter_phone"),
        (leak(reporter_phone="12345"), "reporter_phone"),
        (leak(unit_code=""), "unit_code"),
        (leak(common_area="大堂"), "common_area"),
        (lobby(common_area="大" * 101), "common_area"),
        (leak(category="roof"), "category"),
        (leak(description=" "), "description"),
        (leak(description="漏" * 501), "description"),
        (leak(priority="whenever"), "priority"),
        (leak(channel="pigeon"), "channel"),
        (leak(reported_at=utcnow() + timedelta(hours=1)), "reported_at"),
        (leak(reported_at=utcnow() - timedelta(days=31)), "reported_at"),
    ],
)
def test_invalid_input_names_its_field_and_writes_nothing(
    estate: Estate, data: TicketInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        estate.repairs.open_ticket(CLERK, data)
    assert caught.value.field == field
    assert caught.value.template
    assert _count(estate.services, RepairTicket) == 0
    assert _count(estate.services, NumberCounter) == 0
    assert _audits(estate.services) == 0


def test_unknown_unit_and_wrong_resident_write_nothing(estate: Estate) -> None:
    with pytest.raises(NotFoundError) as unknown:
        estate.repairs.open_ticket(CLERK, leak(unit_code="9-9-9999"))
    assert unknown.value.field == "unit_code"
    with pytest.raises(ValidationError) as elsewhere:
        estate.repairs.open_ticket(CLERK, leak(resident_id=estate.li.id))
    assert elsewhere.value.field == "resident_id"
    with pytest.raises(NotFoundError) as nobody:
        estate.repairs.open_ticket(CLERK, leak(resident_id=uuid.uuid4()))
    assert nobody.value.field == "resident_id"
    assert _count(estate.services, RepairTicket) == 0
    assert _count(estate.services, NumberCounter) == 0


def test_unit_codes_are_read_as_the_register_writes_them(estate: Estate) -> None:
    assert estate.repairs.open_ticket(CLERK, leak(unit_code=" 3-2-1502 ")).unit_code == "3-2-1502"


# -- steps ------------------------------------------------------------------------------
def test_full_paid_path_records_who_and_when(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak(resident_id=estate.zhang.id))
    for actor, request in paid_story(estate, ticket):
        before = utcnow()
        ticket = estate.repairs.step(actor, ticket.id, request)
        entry = ticket.timeline[-1]
        assert entry.step is request.step
        assert entry.username == actor.username
        assert before <= entry.at <= utcnow()
    assert (ticket.state, ticket.outcome) == (S.CLOSED, RepairOutcome.RESOLVED)
    assert [e.step for e in ticket.timeline] == [
        T.REPORT,
        T.DISPATCH,
        T.ARRIVE,
        T.DIAGNOSE,
        T.QUOTE,
        T.APPROVE,
        T.START_REPAIR,
        T.COMPLETE,
        T.SIGN_OFF,
        T.FOLLOW_UP,
        T.CLOSE,
    ]
    states = [(e.from_state, e.to_state) for e in ticket.timeline]
    assert all(prev[1] == cur[0] for prev, cur in itertools.pairwise(states))
    assert ticket.timeline[1].technician_name == "王师傅"
    assert ticket.technician_name == "王师傅"
    assert ticket.diagnosis == "阀门 老化"
    assert (ticket.quote_labour_fen, ticket.quote_materials_fen, ticket.quote_total_fen) == (
        5000,
        3000,
        8000,
    )
    assert (ticket.approved, ticket.decision_note) == (True, "住户电话同意")
    assert ticket.work_done == "更换阀门\n清理现场"
    assert (ticket.signed_by, ticket.rating, ticket.follow_up_comment) == ("张三", 5, "满意")
    times = [ticket.reported_at, ticket.dispatched_at, ticket.arrived_at, ticket.closed_at]
    assert times == sorted(times)  # type: ignore[type-var]
    assert ticket.sla.arrival.met is True
    assert ticket.sla.waiting_for_resident > timedelta(0)
    assert ticket.sla.resolution_age == ticket.sla.age - ticket.sla.waiting_for_resident
    assert ticket.next_steps == []
    assert _audits(estate.services) == 11  # the opening and ten steps
    assert _count(estate.services, RepairStepRecord) == 11
    with pytest.raises(ConflictError):
        estate.repairs.step(CLERK, ticket.id, StepRequest(T.CLOSE))


def test_free_path_skips_the_quote(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, lobby())
    for request in (
        StepRequest(T.DISPATCH, technician_id=estate.zhao.id),
        StepRequest(T.ARRIVE),
        StepRequest(T.DIAGNOSE, diagnosis="灯管坏"),
    ):
        ticket = estate.repairs.step(TECH, ticket.id, request)
    assert T.QUOTE not in ticket.next_steps
    with pytest.raises(ConflictError) as caught:
        estate.repairs.step(
            TECH,
            ticket.id,
            StepRequest(T.QUOTE, labour_fen=100, materials_fen=0, duration_minutes=10),
        )
    assert "free" in caught.value.message
    ticket = estate.repairs.step(TECH, ticket.id, StepRequest(T.START_REPAIR))
    assert ticket.state is S.IN_REPAIR
    assert ticket.quote_total_fen is None


def test_refused_quote_closes_as_refused(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak())
    for actor, request in paid_story(estate, ticket)[:4]:
        ticket = estate.repairs.step(actor, ticket.id, request)
    ticket = estate.repairs.step(CLERK, ticket.id, StepRequest(T.REFUSE, reason="住户认为价格太高"))
    assert (ticket.state, ticket.outcome, ticket.approved) == (
        S.CLOSED,
        RepairOutcome.REFUSED,
        False,
    )
    assert ticket.decision_note == "住户认为价格太高"
    assert ticket.closed_at == ticket.decided_at
    assert ticket.timeline[-1].note == "住户认为价格太高"


def test_a_revised_quote_replaces_the_first(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak())
    for actor, request in paid_story(estate, ticket)[:4]:
        ticket = estate.repairs.step(actor, ticket.id, request)
    ticket = estate.repairs.step(
        TECH, ticket.id, StepRequest(T.QUOTE, labour_fen=4000, materials_fen=0, duration_minutes=30)
    )
    assert (ticket.state, ticket.quote_total_fen) == (S.QUOTED, 4000)
    assert ticket.sla.waiting_since == ticket.timeline[4].at  # the wait began at the first


def test_cancel_needs_a_reason_and_ends_the_ticket(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak())
    ticket = estate.repairs.step(
        CLERK, ticket.id, StepRequest(T.DISPATCH, technician_id=estate.wang.id)
    )
    audits = _audits(estate.services)
    with pytest.raises(ValidationError) as caught:
        estate.repairs.step(CLERK, ticket.id, StepRequest(T.CANCEL, reason="   "))
    assert caught.value.field == "reason"
    assert _audits(estate.services) == audits
    assert estate.repairs.detail(CLERK, ticket.id).state is S.DISPATCHED
    ticket = estate.repairs.step(CLERK, ticket.id, StepRequest(T.CANCEL, reason="重复报修"))
    assert (ticket.state, ticket.outcome, ticket.cancel_reason) == (
        S.CANCELLED,
        RepairOutcome.CANCELLED,
        "重复报修",
    )
    assert ticket.sla.arrival.overdue is False  # its clock stopped
    with pytest.raises(ConflictError):
        estate.repairs.step(TECH, ticket.id, StepRequest(T.ARRIVE))


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (StepRequest(T.DISPATCH), "technician_id"),
        (StepRequest(T.DISPATCH, technician_id=uuid.uuid4()), "technician_id"),
        (StepRequest(T.DISPATCH, technician_id=uuid.UUID(int=1), note="注" * 301), "note"),
        (
            StepRequest(
                T.DISPATCH, technician_id=uuid.UUID(int=1), at=utcnow() + timedelta(hours=1)
            ),
            "at",
        ),
        (
            StepRequest(
                T.DISPATCH, technician_id=uuid.UUID(int=1), at=utcnow() - timedelta(days=2)
            ),
            "at",
        ),
    ],
)
def test_step_validation_writes_nothing(estate: Estate, request_: StepRequest, field: str) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak())
    if request_.technician_id == uuid.UUID(int=1):
        request_ = replace(request_, technician_id=estate.wang.id)
    steps = _count(estate.services, RepairStepRecord)
    with pytest.raises((ValidationError, NotFoundError)) as caught:
        estate.repairs.step(CLERK, ticket.id, request_)
    assert caught.value.field == field
    assert _count(estate.services, RepairStepRecord) == steps
    assert estate.repairs.detail(CLERK, ticket.id).state is S.REPORTED


def test_a_voided_technician_cannot_be_sent(estate: Estate) -> None:
    estate.services.staff.void(ADMIN, estate.zhao.id, "离职")
    ticket = estate.repairs.open_ticket(CLERK, leak())
    with pytest.raises(NotFoundError) as caught:
        estate.repairs.step(CLERK, ticket.id, StepRequest(T.DISPATCH, technician_id=estate.zhao.id))
    assert caught.value.field == "technician_id"


def test_reassign(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak())
    ticket = estate.repairs.step(
        CLERK, ticket.id, StepRequest(T.DISPATCH, technician_id=estate.wang.id)
    )
    with pytest.raises(ConflictError) as same:
        estate.repairs.step(CLERK, ticket.id, StepRequest(T.REASSIGN, technician_id=estate.wang.id))
    assert same.value.field == "technician_id"
    ticket = estate.repairs.step(
        CLERK, ticket.id, StepRequest(T.REASSIGN, technician_id=estate.zhao.id, note="王师傅请假")
    )
    assert (ticket.state, ticket.technician_name) == (S.DISPATCHED, "赵师傅")
    assert [e.technician_name for e in ticket.timeline] == ["", "王师傅", "赵师傅"]
    assert ticket.dispatched_at == ticket.timeline[1].at  # the first dispatch stays


def test_steps_entered_later_keep_their_real_times(estate: Estate) -> None:
    reported = utcnow() - timedelta(hours=5)
    ticket = estate.repairs.open_ticket(CLERK, leak(priority=P.URGENT, reported_at=reported))
    assert ticket.reported_at == reported
    ticket = estate.repairs.step(
        CLERK,
        ticket.id,
        StepRequest(T.DISPATCH, technician_id=estate.wang.id, at=reported + timedelta(minutes=10)),
    )
    ticket = estate.repairs.step(
        TECH, ticket.id, StepRequest(T.ARRIVE, at=reported + timedelta(hours=2, minutes=1))
    )
    assert ticket.arrived_at == reported + timedelta(hours=2, minutes=1)
    assert ticket.sla.arrival.met is False
    assert ticket.sla.arrival.over_by == timedelta(minutes=1)
    with pytest.raises(ValidationError) as caught:  # before the arrival just recorded
        estate.repairs.step(
            TECH,
            ticket.id,
            StepRequest(T.DIAGNOSE, diagnosis="x", at=reported + timedelta(hours=1)),
        )
    assert caught.value.field == "at"


def test_unknown_ticket(estate: Estate) -> None:
    with pytest.raises(NotFoundError):
        estate.repairs.step(CLERK, uuid.uuid4(), StepRequest(T.ARRIVE))
    with pytest.raises(NotFoundError):
        estate.repairs.detail(CLERK, uuid.uuid4())
    with pytest.raises(NotFoundError):
        estate.repairs.find_number(CLERK, "WX209901-0001")


def test_find_by_number(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(CLERK, leak())
    assert estate.repairs.find_number(CLERK, ticket.number.lower()).id == ticket.id


# -- permissions --------------------------------------------------------------------------
def test_who_may_do_what(estate: Estate) -> None:
    ticket = estate.repairs.open_ticket(GUARD, lobby())  # guards may open
    with pytest.raises(PermissionDeniedError):
        estate.repairs.open_ticket(TECH, leak())  # technicians update, not open
    with pytest.raises(PermissionDeniedError):
        estate.repairs.open_ticket(COMMITTEE, leak())
    with pytest.raises(PermissionDeniedError):  # a technician opens none from patrol
        estate.repairs.open_from_source(TECH, RepairSource.PATROL, "X1", lobby())
    # … but one from a failed inspection item, as whoever records inspections (issue 19).
    assert estate.repairs.open_from_source(TECH, RepairSource.INSPECTION, "X1", lobby()).number
    dispatch = StepRequest(T.DISPATCH, technician_id=estate.wang.id)
    for actor in (GUARD, COMMITTEE):
        with pytest.raises(PermissionDeniedError):
            estate.repairs.step(actor, ticket.id, dispatch)
    estate.repairs.step(TECH, ticket.id, dispatch)
    assert estate.repairs.detail(COMMITTEE, ticket.id).state is S.DISPATCHED
    assert estate.repairs.page(COMMITTEE).rows
    with pytest.raises(PermissionDeniedError):
        estate.repairs.iter_rows(TECH)  # no export right
    with pytest.raises(PermissionDeniedError):
        estate.repairs.iter_rows(COMMITTEE)
    assert len(list(estate.repairs.iter_rows(CLERK))) == 2  # the guard's, the technician's
    assert _count(estate.services, RepairTicket) == 2


# -- from another module ----------------------------------------------------------------
def test_open_from_source(estate: Estate) -> None:
    ticket = estate.repairs.open_from_source(
        CLERK,
        RepairSource.INSPECTION,
        " XJ-0001-3 ",
        lobby(reporter_name="赵师傅", reporter_phone="", category=C.FIRE_EQUIPMENT),
    )
    assert (ticket.source_kind, ticket.source_id, ticket.channel) == (
        RepairSource.INSPECTION,
        "XJ-0001-3",
        RepairChannel.INSPECTION,
    )
    with pytest.raises(ConflictError) as twice:
        estate.repairs.open_from_source(CLERK, RepairSource.INSPECTION, "XJ-0001-3", lobby())
    assert twice.value.params["number"] == ticket.number
    # Another kind of record with the same id is another source.
    other = estate.repairs.open_from_source(CLERK, RepairSource.COMPLAINT, "XJ-0001-3", lobby())
    assert other.channel is RepairChannel.COMPLAINT
    estate.repairs.step(CLERK, ticket.id, StepRequest(T.CANCEL, reason="重复报修"))
    again = estate.repairs.open_from_source(CLERK, RepairSource.INSPECTION, "XJ-0001-3", lobby())
    assert again.id != ticket.id


@pytest.mark.parametrize(
    ("kind", "ref", "field"), [("drone", "1", "source_kind"), ("patrol", " ", "source_id")]
)
def test_open_from_a_bad_source(estate: Estate, kind: str, ref: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        estate.repairs.open_from_source(CLERK, kind, ref, lobby())  # type: ignore[arg-type]
    assert caught.value.field == field
    assert _count(estate.services, RepairTicket) == 0


# -- lists ----------------------------------------------------------------------------------
@pytest.fixture
def listed(estate: Estate) -> dict[str, TicketDetail]:
    """Six tickets, reported an hour apart (newest last), in several states."""
    now = utcnow()
    r = estate.repairs
    made = {
        "leak": r.open_ticket(CLERK, leak(reported_at=now - timedelta(hours=6))),
        "lobby": r.open_ticket(CLERK, lobby(reported_at=now - timedelta(hours=5))),
        "lift": r.open_ticket(
            CLERK,
            lobby(
                category=C.LIFT,
                priority=P.EMERGENCY,
                common_area="3 栋 2 单元电梯",
                reported_at=now - timedelta(hours=4),
            ),
        ),
        "lock": r.open_ticket(
            CLERK,
            leak(
                reporter_name="李四",
                reporter_phone="13998765432",
                unit_code="5-1-0801",
                category=C.DOORS_LOCKS,
                priority=P.URGENT,
                reported_at=now - timedelta(hours=3),
            ),
        ),
        "socket": r.open_ticket(
            CLERK, leak(category=C.ELECTRICAL, reported_at=now - timedelta(hours=2))
        ),
        "old": r.open_ticket(CLERK, leak(reported_at=now - timedelta(days=5))),
    }
    r.step(CLERK, made["leak"].id, StepRequest(T.DISPATCH, technician_id=estate.wang.id))
    r.step(CLERK, made["lift"].id, StepRequest(T.DISPATCH, technician_id=estate.wang.id))
    r.step(CLERK, made["lock"].id, StepRequest(T.DISPATCH, technician_id=estate.zhao.id))
    r.step(CLERK, made["socket"].id, StepRequest(T.CANCEL, reason="住户自行修好"))
    return made


def _numbers(estate: Estate, flt: TicketFilter, now: datetime | None = None) -> list[str]:
    return [row.number for row in estate.repairs.page(CLERK, flt, now=now).rows]


def test_newest_first_and_keyset_paging(estate: Estate, listed: dict[str, TicketDetail]) -> None:
    order = ["socket", "lock", "lift", "lobby", "leak", "old"]
    expected = [listed[name].number for name in order]
    assert _numbers(estate, TicketFilter()) == expected
    seen: list[str] = []
    before = None
    while True:
        page = estate.repairs.page(CLERK, TicketFilter(), before=before, limit=4)
        seen += [row.number for row in page.rows]
        if page.next_before is None:
            break
        before = page.next_before
    assert seen == expected
    assert [row.number for row in estate.repairs.iter_rows(CLERK, batch=2)] == expected
    exported = list(estate.repairs.iter_rows(CLERK, TicketFilter(category=C.PLUMBING), batch=1))
    assert [row.number for row in exported] == [listed["leak"].number, listed["old"].number]


@pytest.mark.parametrize(
    ("flt", "names"),
    [
        (TicketFilter(states=frozenset({S.DISPATCHED})), ["lock", "lift", "leak"]),
        (TicketFilter(states=OPEN_STATES), ["lock", "lift", "lobby", "leak", "old"]),
        (TicketFilter(states=frozenset({S.CANCELLED})), ["socket"]),
        (TicketFilter(states=frozenset()), []),
        (TicketFilter(priority=P.EMERGENCY), ["lift"]),
        (TicketFilter(category=C.PLUMBING), ["leak", "old"]),
        (TicketFilter(category=C.LIFT, priority=P.NORMAL), []),
        (TicketFilter(text="张三"), ["socket", "leak", "old"]),
        (TicketFilter(text="张"), ["socket", "leak", "old"]),
        (TicketFilter(text="李四"), ["lock", "lift", "lobby"]),
        (TicketFilter(text="13998765432"), ["lock", "lift", "lobby"]),
        (TicketFilter(text="5678"), ["socket", "leak", "old"]),
        (TicketFilter(text="138-1234-5678"), ["socket", "leak", "old"]),
        (TicketFilter(text="5-1-0801"), ["lock"]),
        (TicketFilter(text="5-1-"), ["lock"]),
        (TicketFilter(text="3-"), ["socket", "leak", "old"]),
        (TicketFilter(text="王五"), []),
        (TicketFilter(text="WX"), ["socket", "lock", "lift", "lobby", "leak", "old"]),
    ],
)
def test_filters_and_search(
    estate: Estate, listed: dict[str, TicketDetail], flt: TicketFilter, names: list[str]
) -> None:
    assert _numbers(estate, flt) == [listed[name].number for name in names]


def test_search_by_number(estate: Estate, listed: dict[str, TicketDetail]) -> None:
    number = listed["lift"].number
    assert _numbers(estate, TicketFilter(text=number.lower())) == [number]
    found = _numbers(estate, TicketFilter(text=number[:-1]))
    assert number in found
    assert all(n.startswith(number[:-1]) for n in found)


def test_filter_by_technician(estate: Estate, listed: dict[str, TicketDetail]) -> None:
    wang = TicketFilter(technician_id=estate.wang.id)
    assert _numbers(estate, wang) == [listed["lift"].number, listed["leak"].number]


def test_filter_by_report_date(estate: Estate, listed: dict[str, TicketDetail]) -> None:
    old_day = listed["old"].reported_at.astimezone().date()
    assert _numbers(estate, TicketFilter(date_from=old_day, date_to=old_day)) == [
        listed["old"].number
    ]
    later = TicketFilter(date_from=old_day + timedelta(days=1))
    assert listed["old"].number not in _numbers(estate, later)


def test_overdue_and_stale(estate: Estate, listed: dict[str, TicketDetail]) -> None:
    now = utcnow()
    # Emergency lift (30 min, 4 h ago) and urgent lock (2 h, 3 h ago) are overdue; the
    # normal ones (24 h) are not yet; the old one (5 days, not dispatched) is.
    overdue = ["lock", "lift", "old"]
    assert _numbers(estate, TicketFilter(overdue_only=True), now) == [
        listed[n].number for n in overdue
    ]
    page = estate.repairs.page(CLERK, TicketFilter(), now=now)
    flagged = [row.number for row in page.rows if row.overdue]
    assert flagged == [listed[n].number for n in overdue]
    # Nothing recorded on the old one for five days: stale (default 3 days).
    assert _numbers(estate, TicketFilter(stale_only=True), now) == [listed["old"].number]
    later = now + timedelta(days=3)
    assert _numbers(estate, TicketFilter(stale_only=True), later) == [
        listed[n].number for n in ["lock", "lift", "lobby", "leak", "old"]
    ]
    # An arrival takes a ticket off the overdue list.
    estate.repairs.step(TECH, listed["lift"].id, StepRequest(T.ARRIVE))
    assert listed["lift"].number not in _numbers(estate, TicketFilter(overdue_only=True), now)


def test_workload(estate: Estate, listed: dict[str, TicketDetail]) -> None:
    loads = {load.technician_name: load for load in estate.repairs.workload(CLERK)}
    assert (loads["王师傅"].open_count, loads["王师傅"].overdue_count) == (2, 1)
    assert (loads["赵师傅"].open_count, loads["赵师傅"].overdue_count) == (1, 1)
    unassigned = loads[""]
    assert unassigned.technician_id is None
    assert (unassigned.open_count, unassigned.overdue_count, unassigned.stale_count) == (2, 1, 1)
    assert "孙阿姨" not in loads  # not an engineer, nothing assigned
    assert [load.open_count for load in estate.repairs.workload(CLERK)] == [2, 2, 1]


def test_backlog(estate: Estate, listed: dict[str, TicketDetail]) -> None:
    now = utcnow()
    rows = estate.repairs.backlog(CLERK, now)
    assert [row.number for row in rows] == [
        listed[n].number for n in ["old", "leak", "lobby", "lift", "lock"]
    ]
    old = rows[0]
    assert old.age == now - listed["old"].reported_at
    assert (old.overdue, old.stale, old.waiting_since) == (True, True, None)
    assert old.location == "3-2-1502"
    assert rows[3].location == "3 栋 2 单元电梯"
    assert rows[1].technician_name == "王师傅"


def test_backlog_age_excludes_the_wait_for_approval(estate: Estate) -> None:
    reported = utcnow() - timedelta(hours=10)
    ticket = estate.repairs.open_ticket(CLERK, leak(reported_at=reported))
    times = iter(reported + timedelta(hours=h) for h in (1, 2, 3, 4))
    for actor, request in paid_story(estate, ticket)[:4]:
        ticket = estate.repairs.step(actor, ticket.id, replace(request, at=next(times)))
    now = reported + timedelta(hours=10)
    (row,) = estate.repairs.backlog(CLERK, now)
    assert row.waiting_since == reported + timedelta(hours=4)
    assert row.resolution_age == timedelta(hours=4)
    assert row.age == timedelta(hours=10)
    assert not row.stale  # waiting for the resident is no staleness
    detail = estate.repairs.detail(CLERK, ticket.id, now)
    assert detail.sla.waiting_for_resident == timedelta(hours=6)
    assert detail.sla.resolution_age == timedelta(hours=4)


# -- settings ---------------------------------------------------------------------------
def test_settings_set_the_limits_of_new_tickets(estate: Estate) -> None:
    settings = estate.services.module(RepairServices).settings
    assert settings.rules().urgent_minutes == 120
    with pytest.raises(PermissionDeniedError):
        settings.set_rules(
            CLERK, emergency_minutes=20, urgent_minutes=60, normal_minutes=720, stale_days=2
        )
    first = estate.repairs.open_ticket(CLERK, leak(priority=P.URGENT))
    settings.set_rules(
        ADMIN, emergency_minutes=20, urgent_minutes=60, normal_minutes=720, stale_days=2
    )
    assert settings.rules().stale_days == 2
    second = estate.repairs.open_ticket(CLERK, leak(priority=P.URGENT))
    assert second.arrival_due_at - second.reported_at == timedelta(hours=1)
    kept = estate.repairs.detail(CLERK, first.id)
    assert kept.arrival_due_at - kept.reported_at == timedelta(hours=2)  # promise kept
    changes = estate.services.audit.page(ADMIN, AuditFilter(entity="estate_setting")).total
    assert changes == 4


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"urgent_minutes": 10}, FIELD_URGENT),  # below the emergency limit
        ({"stale_days": 0}, FIELD_STALE_DAYS),
    ],
)
def test_wrong_settings_write_nothing(estate: Estate, values: dict[str, int], field: str) -> None:
    arguments = {
        "emergency_minutes": 30,
        "urgent_minutes": 120,
        "normal_minutes": 1440,
        "stale_days": 3,
        **values,
    }
    with pytest.raises(ValidationError) as caught:
        estate.services.module(RepairServices).settings.set_rules(ADMIN, **arguments)
    assert caught.value.field == field
    assert _count(estate.services, EstateSetting) == 0


def test_an_unusable_stored_setting_falls_back_to_its_default(estate: Estate) -> None:
    with estate.services.store.write() as session:
        session.add(EstateSetting(key=FIELD_URGENT, value='"soon"'))
        session.add(EstateSetting(key=FIELD_STALE_DAYS, value="5"))
    rules = estate.services.module(RepairServices).settings.rules()
    assert (rules.urgent_minutes, rules.stale_days) == (120, 5)


def test_search_by_a_number_prefix_of_a_year_or_month(
    estate: Estate, listed: dict[str, TicketDetail]
) -> None:
    for ticket in listed.values():
        for prefix in (ticket.number[:6], ticket.number[:8], ticket.number[:10]):
            assert ticket.number in _numbers(estate, TicketFilter(text=prefix)), prefix
    assert _numbers(estate, TicketFilter(text="WX202613")) == []  # no such month
    for nothing in ("WX1999", "WX0000", "WX9999", "WX99991", "WX1999-"):
        assert _numbers(estate, TicketFilter(text=nothing)) == [], nothing
