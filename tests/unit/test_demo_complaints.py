"""Demo complaints and inquiries: a year of the full estate's volume on a small estate,
made through the generator the registry will pair with the module, read back as the
workflow, the numbering and the complaints' services see it."""

from __future__ import annotations

import itertools
import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.complaints.kinds import ComplaintCategory, RootCause, Verdict
from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep, next_state
from propdesk.domain.numbering import NumberKind, parse_number
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.core.actor import system_actor
from propdesk.services.core.module_spec import DemoRequest, ModuleSpec
from propdesk.services.core.numbering import allocate
from propdesk.services.demo.complaints.generator import ComplaintsDemo
from propdesk.store.models import (
    Complaint,
    ComplaintStepRecord,
    Department,
    Inquiry,
    NumberCounter,
    Staff,
)
from tests.complaints_estate import complaint_services

SCALE = 0.05  # one building
YEARS = 1.0  # the full estate's volume: about 730 complaints and 3,650 inquiries
NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # 10:30 in Shenzhen
ADMIN = system_actor("客服中心")
SHENZHEN = timedelta(hours=8)
EARLIER = date(2026, 11, 3)  # a complaint and an inquiry numbered before the demo


@dataclass
class Made:
    services: Services
    counts: dict[str, int]
    alongside_calls: int
    complaints: list[Complaint]
    steps: dict[uuid.UUID, list[ComplaintStepRecord]]
    inquiries: list[Inquiry]
    staff: dict[uuid.UUID, Staff]


def _local_month(at: datetime) -> str:
    local = at.astimezone(UTC) + SHENZHEN
    return f"{local.year:04d}{local.month:02d}"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    services = open_services(
        Paths.resolve(tmp_path_factory.mktemp("tousu") / "data"), fast_hashing=True
    )
    services.demo.create(ADMIN, seed=11, scale=SCALE)
    spec = ModuleSpec[object]("complaints").with_demo(ComplaintsDemo)
    assert spec.demo is not None
    calls: list[int] = []
    with services.store.write() as session:
        allocate(session, NumberKind.COMPLAINT, EARLIER)
        allocate(session, NumberKind.INQUIRY, EARLIER)
        connection = session.connection()
        generator = spec.demo(connection, DemoRequest(11, 1.0, YEARS, NOW, "客服中心"))
        generator.plan()
        counts = dict(generator.write(connection, lambda: calls.append(1)))
    with services.store.read() as session:
        complaints = list(session.scalars(select(Complaint).order_by(Complaint.received_at)))
        steps: dict[uuid.UUID, list[ComplaintStepRecord]] = defaultdict(list)
        for step in session.scalars(
            select(ComplaintStepRecord).order_by(ComplaintStepRecord.at, ComplaintStepRecord.id)
        ):
            steps[step.complaint_id].append(step)
        inquiries = list(session.scalars(select(Inquiry).order_by(Inquiry.asked_at)))
        staff = {s.id: s for s in session.scalars(select(Staff))}
        session.expunge_all()
    yield Made(services, counts, len(calls), complaints, steps, inquiries, staff)
    services.close()


def test_counts_match_the_tables_and_the_volumes_asked(made: Made) -> None:
    assert made.counts == {"complaints": len(made.complaints), "inquiries": len(made.inquiries)}
    assert made.alongside_calls == 1  # the next generators plan while indexes are rebuilt
    days = 365
    assert 1.5 * days < len(made.complaints) < 2.6 * days  # 1–3 a day
    assert 9 * days < len(made.inquiries) < 11.5 * days  # about ten a day
    assert all(len(made.steps[c.id]) >= 1 for c in made.complaints)


def _check_numbers(
    numbers: list[tuple[datetime, str]], kind: NumberKind, services: Services
) -> None:
    """Unique, of the local month of their time, numbered in time order after the
    number taken before the demo; the counters stand at the last, so the desk's next
    number follows on."""
    texts = [n for _, n in numbers]
    assert len(set(texts)) == len(texts)
    last: dict[str, int] = {_local_month(datetime(2026, 11, 3, tzinfo=UTC)): 1}
    for at, number in sorted(numbers):
        parsed_kind, period, seq = parse_number(number)
        assert parsed_kind is kind
        assert period == _local_month(at)
        assert seq == last.get(period, 0) + 1, number
        last[period] = seq
    with services.store.write() as session:
        counters = {
            c.period: c.last
            for c in session.scalars(select(NumberCounter).where(NumberCounter.kind == kind.value))
        }
        assert counters == last
        following = allocate(session, kind, (NOW + SHENZHEN).date())
        assert following not in texts
        session.rollback()


def test_numbers_are_unique_monthly_and_the_counters_moved_on(made: Made) -> None:
    _check_numbers(
        [(c.received_at, c.number) for c in made.complaints], NumberKind.COMPLAINT, made.services
    )
    _check_numbers(
        [(i.asked_at, i.number) for i in made.inquiries], NumberKind.INQUIRY, made.services
    )


def test_every_timeline_replays_through_the_workflow(made: Made) -> None:
    for c in made.complaints:
        steps = made.steps[c.id]
        assert steps[0].step == ComplaintStep.RECEIVE.value
        assert steps[0].at == c.received_at
        assert steps[0].username == c.created_by
        state = ComplaintState(steps[0].to_state)
        assert state is ComplaintState.RECEIVED
        round_ = 1
        for previous, step in itertools.pairwise(steps):
            assert step.at > previous.at
            fields = json.loads(step.fields)
            verdict = Verdict(fields["verdict"]) if "verdict" in fields else None
            expected = next_state(state, ComplaintStep(step.step), verdict)
            assert (step.from_state, step.to_state) == (state.value, expected.value)
            if verdict is Verdict.NOT_SATISFIED:
                round_ += 1
            assert step.round == round_
            state = expected
        assert c.state == state.value
        assert c.round == round_
        assert c.last_step_at == steps[-1].at <= NOW
        assert c.updated_at == c.last_step_at


def test_closed_complaints_have_their_root_cause_and_follow_ups_come_after(made: Made) -> None:
    for c in made.complaints:
        closed = c.state == ComplaintState.CLOSED.value
        assert (c.closed_at is not None) == closed
        if closed:
            assert c.root_cause in {r.value for r in RootCause}
            assert c.root_cause_text
            assert c.corrective_action
            assert c.manager_closed == bool(c.close_reason)
        else:
            assert (c.root_cause, c.corrective_action, c.manager_closed) == ("", "", False)
        if c.follow_up_at is not None:
            assert closed
            assert c.closed_at is not None
            assert c.follow_up_at > c.closed_at
            assert c.follow_up_by
            assert c.follow_up_result
            assert c.follow_up_rating in range(1, 6)
        if c.first_answered_at is not None:
            assert c.answered_at is not None
            assert c.received_at < c.first_answered_at <= c.answered_at
        if c.handler_id is not None:  # the handler works in the department given
            assert made.staff[c.handler_id].department_id == c.department_id


def test_anonymous_complaints_keep_no_name_or_phone(made: Made) -> None:
    anonymous = [c for c in made.complaints if c.anonymous]
    assert len(anonymous) >= 10
    for c in anonymous:
        assert (c.complainant_name, c.complainant_phone, c.complainant_phone_tail) == ("", "", "")
        assert c.resident_id is None
        assert c.follow_up_at is None  # nobody to visit
        steps = made.steps[c.id]
        assert all(not json.loads(s.fields).get("verdict") for s in steps)
    named = [c for c in made.complaints if not c.anonymous]
    assert all(c.complainant_name and c.complainant_phone for c in named)
    assert all(c.complainant_phone_tail == c.complainant_phone[-4:] for c in named)


def test_the_mix_a_real_office_sees(made: Made) -> None:
    complaints = made.complaints
    states = Counter(c.state for c in complaints)
    closed = states[ComplaintState.CLOSED.value]
    assert closed > 0.9 * len(complaints)
    assert 0 < len(complaints) - closed < 40  # the last days' are open
    assert all(c.received_at > NOW - timedelta(days=30) for c in complaints if c.closed_at is None)
    assert sum(1 for c in complaints if c.round > 1) > 0.08 * len(complaints)
    assert sum(1 for c in complaints if c.manager_closed) > 10
    assert sum(1 for c in complaints if c.follow_up_at) > 0.75 * closed
    late = [
        c for c in complaints if c.first_answered_at and c.first_answered_at > c.response_due_at
    ]
    assert 0.03 * len(complaints) < len(late) < 0.25 * len(complaints)
    # Hot spots and residents who come back.
    per_unit = Counter(c.unit_id for c in complaints if c.unit_id is not None)
    assert per_unit.most_common(1)[0][1] >= 10
    per_area = Counter(c.common_area for c in complaints if c.common_area)
    assert per_area["垃圾分类收集点"] > per_area["会所"]
    per_person = Counter(c.complainant_phone for c in complaints if c.complainant_phone)
    assert sum(1 for n in per_person.values() if n >= 5) >= 3


def _share(complaints: list[Complaint], category: ComplaintCategory, months: set[int]) -> float:
    chosen = [c for c in complaints if (c.received_at.astimezone(UTC) + SHENZHEN).month in months]
    return sum(1 for c in chosen if c.category == category.value) / len(chosen)


def test_summer_is_noisy_and_winter_leaks(made: Made) -> None:
    summer, winter = {6, 7, 8, 9}, {12, 1, 2}
    noise = ComplaintCategory.NOISE
    assert _share(made.complaints, noise, summer) > 1.5 * _share(made.complaints, noise, winter)
    facilities = ComplaintCategory.FACILITIES
    assert _share(made.complaints, facilities, winter) > _share(made.complaints, facilities, summer)
    winter_words = {"冬天热水器打不着火", "卫生间天花板漏水", "外墙渗水，墙面发霉"}
    for c in made.complaints:
        if c.description in winter_words:
            assert (c.received_at.astimezone(UTC) + SHENZHEN).month in winter


def test_inquiries_answered_promised_overdue_and_converted(made: Made) -> None:
    inquiries = made.inquiries
    complaints = {c.id: c for c in made.complaints}
    states = Counter(i.state for i in inquiries)
    on_the_spot = [i for i in inquiries if i.promised_by is None and i.complaint_id is None]
    assert len(on_the_spot) > 0.7 * len(inquiries)
    for i in on_the_spot:
        assert i.state == InquiryState.ANSWERED.value
        assert i.answer
        assert i.answered_at == i.asked_at
        assert i.answered_by
    promised = [i for i in inquiries if i.promised_by is not None]
    assert len(promised) > 0.1 * len(inquiries)
    for i in promised:
        assert i.promised_by is not None
        assert i.promised_by > i.asked_at
        if i.state == InquiryState.OPEN.value:
            assert (i.answer, i.answered_at, i.answered_by) == ("", None, "")
        else:
            assert i.answered_at is not None
            assert i.asked_at < i.answered_at <= NOW
            assert i.answer
    overdue = [i for i in promised if i.state == "open" and i.promised_by and i.promised_by < NOW]
    assert 1 <= len(overdue) <= 30
    assert all(i.asked_at > NOW - timedelta(days=20) for i in overdue)
    assert any(i.answered_at and i.promised_by and i.answered_at > i.promised_by for i in promised)
    converted = [i for i in inquiries if i.state == InquiryState.CONVERTED.value]
    assert states[InquiryState.CONVERTED.value] == len(converted) >= 5
    for i in converted:
        complaint = complaints[i.complaint_id] if i.complaint_id else None
        assert complaint is not None
        assert i.asked_at < complaint.received_at == i.converted_at
        assert i.asker_name == complaint.complainant_name
    assert sum(1 for i in inquiries if i.kind == "suggestion") > 0.05 * len(inquiries)


def test_the_services_list_and_open_every_kind_of_demo_complaint(made: Made) -> None:
    front = complaint_services(made.services)
    complaints = front.complaints
    page = complaints.page(ADMIN, ComplaintFilter(), limit=200, now=NOW)
    assert len(page.rows) == 200
    later = complaints.page(ADMIN, ComplaintFilter(), before=page.next_before, limit=200, now=NOW)
    assert later.rows
    assert later.rows[0].received_at <= page.rows[-1].received_at
    open_ones = complaints.page(
        ADMIN,
        ComplaintFilter(states=frozenset({ComplaintState.HANDLING, ComplaintState.ANSWERED})),
        now=NOW,
    )
    assert all(
        r.state in (ComplaintState.HANDLING, ComplaintState.ANSWERED) for r in open_ones.rows
    )
    sample: dict[tuple[str, bool, bool, int], Complaint] = {}
    for c in made.complaints:
        sample.setdefault((c.state, c.anonymous, c.manager_closed, min(c.round, 3)), c)
    for c in sample.values():
        detail = complaints.detail(ADMIN, c.id, now=NOW)
        assert detail.number == c.number
        assert len(detail.timeline) == len(made.steps[c.id])
        if c.handler_id is not None:
            assert detail.handler_name
            assert detail.department_name
        assert detail.created_by_name
        assert complaints.find_by_number(ADMIN, c.number).id == c.id
    inquiries = front.inquiries.page(ADMIN, limit=100, now=NOW)
    assert len(inquiries.rows) == 100
    pending = front.inquiries.page(ADMIN, open_only=True, now=NOW)
    assert pending.rows
    assert any(view.overdue for view in pending.rows)


def test_hires_handlers_only_where_a_department_has_nobody(made: Made) -> None:
    with made.services.store.read() as session:
        departments = {d.id: d.code for d in session.scalars(select(Department))}
    handled = {departments[c.department_id] for c in made.complaints if c.department_id}
    assert handled == {"security", "cleaning", "greening", "engineering", "customer_service"}
    per_department = Counter(departments[s.department_id] for s in made.staff.values())
    assert per_department["customer_service"] == 3
    assert per_department["cleaning"] == 2
