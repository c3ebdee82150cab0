"""The complaints analysis through its service: a complaint's whole life shows in it,
every figure's filter lists exactly the complaints it counts, anonymous complaints
are never repeat complainants, voided ones count nowhere, and who may read it. (Its
speed is a benchmark's to measure, on the demo's five years, never a timed assertion.)"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.analysis import (
    ComplaintAnalysis,
    ComplaintAnalysisService,
    ComplianceFigures,
    SatisfactionFigures,
)
from propdesk.services.complaints.queries import ComplaintFilter, clean_filter, complaint_page
from propdesk.services.core.actor import Actor
from propdesk.services.core.periods import start_of
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import Complaint
from propdesk.store.unit_of_work import Store
from tests.unit.test_complaints_service import CLERK, CLOSING, COMMITTEE, GUARD, MANAGER, Estate

S = ComplaintState
T = ComplaintStep
YEAR = 2025
NOW = start_of(date(YEAR + 1, 1, 5))


def listed(store: Store, actor: Actor, flt: ComplaintFilter, now: datetime) -> int:
    """How many complaints the list shows for `flt`, page by page as the list reads."""
    flt = clean_filter(flt)
    count, before = 0, None
    with store.read() as session:
        while True:
            page = complaint_page(session, actor, flt, now, before, 500)
            count += len(page.rows)
            if page.next_before is None:
                return count
            before = page.next_before


def test_a_complaint_sent_back_once_closed_and_followed_up_shows(services: Services) -> None:
    estate = Estate(services)
    taken = estate.complaints.take(CLERK, estate.noise())
    estate.assign(taken.id)
    estate.answer(taken.id)
    estate.complaints.step(CLERK, taken.id, StepRequest(T.VERDICT, verdict=Verdict.NOT_SATISFIED))
    estate.answer(taken.id, "与施工方约定只在白天施工")
    estate.complaints.step(CLERK, taken.id, StepRequest(T.VERDICT, verdict=Verdict.SATISFIED))
    estate.complaints.step(CLERK, taken.id, StepRequest(T.CLOSE, **CLOSING))
    estate.complaints.step(
        CLERK,
        taken.id,
        StepRequest(
            T.FOLLOW_UP, visitor="李客服", method=FollowUpMethod.PHONE, result="好", rating=5
        ),
    )
    voided = estate.complaints.take(CLERK, estate.noise())
    estate.complaints.step(MANAGER, voided.id, StepRequest(T.VOID, reason="重复登记"))
    today = taken.received_at.astimezone().date()
    analysis = ComplaintAnalysisService(services.store).period(COMMITTEE, today, today)
    assert analysis.received == 1  # the voided one is not counted
    (bar,) = analysis.pareto
    assert (bar.bar.category, bar.bar.count, bar.bar.cumulative) == (
        ComplaintCategory.NOISE,
        1,
        1.0,
    )
    assert analysis.compliance.figures.in_time == 1
    happy = analysis.satisfaction.figures
    assert (happy.satisfied_first_round, happy.satisfied_later, happy.ratings[4]) == (0, 1, 1)
    assert happy.follow_up_rate == 1.0
    (department,) = analysis.departments
    assert department.name
    assert department.figures.received == 1
    store, now = services.store, analysis.as_of
    assert listed(store, COMMITTEE, analysis.records, now) == 1
    assert listed(store, COMMITTEE, analysis.satisfaction.satisfied_later, now) == 1
    assert listed(store, COMMITTEE, analysis.satisfaction.satisfied_first_round, now) == 0


def test_who_may_read_it_and_a_period_backwards(services: Services) -> None:
    service = ComplaintAnalysisService(services.store)
    with pytest.raises(PermissionDeniedError):
        service.year(GUARD, YEAR)
    with pytest.raises(ValidationError) as refused:
        service.period(CLERK, date(YEAR, 2, 1), date(YEAR, 1, 1))
    assert refused.value.field == "date_to"
    empty = service.year(COMMITTEE, YEAR, now=NOW)
    assert (empty.received, empty.pareto, empty.compliance.figures.share) == (0, (), None)
    assert len(empty.months) == 12
    assert empty.monthly_chart.categories[0] == date(YEAR, 1, 1)


class Generated:
    """Complaints written straight into the store, as the demo data will be: places,
    complainants (some anonymous), departments, answers in time or late, verdicts and
    ratings drawn from a seeded random source."""

    def __init__(self, services: Services) -> None:
        self.store = services.store
        admin = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
        self.units = [
            services.units.save(admin, UnitInput("1", "1", f"{n}01")).id for n in range(1, 9)
        ]
        staff = [
            services.staff.save(admin, StaffInput("赵队长", "security")),
            services.staff.save(admin, StaffInput("孙阿姨", "cleaning")),
        ]
        self.handlers = [(s.department_id, s.id) for s in staff]
        self.serial = 0

    def write(self, first: date, days: int, per_day: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        rows: list[Complaint] = []
        for day in range(days):
            for _ in range(per_day):
                rows.append(self._one(rng, start_of(first + timedelta(days=day))))
        with self.store.write() as session:
            session.add_all(rows)

    def _one(self, rng: random.Random, midnight: datetime) -> Complaint:
        self.serial += 1
        received = midnight + timedelta(minutes=rng.randrange(8 * 60, 20 * 60))
        due = received + timedelta(hours=24)
        anonymous = rng.random() < 0.2
        phone = "" if anonymous else f"1380000{rng.randrange(20):04d}"
        state = rng.choice([S.RECEIVED, S.HANDLING, S.ANSWERED, S.CLOSED, S.CLOSED, S.VOIDED])
        assigned = state is not S.RECEIVED
        answered = (
            received + timedelta(hours=rng.choice([2, 20, 30]))
            if state
            in (
                S.ANSWERED,
                S.CLOSED,
            )
            else None
        )
        verdict = rng.choice(list(Verdict)) if state is S.CLOSED else None
        department, handler = rng.choice(self.handlers) if assigned else (None, None)
        in_unit = rng.random() < 0.7
        return Complaint(
            number=f"TS{received:%Y%m}-{self.serial:05d}",
            state=state.value,
            round=1 if verdict is not Verdict.NOT_SATISFIED else 2,
            channel=ComplaintChannel.PHONE.value,
            category=rng.choice(list(ComplaintCategory)).value,
            severity=Severity.NORMAL.value,
            anonymous=anonymous,
            complainant_name="" if anonymous else f"业主{phone[-2:]}",
            complainant_phone=phone,
            complainant_phone_tail=phone[-4:],
            unit_id=rng.choice(self.units) if in_unit else None,
            common_area="" if in_unit else rng.choice(["东门", "地下车库", "3号楼电梯"]),
            description="生成的投诉",
            created_by="clerk",
            received_at=received,
            response_due_at=due,
            department_id=department,
            handler_id=handler,
            first_answered_at=answered,
            answered_at=answered,
            verdict="" if verdict is None else verdict.value,
            closed_at=answered if state is S.CLOSED else None,
            follow_up_rating=rng.randrange(1, 6)
            if state is S.CLOSED and rng.random() < 0.6
            else None,
            last_step_at=received,
        )


def _filters(analysis: ComplaintAnalysis) -> list[tuple[str, int, ComplaintFilter]]:
    """(name, count, filter) of every linked figure."""

    def deadline(name: str, c: ComplianceFigures) -> list[tuple[str, int, ComplaintFilter]]:
        f = c.figures
        return [
            (f"{name} in time", f.in_time, c.in_time),
            (f"{name} late", f.late, c.late),
            (f"{name} overdue", f.overdue, c.overdue),
        ]

    def pleased(name: str, s: SatisfactionFigures) -> list[tuple[str, int, ComplaintFilter]]:
        f = s.figures
        found = [
            (f"{name} first", f.satisfied_first_round, s.satisfied_first_round),
            (f"{name} later", f.satisfied_later, s.satisfied_later),
            (f"{name} unhappy", f.not_satisfied, s.not_satisfied),
            (f"{name} closed", f.closed, s.closed),
        ]
        return found + [(f"{name} {n + 1}", f.ratings[n], s.ratings[n]) for n in range(5)]

    found = [("all", analysis.received, analysis.records)]
    found += [(f"pareto {b.bar.category}", b.bar.count, b.records) for b in analysis.pareto]
    found += deadline("all", analysis.compliance) + pleased("all", analysis.satisfaction)
    for m in analysis.months:
        found += [(f"{m.figures.month}", m.figures.received, m.records)]
        found += deadline(f"{m.figures.month}", m.compliance)
    for d in analysis.departments:
        found += [(f"dept {d.name}", d.figures.received, d.records)]
        found += deadline(d.name, d.compliance) + pleased(d.name, d.satisfaction)
    found += [(f"place {p.place}", p.repeat.count, p.records) for p in analysis.repeat_places]
    found += [(f"person {p.name}", p.repeat.count, p.records) for p in analysis.repeat_complainants]
    return found


def test_every_figure_lists_exactly_the_complaints_it_counts(services: Services) -> None:
    generated = Generated(services)
    generated.write(date(YEAR - 1, 12, 1), 400, 2)  # a month either side of the year
    analysis = ComplaintAnalysisService(services.store).year(MANAGER, YEAR, now=NOW)
    assert analysis.received > 400
    assert analysis.repeat_places
    assert analysis.repeat_complainants
    assert sum(m.figures.received for m in analysis.months) == analysis.received
    for name, count, flt in _filters(analysis):
        assert listed(services.store, MANAGER, flt, NOW) == count, name
    # Never an anonymous complainant; the committee sees only the phone's last digits.
    assert all(p.name and p.phone for p in analysis.repeat_complainants)
    masked = ComplaintAnalysisService(services.store).year(COMMITTEE, YEAR, now=NOW)
    assert all(p.phone.startswith("*******") for p in masked.repeat_complainants)
    for place in analysis.repeat_places:
        assert place.repeat.count >= 3
        assert (place.repeat.last - place.repeat.first).days < 90


def test_the_list_filter_is_still_what_it_was_without_the_new_fields() -> None:
    old = ComplaintFilter(None, ComplaintCategory.NOISE, False, date(YEAR, 1, 1), None, "TS")
    assert clean_filter(old) == old
    with pytest.raises(ValidationError) as refused:
        clean_filter(ComplaintFilter(rating=6))
    assert refused.value.field == "rating"
