"""The complaints' service targets: "complaints answered in time" from the complaints
received in the window (as the analysis judges them, voided ones left out), and
"owner satisfaction" from the repairs' follow-up ratings *and* the complaints' verdicts
and follow-ups, the two modules' inputs added up by the target's own rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from propdesk.domain.complaints.kinds import FollowUpMethod, Verdict
from propdesk.domain.complaints.workflow import ComplaintStep, StepRequest
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.service_targets import (
    SPECS,
    ComplaintInputs,
    Outcome,
    Period,
    SatisfactionInputs,
    TargetKey,
    TargetResult,
    satisfaction,
)
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.module import MODULE as COMPLAINTS
from propdesk.services.complaints.target import complaints_in_time, satisfaction_inputs
from propdesk.services.core.module_spec import ModuleSpec, target_sources
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.module import MODULE as REPAIRS
from propdesk.services.repairs.service import RepairServices
from propdesk.services.reporting.targets import evaluate_in
from propdesk.store.base import utcnow
from propdesk.store.models import RepairTicket
from tests.unit.test_complaints_service import CLERK, CLOSING, MANAGER, Estate

T = ComplaintStep
D = Decimal


# -- the domain's rule ---------------------------------------------------------------------
def test_satisfaction_inputs_add_up() -> None:
    repairs = SatisfactionInputs({5: 3, 2: 1})
    complaints = SatisfactionInputs({5: 1, 4: 2}, verdicts_satisfied=3, verdicts=4)
    both = SatisfactionInputs.combine([repairs, complaints])
    assert both == SatisfactionInputs(
        {5: 4, 2: 1, 4: 2}, survey_satisfied=0, survey_answers=0, verdicts_satisfied=3, verdicts=4
    )
    assert SPECS[TargetKey.SATISFACTION].combine is not None
    assert SPECS[TargetKey.REPAIR_ARRIVAL].combine is None


def test_verdicts_count_in_the_share() -> None:
    oct_ = Period.month(2026, 10)
    # 2 of 3 ratings are 4–5, 3 of 4 verdicts satisfied: 5 of 7.
    result = satisfaction(
        oct_, SatisfactionInputs({5: 2, 1: 1}, verdicts_satisfied=3, verdicts=4), D(90)
    )
    assert result.actual == D("71.4")
    assert result.outcome is Outcome.NOT_MET
    assert (result.detail("verdicts_satisfied"), result.detail("verdicts")) == (3, 4)
    assert (result.detail("satisfied"), result.detail("answers")) == (5, 7)
    with pytest.raises(ValueError, match="verdicts"):
        SatisfactionInputs({}, verdicts_satisfied=2, verdicts=1)


# -- the registry's sources ----------------------------------------------------------------
def _fixed(value: object) -> object:
    def source(_s: Session, _w: Period, _n: datetime) -> object:
        return value

    return source


def test_several_modules_give_satisfaction_one_gives_the_others() -> None:
    a = ModuleSpec[object](key="a", targets={TargetKey.SATISFACTION: _fixed(None)})  # type: ignore[dict-item]
    b = ModuleSpec[object](
        key="b",
        targets={TargetKey.SATISFACTION: _fixed(SatisfactionInputs({5: 1}))},  # type: ignore[dict-item]
    )
    c = replace(b, key="c")
    sources = target_sources((a, b, c))
    week = Period.month(2026, 10)
    combined = sources[TargetKey.SATISFACTION](None, week, utcnow())  # type: ignore[arg-type]
    assert combined == SatisfactionInputs({5: 2})
    # Nothing recorded anywhere: no data, not 0 %.
    nothing = target_sources((a, replace(a, key="a2")))
    assert nothing[TargetKey.SATISFACTION](None, week, utcnow()) is None  # type: ignore[arg-type]
    # A target only one module may record is still refused twice.
    with pytest.raises(ValueError, match="two sources"):
        target_sources((REPAIRS, replace(REPAIRS, key="twin")))
    assert set(target_sources((REPAIRS, COMPLAINTS))) == {
        TargetKey.SATISFACTION,
        TargetKey.REPAIR_ARRIVAL,
        TargetKey.COMPLAINTS_IN_TIME,
    }


# -- on an estate ---------------------------------------------------------------------------
class Month:
    """Complaints of the last few days: one answered in time, satisfied, closed and
    rated 5; one sent back and still not satisfied; one never answered, its deadline
    passed; one voided (counted nowhere). And a repair ticket rated 2."""

    def __init__(self, services: Services) -> None:
        estate = Estate(services)
        complaints = estate.complaints
        now = utcnow()
        self.happy = complaints.take(CLERK, estate.noise())
        estate.assign(self.happy.id)
        estate.answer(self.happy.id)
        complaints.step(CLERK, self.happy.id, StepRequest(T.VERDICT, verdict=Verdict.SATISFIED))
        complaints.step(CLERK, self.happy.id, StepRequest(T.CLOSE, **CLOSING))  # type: ignore[arg-type]
        complaints.step(
            CLERK,
            self.happy.id,
            StepRequest(
                T.FOLLOW_UP, visitor="李客服", method=FollowUpMethod.VISIT, result="好", rating=5
            ),
        )
        self.unhappy = complaints.take(CLERK, estate.noise())
        estate.assign(self.unhappy.id)
        estate.answer(self.unhappy.id)
        complaints.step(
            CLERK, self.unhappy.id, StepRequest(T.VERDICT, verdict=Verdict.NOT_SATISFIED)
        )
        self.late = complaints.take(
            CLERK,
            estate.noise(
                received_at=now - timedelta(days=2), response_due_at=now - timedelta(days=1)
            ),
        )
        voided = complaints.take(CLERK, estate.noise())
        estate.assign(voided.id)
        estate.answer(voided.id)
        complaints.step(CLERK, voided.id, StepRequest(T.VERDICT, verdict=Verdict.SATISFIED))
        complaints.step(MANAGER, voided.id, StepRequest(T.VOID, reason="重复登记"))
        repairs = services.module(RepairServices).tickets
        ticket = repairs.open_ticket(
            CLERK,
            TicketInput(
                reporter_name="张三",
                reporter_phone="13812345678",
                category=RepairCategory.PLUMBING,
                description="厨房水管漏水",
                unit_code="3-2-1502",
            ),
        )
        # Only what the repairs' source reads: their follow-up path is their tests'.
        with services.store.write() as session:
            session.execute(
                update(RepairTicket)
                .where(RepairTicket.id == ticket.id)
                .values(rating=2, followed_up_at=now)
            )
        self.services = services
        self.now = now
        today = now.astimezone().date()
        self.window = Period(today - timedelta(days=3), today)

    def results(self) -> dict[TargetKey, TargetResult]:
        sources = target_sources((REPAIRS, COMPLAINTS))
        with self.services.store.read() as session:
            found = evaluate_in(session, self.window, self.now, sources)
        return {result.key: result for result in found}


@pytest.fixture
def month(services: Services) -> Month:
    return Month(services)


def test_complaints_in_time_from_the_window_s_complaints(month: Month) -> None:
    with month.services.store.read() as session:
        inputs = complaints_in_time(session, month.window, month.now)
    # Judged: the two answered (in time) and the one overdue; voided not counted.
    assert inputs == ComplaintInputs(answered_in_time=2, due=3, closed=1, followed_up=1)
    result = month.results()[TargetKey.COMPLAINTS_IN_TIME]
    assert result.actual == D("66.6")
    assert result.outcome is Outcome.NOT_MET
    assert result.detail("followed_up") == 1


def test_satisfaction_counts_repairs_ratings_and_complaints_verdicts_and_follow_ups(
    month: Month,
) -> None:
    with month.services.store.read() as session:
        mine = satisfaction_inputs(session, month.window, month.now)
    assert mine == SatisfactionInputs({5: 1}, verdicts_satisfied=1, verdicts=2)
    result = month.results()[TargetKey.SATISFACTION]
    # Ratings: the complaint's 5 and the repair's 2; verdicts: 1 of 2 satisfied.
    assert (result.detail("ratings_satisfied"), result.detail("ratings")) == (1, 2)
    assert (result.detail("verdicts_satisfied"), result.detail("verdicts")) == (1, 2)
    assert (result.detail("satisfied"), result.detail("answers")) == (2, 4)
    assert result.actual == D("50.0")


def test_an_empty_window_is_no_data(month: Month) -> None:
    before = Period(month.window.first - timedelta(days=30), month.window.first - timedelta(days=5))
    with month.services.store.read() as session:
        assert complaints_in_time(session, before, month.now) is None
        assert satisfaction_inputs(session, before, month.now) is None
