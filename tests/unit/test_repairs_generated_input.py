"""Generated input through the repair services: whatever is typed into the ticket form,
a step's form, the list's filter bar, the settings or the desk other modules use is
stored as cleaned or refused with a UserError naming its form field, and a refusal
writes nothing (tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.repairs.kinds import (
    RepairCategory,
    RepairChannel,
    RepairPriority,
    RepairSource,
)
from propdesk.domain.repairs.sla import FIELD_STALE_DAYS, FIELD_URGENT, PRIORITY_FIELDS
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import TicketRequest
from propdesk.services.core.text import clean_text
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
UNIT = "3-2-1502"
TICKET_FIELDS = {f.name for f in fields(TicketInput)}
STEP_FIELDS = {f.name for f in fields(StepRequest)}
FILTER_FIELDS = {"date_from", "date_to", "text"}
SOURCE_FIELDS = {"source_kind", "source_id"}


@dataclass(frozen=True)
class Estate:
    services: Services
    repairs: RepairServices
    technician: uuid.UUID

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("repairs")), fast_hashing=True)
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    wang = services.staff.save(ADMIN, StaffInput("王师傅", "engineering", "水电工"))
    yield Estate(services, services.module(RepairServices), wang.id)
    services.close()


def choice(kind: type) -> st.SearchStrategy[object]:
    """A listed member most of the time, else what a bad caller sends."""
    return st.sampled_from(list(kind)) | bad_choices


unit_or_typed = st.sampled_from([UNIT, "", " 3-2-1502 "]) | typed
moments = st.none() | edge_datetimes
amounts = st.none() | st.integers(-(10**12), 10**12) | st.sampled_from([0, 1, True])


def refused_cleanly(
    estate: Estate, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    """Refused naming one of `names`, and nothing written."""
    named(error, set(names))
    assert row_counts(estate.services.store) == before


def named(error: UserError | None, fields: set[str | None]) -> None:
    """The call was refused with a message naming one of `fields`."""
    assert error is not None
    assert error.field in fields, error
    assert error.message


@GENERATED
@given(
    name=typed,
    phone=typed | st.just("138 1234 5678"),
    category=choice(RepairCategory),
    description=typed,
    priority=choice(RepairPriority),
    channel=choice(RepairChannel),
    unit_code=unit_or_typed,
    area=typed,
    reported_at=moments,
)
def test_ticket_form(
    estate: Estate,
    name: str,
    phone: str,
    category: RepairCategory,
    description: str,
    priority: RepairPriority,
    channel: RepairChannel,
    unit_code: str,
    area: str,
    reported_at: datetime | None,
) -> None:
    before = row_counts(estate.services.store)
    data = TicketInput(
        name,
        phone,
        category,
        description,
        priority,
        channel,
        unit_code,
        area,
        None,
        None,
        reported_at,
    )
    detail, error = attempt(lambda: estate.repairs.tickets.open_ticket(CLERK, data))
    if detail is None:
        refused_cleanly(estate, before, error, TICKET_FIELDS)
        return
    assert detail.reporter_name == clean_text(name)
    assert detail.description == clean_text(description)
    assert detail.common_area == clean_text(area)


@GENERATED
@given(
    kind=choice(RepairSource),
    source_id=typed,
    description=typed,
    area=typed,
    reporter=typed,
    category=choice(RepairCategory),
    priority=choice(RepairPriority),
    reported_at=moments,
)
def test_desk_opens_from_another_record(
    estate: Estate,
    kind: RepairSource,
    source_id: str,
    description: str,
    area: str,
    reporter: str,
    category: RepairCategory,
    priority: RepairPriority,
    reported_at: datetime | None,
) -> None:
    """What a patrol finding or an inspection hands the desk (their forms' texts)."""
    before = row_counts(estate.services.store)
    request = TicketRequest(
        kind, source_id, category, description, area, reporter, priority, reported_at
    )
    linked, error = attempt(lambda: estate.repairs.desk.open_from(CLERK, request))
    if linked is None:
        refused_cleanly(estate, before, error, TICKET_FIELDS | SOURCE_FIELDS)
        return
    assert linked.source_id == clean_text(source_id)
    found, error = attempt(lambda: estate.repairs.desk.linked(CLERK, kind, [source_id, "x" * 70]))
    assert error is None
    assert found is not None


@GENERATED
@given(source_ids=st.lists(typed, max_size=4), kind=choice(RepairSource))
def test_desk_reads_links(estate: Estate, source_ids: list[str], kind: RepairSource) -> None:
    found, error = attempt(lambda: estate.repairs.desk.linked(CLERK, kind, source_ids))
    if found is None:
        named(error, SOURCE_FIELDS)


@GENERATED
@given(
    step=choice(RepairStep),
    at=moments,
    note=typed,
    diagnosis=typed,
    work_done=typed,
    materials=typed,
    signed_by=typed,
    comment=typed,
    reason=typed,
    amount=amounts,
    rating=amounts,
    technician=st.sampled_from(["staff", "unknown", None]),
)
def test_step_forms(
    estate: Estate,
    step: RepairStep,
    at: datetime | None,
    note: str,
    diagnosis: str,
    work_done: str,
    materials: str,
    signed_by: str,
    comment: str,
    reason: str,
    amount: int | None,
    rating: int | None,
    technician: str | None,
) -> None:
    tickets = estate.repairs.tickets
    opened = tickets.open_ticket(
        CLERK, TicketInput("张三", "13812345678", RepairCategory.PLUMBING, "漏水", unit_code=UNIT)
    )
    before = row_counts(estate.services.store)
    tech = {"staff": estate.technician, "unknown": uuid.uuid4(), None: None}[technician]
    request = StepRequest(
        step,
        at,
        note,
        tech,
        diagnosis,
        amount,
        amount,
        amount,
        work_done,
        materials,
        True,
        signed_by,
        rating,
        comment,
        reason,
    )
    detail, error = attempt(lambda: tickets.step(CLERK, opened.id, request))
    if detail is None:
        refused_cleanly(estate, before, error, STEP_FIELDS)
        return
    assert detail.timeline[-1].note == (clean_text(note) or clean_text(reason))


@GENERATED
@given(
    date_from=st.none() | edge_dates,
    date_to=st.none() | edge_dates,
    text=typed | st.sampled_from(["WX2026", "WX999912", "3-2-", "1234", "张"]),
)
def test_filter_bar(
    estate: Estate, date_from: date | None, date_to: date | None, text: str
) -> None:
    """The list, its export and the ticket box read what the filter bar holds."""
    tickets = estate.repairs.tickets
    wanted = TicketFilter(date_from=date_from, date_to=date_to, text=text)
    page, error = attempt(lambda: tickets.page(CLERK, wanted))
    if page is None:
        named(error, FILTER_FIELDS)
    rows, error = attempt(lambda: list(tickets.iter_rows(ADMIN, wanted)))
    if rows is None:
        named(error, FILTER_FIELDS)
    found, error = attempt(lambda: tickets.find_number(CLERK, text))
    if found is None:
        named(error, {"number"})


@GENERATED
@given(
    emergency=amounts,
    urgent=amounts,
    normal=amounts,
    stale=amounts,
)
def test_settings_form(
    estate: Estate, emergency: int, urgent: int, normal: int, stale: int
) -> None:
    settings = estate.repairs.settings
    before = row_counts(estate.services.store)
    rules, error = attempt(
        lambda: settings.set_rules(
            ADMIN,
            emergency_minutes=emergency,
            urgent_minutes=urgent,
            normal_minutes=normal,
            stale_days=stale,
        )
    )
    if rules is None:
        named(error, set(PRIORITY_FIELDS.values()) | {FIELD_STALE_DAYS, FIELD_URGENT})
        assert row_counts(estate.services.store) == before
        return
    assert settings.rules() == rules
