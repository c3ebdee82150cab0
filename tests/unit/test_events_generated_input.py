"""Generated input through the events' services: whatever is typed into the plan form
(kind, theme, times, place, organiser, content, budget), the held form (participants,
feedback, cost), a cancel or void reason, the notice's QR text or the list's filter is
stored as cleaned or refused with a UserError naming its form field, and a refusal
writes nothing (tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.events.inputs import EventPlan, HeldRecord
from propdesk.services.events.service import EventServices
from propdesk.services.events.views import EventFilter
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
PLAN_FIELDS = {"kind", "theme", "starts_at", "ends_at", "place", "content", "organiser", "budget"}
amounts = st.integers(-(10**12), 10**12) | st.sampled_from([0, 1, None, 1.5, "100", True])


@dataclass(frozen=True)
class Estate:
    services: Services
    doors: EventServices

    def __repr__(self) -> str:
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("events")), fast_hashing=True)
    services.estate.set_up("翠湖花园")
    yield Estate(services, services.module(EventServices))
    services.close()


def _refused(
    estate: Estate, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    assert error is not None
    assert error.field in names, error
    assert error.message
    assert row_counts(estate.services.store) == before


@GENERATED
@given(
    kind=st.sampled_from(list(EventKind)) | bad_choices,
    theme=typed,
    starts=st.none() | edge_datetimes,
    hours=st.integers(-5, 24 * 10),
    place=typed,
    organiser=typed,
    content=typed,
    budget=amounts,
)
def test_the_plan_form(
    estate: Estate,
    kind: object,
    theme: str,
    starts: datetime | None,
    hours: int,
    place: str,
    organiser: str,
    content: str,
    budget: object,
) -> None:
    start = starts or datetime.now().astimezone() + timedelta(days=2)
    plan = EventPlan(
        kind,  # type: ignore[arg-type]
        theme,
        start,
        start + timedelta(hours=hours) if start.year < 9999 else start,
        place,
        organiser,
        content,
        budget,  # type: ignore[arg-type]
    )
    before = row_counts(estate.services.store)
    saved, error = attempt(lambda: estate.doors.events.plan(CLERK, plan))
    if saved is None:
        _refused(estate, before, error, PLAN_FIELDS)
        return
    assert saved.row.theme == " ".join(theme.split())
    assert saved.row.state is EventState.PLANNED


@GENERATED
@given(
    participants=amounts,
    feedback=typed,
    cost=amounts,
    reason=typed,
    qr=typed,
)
def test_held_cancel_void_and_notice(
    estate: Estate, participants: object, feedback: str, cost: object, reason: str, qr: str
) -> None:
    events = estate.doors.events
    start = datetime.now().astimezone() - timedelta(hours=3)
    made = events.plan(
        CLERK,
        EventPlan(EventKind.TALK, "消防讲座", start, start + timedelta(hours=1), "会所", "客服部"),
    )
    before = row_counts(estate.services.store)
    held, error = attempt(
        lambda: events.record_held(
            CLERK,
            made.id,
            HeldRecord(participants, feedback, cost),  # type: ignore[arg-type]
        )
    )
    if held is None:
        _refused(estate, before, error, {"participants", "feedback", "actual_cost"})
    before = row_counts(estate.services.store)
    notice, error = attempt(lambda: estate.doors.notices.notice(CLERK, made.id, qr))
    if notice is None:
        _refused(estate, before, error, {"qr_text"})
    if held is None:
        cancelled, error = attempt(lambda: events.cancel(CLERK, made.id, reason))
        if cancelled is None:
            _refused(estate, before, error, {"reason"})
    before = row_counts(estate.services.store)
    voided, error = attempt(lambda: events.void(MANAGER, made.id, reason))
    if voided is None:
        _refused(estate, before, error, {"reason"})


@GENERATED
@given(
    first=st.none() | edge_dates,
    last=st.none() | edge_dates,
    state=st.none() | st.sampled_from(list(EventState)) | bad_choices,
    kind=st.none() | st.sampled_from(list(EventKind)) | bad_choices,
    text=typed,
)
def test_the_list_filter(
    estate: Estate,
    first: date | None,
    last: date | None,
    state: object,
    kind: object,
    text: str,
) -> None:
    wanted = EventFilter(first, last, state, kind, text)  # type: ignore[arg-type]
    page, error = attempt(lambda: estate.doors.events.page(CLERK, wanted))
    if page is None:
        assert error is not None
        assert error.field in {"first", "last", "state", "kind", "text"}
    _, error = attempt(lambda: estate.doors.events.detail(CLERK, uuid.uuid4()))
    assert error is not None
