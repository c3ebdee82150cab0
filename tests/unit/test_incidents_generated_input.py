"""Generated input through the incident services: whatever is typed into the incident
form, the follow-up form, the done form, the close and void reasons or the list's
filter is stored as cleaned or refused with a UserError naming its form field, and a
refusal writes nothing (tests/generated_input.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.config import Paths
from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import IncidentRequest
from propdesk.services.incidents.inputs import ActionInput, IncidentInput
from propdesk.services.incidents.service import IncidentServices
from propdesk.services.incidents.views import IncidentFilter
from propdesk.store.base import utcnow
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
INCIDENT_FIELDS = {
    "kind",
    "title",
    "occurred_at",
    "place",
    "what_happened",
    "responders",
    "response",
    "police_called",
    "police_report",
    "fire_called",
    "fire_report",
    "injuries",
    "losses",
    "loss_fen",
}
kinds = st.sampled_from(list(IncidentKind)) | bad_choices
flags = st.booleans() | st.sampled_from([None, "yes", 1])
amounts = st.integers(min_value=-10, max_value=10**12) | st.sampled_from([None, 1.5, "100"])


@pytest.fixture(scope="module")
def doors(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, IncidentServices]]:
    services = open_services(Paths.resolve(tmp_path_factory.mktemp("sj")), fast_hashing=True)
    services.estate.set_up("翠湖花园")
    yield services, services.module(IncidentServices)
    services.close()


def refused_cleanly(
    services: Services, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    assert error is not None
    assert error.field in names, error
    assert error.message
    assert row_counts(services.store) == before


@GENERATED
@given(
    kind=kinds,
    title=typed,
    when=edge_datetimes | st.sampled_from([None, "2026-12-01"]),
    place=typed,
    what=typed,
    text=typed,
    police=flags,
    report=typed,
    loss=amounts,
)
def test_recording(
    doors: tuple[Services, IncidentServices],
    kind: object,
    title: str,
    when: object,
    place: str,
    what: str,
    text: str,
    police: object,
    report: str,
    loss: object,
) -> None:
    services, door = doors
    before = row_counts(services.store)
    data = IncidentInput(
        kind=kind,  # type: ignore[arg-type]
        title=title,
        occurred_at=when,  # type: ignore[arg-type]
        place=place,
        what_happened=what,
        responders=text,
        response=text,
        police_called=police,  # type: ignore[arg-type]
        police_report=report,
        losses=text,
        loss_fen=loss,  # type: ignore[arg-type]
    )
    info, error = attempt(lambda: door.incidents.record(MANAGER, data))
    if info is None:
        refused_cleanly(services, before, error, INCIDENT_FIELDS)
        return
    assert info.title == " ".join(title.split())
    assert row_counts(services.store)["incident"] == before["incident"] + 1


@GENERATED
@given(what=typed, who=typed, deadline=edge_datetimes | st.sampled_from([None, "soon"]))
def test_follow_ups_and_their_completion(
    doors: tuple[Services, IncidentServices], what: str, who: str, deadline: object
) -> None:
    services, door = doors
    info = door.incidents.record(
        MANAGER,
        IncidentInput(
            IncidentKind.THEFT,
            "电瓶被盗",
            (utcnow() - timedelta(days=1)).astimezone(),
            "车库",
            "电瓶被盗",
        ),
    )
    before = row_counts(services.store)
    data = ActionInput(what, who, deadline)  # type: ignore[arg-type]
    added, error = attempt(lambda: door.incidents.add_action(MANAGER, info.id, data))
    if added is None:
        refused_cleanly(services, before, error, {"what", "who", "deadline"})
        return
    [action] = added.actions
    before = row_counts(services.store)
    done, error = attempt(lambda: door.incidents.complete_action(MANAGER, action.id, who, what))
    if done is None:
        refused_cleanly(services, before, error, {"done_by", "done_note", "done_at"})


@GENERATED
@given(reason=typed)
def test_closing_and_voiding_reasons(doors: tuple[Services, IncidentServices], reason: str) -> None:
    services, door = doors
    info = door.incidents.record(
        MANAGER,
        IncidentInput(
            IncidentKind.OTHER,
            "电梯困人",
            (utcnow() - timedelta(hours=2)).astimezone(),
            "2号梯",
            "困人",
        ),
    )
    door.incidents.add_action(
        MANAGER, info.id, ActionInput("维保报告", "工程部", utcnow() + timedelta(days=2))
    )
    before = row_counts(services.store)
    closed, error = attempt(lambda: door.incidents.close(MANAGER, info.id, reason))
    if closed is None:
        refused_cleanly(services, before, error, {"close_reason"})
    before = row_counts(services.store)
    voided, error = attempt(lambda: door.incidents.void(MANAGER, info.id, reason))
    if voided is None:
        refused_cleanly(services, before, error, {"reason"})


@GENERATED
@given(
    kind=st.sampled_from([*IncidentKind, None]),
    first=st.none() | edge_dates,
    last=st.none() | edge_dates,
    text=typed,
)
def test_the_list_filter(
    doors: tuple[Services, IncidentServices],
    kind: IncidentKind | None,
    first: date | None,
    last: date | None,
    text: str,
) -> None:
    _services, door = doors
    flt = IncidentFilter(kind=kind, first=first, last=last, text=text)
    page, error = attempt(lambda: door.incidents.page(MANAGER, flt))
    if page is None:
        assert error is not None
        assert error.field in {"last", "first", "text"}, error


@GENERATED
@given(title=typed, what=typed, when=edge_datetimes, source=typed)
def test_opened_from_a_record(
    doors: tuple[Services, IncidentServices], title: str, what: str, when: datetime, source: str
) -> None:
    services, door = doors
    before = row_counts(services.store)
    request = IncidentRequest(
        IncidentSource.PATROL, source, "XL1", IncidentKind.INTRUSION, title, when, "北墙", what
    )
    linked, error = attempt(lambda: door.desk.open_from(MANAGER, request))
    if linked is None:
        refused_cleanly(services, before, error, INCIDENT_FIELDS | {"source"})
