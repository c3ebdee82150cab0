"""Generated input through the drills services: whatever is typed into the session
form (topic, title, time, duration, residents, place, texts, people), the plan's
entry form, a void reason or the list's filter is stored as cleaned or refused with a
UserError naming its form field, and a refusal writes nothing
(tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.drills.kinds import Topic
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.drills.inputs import SessionInput
from propdesk.services.drills.plan import PlanEntryInput
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import SessionFilter
from propdesk.services.master_data.staff import StaffInput
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
SESSION_FIELDS = {
    "topic",
    "title",
    "held_at",
    "minutes",
    "residents",
    "place",
    "practised",
    "problems",
    "actions",
    "organiser_id",
    "participants",
}
HELD = datetime(2026, 6, 18, 14, 30, tzinfo=timezone(timedelta(hours=8)))


@dataclass(frozen=True)
class Estate:
    services: Services
    doors: DrillServices
    staff: tuple[uuid.UUID, ...]

    def __repr__(self) -> str:
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("drills")), fast_hashing=True)
    services.estate.set_up("翠湖花园")
    staff = tuple(
        services.staff.save(MANAGER, StaffInput(name, "security")).id for name in ("张伟", "李娜")
    )
    yield Estate(services, services.module(DrillServices), staff)
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
    topic=st.sampled_from(list(Topic)) | bad_choices,
    title=typed,
    held_at=edge_datetimes | st.just(HELD),
    minutes=st.integers(-10, 1000) | st.sampled_from([60, True]),
    residents=st.integers(-5, 6000) | st.just(0),
    place=typed,
    text=typed,
    people=st.sampled_from(["ok", "none", "unknown"]),
)
def test_the_session_form(
    estate: Estate,
    topic: object,
    title: str,
    held_at: datetime,
    minutes: int,
    residents: int,
    place: str,
    text: str,
    people: str,
) -> None:
    participants = {
        "ok": estate.staff,
        "none": (),
        "unknown": (uuid.uuid4(),),
    }[people]
    data = SessionInput(
        topic,  # type: ignore[arg-type]
        title,
        held_at,
        minutes,
        estate.staff[0],
        participants,
        residents,
        place,
        text,
        text,
        text,
    )
    before = row_counts(estate.services.store)
    done, error = attempt(lambda: estate.doors.sessions.record(MANAGER, data))
    if done is None:
        _refused(estate, before, error, SESSION_FIELDS)
        return
    assert done.row.title == " ".join(title.split())
    assert len(done.row.title) <= 60


@GENERATED
@given(topic=st.sampled_from(list(Topic)) | bad_choices, due=edge_dates, notes=typed)
def test_the_plan_entry_form(estate: Estate, topic: object, due: object, notes: str) -> None:
    before = row_counts(estate.services.store)
    data = PlanEntryInput(topic, due, notes)  # type: ignore[arg-type]
    done, error = attempt(lambda: estate.doors.plan.add(MANAGER, data))
    if done is None:
        _refused(estate, before, error, {"topic", "due_on", "notes"})


@GENERATED
@given(reason=typed, text=typed, first=edge_dates, last=edge_dates)
def test_a_void_reason_and_the_filter(
    estate: Estate, reason: str, text: str, first: object, last: object
) -> None:
    done, error = attempt(
        lambda: estate.doors.sessions.rows(MANAGER, SessionFilter(first, last, text=text))  # type: ignore[arg-type]
    )
    if done is None:
        assert error is not None
        assert error.field in {"first", "text"}
    page = estate.doors.sessions.rows(MANAGER, SessionFilter(include_voided=False), limit=1)
    if not page.rows:
        return
    before = row_counts(estate.services.store)
    _done_void, error = attempt(
        lambda: estate.doors.sessions.void(MANAGER, page.rows[0].id, reason)
    )
    if error is not None:
        _refused(estate, before, error, {"reason"})
