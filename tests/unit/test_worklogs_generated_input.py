"""Generated input through the work-log services: whatever is typed into the task form
(trade, area, task, frequency, weekdays, day of the month, usual time), the quick
entry's rows (day, time, person, done, reason, note), a single entry, a void reason,
the week's day or the list's filter is stored as cleaned or refused with a UserError
naming its form field, and a refusal writes nothing (tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.roles import Role
from propdesk.domain.worklogs.kinds import Frequency, Trade
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.worklogs.inputs import EntryInput, TaskInput
from propdesk.services.worklogs.service import WorklogServices
from propdesk.services.worklogs.views import EntryFilter
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    row_counts,
    typed,
)

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
TASK_FIELDS = {
    "trade",
    "area",
    "name",
    "frequency",
    "weekdays",
    "month_day",
    "start_minute",
    "staff_id",
}
ENTRY_FIELDS = {"day", "task_id", "staff_id", "time", "reason", "note", "area"}


@dataclass(frozen=True)
class Office:
    services: Services
    doors: WorklogServices
    task: uuid.UUID
    cleaner: uuid.UUID

    def __repr__(self) -> str:
        return "Office()"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("worklogs")), fast_hashing=True)
    services.estate.set_up("翠湖花园")
    admin = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
    cleaner = services.staff.save(admin, StaffInput("张保洁", "cleaning")).id
    doors = services.module(WorklogServices)
    earlier = datetime.now().astimezone() - timedelta(days=400)
    task = doors.tasks.add(
        MANAGER, TaskInput(Trade.CLEANING, "1–4栋", "楼道清扫", Frequency.DAILY), now=earlier
    ).id
    yield Office(services, doors, task, cleaner)
    services.close()


def refused_cleanly(
    office: Office, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    assert error is not None
    assert error.field in names or (error.field or "").startswith("line:"), error
    assert error.message
    assert row_counts(office.services.store) == before


weekdays = st.lists(st.integers(-2, 9) | st.sampled_from([True, None, "1"]), max_size=8)


@GENERATED
@given(
    trade=st.sampled_from(list(Trade)) | bad_choices,
    area=typed,
    name=typed,
    frequency=st.sampled_from(list(Frequency)) | bad_choices,
    days=weekdays,
    month_day=st.none() | st.integers(-5, 40) | st.sampled_from(["15", 1.5]),
    start=st.integers(-10, 2000) | st.sampled_from([None, "8:00", True]),
)
def test_the_task_form(
    office: Office,
    trade: object,
    area: str,
    name: str,
    frequency: object,
    days: list[object],
    month_day: object,
    start: object,
) -> None:
    before = row_counts(office.services.store)
    data = TaskInput(trade, area, name, frequency, tuple(days), month_day, start)  # type: ignore[arg-type]
    made, error = attempt(lambda: office.doors.tasks.add(MANAGER, data))
    if made is None:
        refused_cleanly(office, before, error, TASK_FIELDS)
        return
    assert made.area == " ".join(area.split())
    assert made.name == " ".join(name.split())
    office.doors.tasks.retire(MANAGER, made.id)  # the next example may add it again


@GENERATED
@given(
    day=edge_dates,
    done=st.booleans(),
    at=st.none() | st.sampled_from([time(0, 0), time(23, 59), time(6, 30)]),
    reason=typed,
    note=typed,
    who=st.sampled_from(["cleaner", "nobody", "stranger"]),
    single=st.booleans(),
    area=typed | st.just("1–4栋"),
)
def test_an_entry(
    office: Office,
    day: date,
    done: bool,
    at: time | None,
    reason: str,
    note: str,
    who: str,
    single: bool,
    area: str,
) -> None:
    staff = {"cleaner": office.cleaner, "nobody": None, "stranger": uuid.uuid4()}[who]
    line = EntryInput(office.task, day, done, staff, at, reason, note)
    before = row_counts(office.services.store)
    entries = office.doors.entries
    if single:
        made, error = attempt(lambda: [entries.log(MANAGER, line)])
    else:
        made, error = attempt(lambda: entries.log_area(MANAGER, day, area, [line]))
    if made is None:
        refused_cleanly(office, before, error, ENTRY_FIELDS)
        return
    row = made[0]
    assert row.day == day
    assert row.done == done
    assert row.reason == ("" if done else " ".join(reason.split()))
    entries.void(MANAGER, row.id, "生成的测试")  # the day may be logged again


@GENERATED
@given(reason=typed)
def test_a_void_reason(office: Office, reason: str) -> None:
    entries = office.doors.entries
    day = date.today() - timedelta(days=200)
    existing = entries.rows(MANAGER, EntryFilter(day, day, include_voided=False)).rows
    row = (
        existing[0]
        if existing
        else entries.log(MANAGER, EntryInput(office.task, day, True, office.cleaner, time(8)))
    )
    before = row_counts(office.services.store)
    _made, error = attempt(lambda: entries.void(MANAGER, row.id, reason))
    if error is not None:
        refused_cleanly(office, before, error, {"reason"})


@GENERATED
@given(
    first=st.none() | edge_dates,
    last=st.none() | edge_dates,
    trade=st.none() | st.sampled_from(list(Trade)) | bad_choices,
    area=typed,
    text=typed,
    day=edge_dates,
)
def test_the_list_filter_and_the_week(
    office: Office,
    first: date | None,
    last: date | None,
    trade: object,
    area: str,
    text: str,
    day: date,
) -> None:
    wanted = EntryFilter(first, last, trade, area, None, text)  # type: ignore[arg-type]
    _page, error = attempt(lambda: office.doors.entries.rows(MANAGER, wanted))
    if error is not None:
        assert error.field in {"first", "trade", "area", "text"}, error
    _week, error = attempt(lambda: office.doors.entries.week(MANAGER, day, trade))  # type: ignore[arg-type]
    if error is not None:
        assert error.field in {"day", "trade"}, error
    _day, error = attempt(lambda: office.doors.entries.area_day(MANAGER, day, area))
    if error is not None:
        assert error.field in {"day", "area"}, error
