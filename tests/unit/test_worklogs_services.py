"""The work logs' services on SQLite: tasks (defaults in the station's language, add,
retire, refusals), the quick entry of a whole area (rows planned that day, the person
suggested, all or nothing, a second entry of a task's day refused), single entries,
the list with filters and pages, voiding with a reason, the audit rows, the rights,
and the week's plan against what was logged."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from propdesk.domain.roles import Role
from propdesk.domain.worklogs.defaults import DEFAULTS
from propdesk.domain.worklogs.kinds import DayState, Frequency, Trade
from propdesk.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.worklogs.inputs import EntryInput, TaskInput, line_field
from propdesk.services.worklogs.service import WorklogServices
from propdesk.services.worklogs.views import EntryFilter
from propdesk.store.models import AuditEntry

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")
# Wednesday 2026-11-25, 20:00 in Beijing: the week is Mon 23 … Sun 29.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
MONDAY = date(2026, 11, 23)


@dataclass
class Office:
    services: Services
    doors: WorklogServices
    cleaner: uuid.UUID
    cleaner2: uuid.UUID
    gardener: uuid.UUID
    guard: uuid.UUID


@pytest.fixture
def office(ready_services: Services, beijing_time: None) -> Office:
    del beijing_time
    return make_office(ready_services)


def make_office(ready_services: Services) -> Office:
    """Two cleaners, a gardener and a guard on the staff register."""
    staff = ready_services.staff
    admin = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
    cleaner = staff.save(admin, StaffInput("张保洁", "cleaning", "保洁员")).id
    cleaner2 = staff.save(admin, StaffInput("赵保洁", "cleaning", "保洁员")).id
    gardener = staff.save(admin, StaffInput("孙绿化", "greening", "绿化工")).id
    guard = staff.save(admin, StaffInput("王保安", "security", "保安")).id
    return Office(
        ready_services, ready_services.module(WorklogServices), cleaner, cleaner2, gardener, guard
    )


def add(
    office: Office,
    area: str = "1–4栋",
    name: str = "楼道清扫",
    frequency: Frequency = Frequency.DAILY,
    weekdays: tuple[int, ...] = (),
    month_day: int | None = None,
    trade: Trade = Trade.CLEANING,
    staff: uuid.UUID | None = None,
    now: datetime = NOW - timedelta(days=10),
) -> uuid.UUID:
    data = TaskInput(trade, area, name, frequency, weekdays, month_day, 7 * 60, staff)
    return office.doors.tasks.add(MANAGER, data, now=now).id


def audit_count(office: Office, entity: str) -> int:
    with office.services.store.read() as session:
        return session.scalar(select(func.count()).where(AuditEntry.entity == entity)) or 0


# -- tasks -------------------------------------------------------------------------------
def test_the_defaults_load_in_the_stations_language_once(office: Office) -> None:
    tasks = office.doors.tasks
    assert tasks.load_defaults(MANAGER, "zh_TW", now=NOW) == len(DEFAULTS)
    assert tasks.load_defaults(MANAGER, "zh_TW", now=NOW) == 0  # nothing twice
    listed = tasks.list_tasks(CLERK)
    assert len(listed) == len(DEFAULTS)
    assert {t.area for t in listed} >= {"樓道與大堂", "中心花園"}
    assert "綠籬修剪" in {t.name for t in listed}
    assert [t.trade for t in listed] == sorted((t.trade for t in listed), key=list(Trade).index)
    assert audit_count(office, "worklog_task") == len(DEFAULTS)


def test_english_defaults_and_the_area_choices(office: Office) -> None:
    office.doors.tasks.load_defaults(MANAGER, "en", now=NOW)
    areas = office.doors.tasks.areas(CLERK)
    assert "Central garden" in areas
    choices = office.doors.tasks.area_choices(CLERK, "zh_CN")
    assert choices[: len(areas)] == areas  # the areas in use first
    assert "中心花园" in choices


def test_a_task_is_checked_field_by_field(office: Office) -> None:
    doors = office.doors
    cases = [
        (TaskInput("plumbing", "1栋", "x", Frequency.DAILY), "trade"),
        (TaskInput(Trade.CLEANING, "  ", "x", Frequency.DAILY), "area"),
        (TaskInput(Trade.CLEANING, "1栋", "", Frequency.DAILY), "name"),
        (TaskInput(Trade.CLEANING, "1栋", "x", "hourly"), "frequency"),
        (TaskInput(Trade.CLEANING, "1栋", "x", Frequency.WEEKDAYS, ()), "weekdays"),
        (TaskInput(Trade.CLEANING, "1栋", "x", Frequency.WEEKLY, (1, 3)), "weekdays"),
        (TaskInput(Trade.CLEANING, "1栋", "x", Frequency.WEEKDAYS, (0, 8)), "weekdays"),
        (TaskInput(Trade.CLEANING, "1栋", "x", Frequency.MONTHLY, (), 31), "month_day"),
        (TaskInput(Trade.CLEANING, "1栋", "x", Frequency.DAILY, (), None, 24 * 60), "start_minute"),
        (TaskInput(Trade.CLEANING, "1栋", "x" * 61, Frequency.DAILY), "name"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as caught:
            doors.tasks.add(MANAGER, data, now=NOW)
        assert caught.value.field == field, data
    gardener_cleaning = TaskInput(
        Trade.CLEANING, "1栋", "x", Frequency.DAILY, staff_id=office.gardener
    )
    with pytest.raises(ValidationError) as caught:
        doors.tasks.add(MANAGER, gardener_cleaning, now=NOW)
    assert caught.value.field == "staff_id"
    assert doors.tasks.list_tasks(MANAGER) == []


def test_the_same_task_twice_is_refused_until_the_first_is_retired(office: Office) -> None:
    first = add(office)
    with pytest.raises(ConflictError) as caught:
        add(office)
    assert caught.value.field == "name"
    office.doors.tasks.retire(MANAGER, first, now=NOW)
    add(office)
    listed = office.doors.tasks.list_tasks(MANAGER, retired=True)
    assert [t.retired for t in listed] == [True, False] or [t.retired for t in listed] == [
        False,
        True,
    ]


def test_only_managers_edit_the_tasks(office: Office) -> None:
    data = TaskInput(Trade.CLEANING, "1栋", "x", Frequency.DAILY)
    for actor in (CLERK, TECH, COMMITTEE):
        with pytest.raises(PermissionDeniedError):
            office.doors.tasks.add(actor, data, now=NOW)
        with pytest.raises(PermissionDeniedError):
            office.doors.tasks.load_defaults(actor, "zh_CN")
    with pytest.raises(PermissionDeniedError):
        office.doors.tasks.list_tasks(GUARD)
    assert office.doors.tasks.list_tasks(COMMITTEE) == []


# -- the quick entry -----------------------------------------------------------------------
def test_the_area_day_offers_the_planned_tasks_with_the_person(office: Office) -> None:
    sweep = add(office, staff=office.cleaner)
    rails = add(office, name="扶手擦拭", frequency=Frequency.WEEKDAYS, weekdays=(1, 3, 5))
    add(office, name="灯具擦拭", frequency=Frequency.MONTHLY, month_day=15)  # not today
    add(office, area="5–8栋", name="楼道清扫")  # another area
    day = office.doors.entries.area_day(CLERK, TODAY, "1–4栋")
    lines = {line.task.id: line for line in day.lines}
    assert set(lines) == {sweep, rails}
    assert lines[sweep].staff_id == office.cleaner
    assert lines[sweep].staff_name == "张保洁"
    assert lines[rails].staff_id is None  # nobody named, nobody logged it yet
    assert all(line.planned and line.entry is None for line in day.lines)


def test_a_whole_area_is_logged_at_once_and_the_person_remembered(office: Office) -> None:
    sweep = add(office)
    rails = add(office, name="扶手擦拭", frequency=Frequency.WEEKDAYS, weekdays=(1, 3, 5))
    entries = office.doors.entries
    written = entries.log_area(
        CLERK,
        TODAY,
        "1–4栋",
        [
            EntryInput(sweep, TODAY, True, office.cleaner, time(7, 10)),
            EntryInput(rails, TODAY, False, office.cleaner2, None, "人员请假", ""),
        ],
        now=NOW,
    )
    assert [(r.task_name, r.done, r.staff_name) for r in written] == [
        ("楼道清扫", True, "张保洁"),
        ("扶手擦拭", False, "赵保洁"),
    ]
    assert written[0].done_at == datetime(2026, 11, 25, 7, 10).astimezone()
    assert written[1].reason == "人员请假"
    assert audit_count(office, "worklog_entry") == 2
    day = entries.area_day(CLERK, TODAY, "1–4栋")
    assert all(line.entry is not None for line in day.lines)
    assert day.open_lines == ()
    # The next Friday: whoever did each task last is suggested.
    friday = entries.area_day(CLERK, TODAY + timedelta(days=2), "1–4栋")
    assert {line.task.id: line.staff_id for line in friday.lines} == {
        sweep: office.cleaner,
        rails: office.cleaner2,
    }


def test_a_refused_row_leaves_nothing_behind_and_names_its_row(office: Office) -> None:
    sweep = add(office)
    rails = add(office, name="扶手擦拭", frequency=Frequency.WEEKDAYS, weekdays=(1, 3, 5))
    entries = office.doors.entries
    bad_rows = [
        (EntryInput(rails, TODAY, False, office.cleaner), line_field(rails, "reason")),
        (EntryInput(rails, TODAY, True, office.gardener), line_field(rails, "staff_id")),
        (EntryInput(rails, TODAY, True, None), line_field(rails, "staff_id")),
        (EntryInput(rails, TODAY, True, office.cleaner, time(23, 0)), line_field(rails, "time")),
        (
            EntryInput(rails, TODAY, True, office.cleaner, None, "", "x" * 301),
            line_field(rails, "note"),
        ),
    ]
    for bad, field in bad_rows:
        with pytest.raises(ValidationError) as caught:
            entries.log_area(
                CLERK,
                TODAY,
                "1–4栋",
                [EntryInput(sweep, TODAY, True, office.cleaner), bad],
                now=NOW,
            )
        assert caught.value.field == field
    assert entries.rows(MANAGER, EntryFilter()).rows == []
    assert audit_count(office, "worklog_entry") == 0


def test_the_day_and_the_area_are_checked(office: Office) -> None:
    sweep = add(office)
    other = add(office, area="5–8栋")
    entries = office.doors.entries
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        entries.log_area(
            CLERK, tomorrow, "1–4栋", [EntryInput(sweep, tomorrow, True, office.cleaner)], now=NOW
        )
    assert caught.value.field == "day"
    with pytest.raises(ValidationError) as caught:
        entries.log_area(
            CLERK, TODAY, "1–4栋", [EntryInput(other, TODAY, True, office.cleaner)], now=NOW
        )
    assert caught.value.field == line_field(other, "time")
    with pytest.raises(ValidationError) as caught:
        entries.log_area(CLERK, TODAY, "1–4栋", [], now=NOW)
    assert caught.value.field == "area"
    before = TODAY - timedelta(days=30)  # before the task was added
    with pytest.raises(ValidationError) as caught:
        entries.log(CLERK, EntryInput(sweep, before, True, office.cleaner), now=NOW)
    assert caught.value.field == "day"
    with pytest.raises(NotFoundError):
        entries.log(CLERK, EntryInput(uuid.uuid4(), TODAY, True, office.cleaner), now=NOW)


def test_a_second_entry_of_a_tasks_day_is_refused_until_the_first_is_voided(office: Office) -> None:
    sweep = add(office)
    entries = office.doors.entries
    first = entries.log(CLERK, EntryInput(sweep, TODAY, True, office.cleaner), now=NOW)
    with pytest.raises(ConflictError) as caught:
        entries.log(CLERK, EntryInput(sweep, TODAY, False, office.cleaner, None, "下雨"), now=NOW)
    assert caught.value.field == "task_id"
    with pytest.raises(PermissionDeniedError):
        entries.void(CLERK, first.id, "录错了")
    with pytest.raises(ValidationError) as caught:
        entries.void(MANAGER, first.id, "  ")
    assert caught.value.field == "reason"
    entries.void(MANAGER, first.id, "录错了")
    entries.void(MANAGER, first.id, "again")  # already voided: nothing more
    detail = entries.detail(MANAGER, first.id)
    assert detail.row.voided
    assert detail.void_reason == "录错了"
    assert detail.recorded_by == "clerk"
    again = entries.log(
        CLERK, EntryInput(sweep, TODAY, False, office.cleaner, None, "下雨"), now=NOW
    )
    assert not again.done
    with office.services.store.read() as session:
        actions = [
            a
            for (a,) in session.execute(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "worklog_entry")
                .order_by(AuditEntry.seq)
            )
        ]
    assert actions == ["create", "void", "create"]


def test_todays_usual_time_not_yet_come_is_logged_as_now(office: Office) -> None:
    late = add(office, name="夜间清运")
    # The task's usual time is 07:00; NOW is 20:00.
    row = office.doors.entries.log(CLERK, EntryInput(late, TODAY, True, office.cleaner), now=NOW)
    assert row.done_at == datetime(2026, 11, 25, 7, 0).astimezone()
    early = NOW.replace(hour=22, minute=30)  # 06:30 local, before 07:00
    tomorrow = TODAY + timedelta(days=1)
    row = office.doors.entries.log(
        CLERK, EntryInput(late, tomorrow, True, office.cleaner), now=early
    )
    assert row.done_at == early


def test_rights_to_log(office: Office) -> None:
    sweep = add(office)
    for actor in (TECH, COMMITTEE, GUARD):
        with pytest.raises(PermissionDeniedError):
            office.doors.entries.log(actor, EntryInput(sweep, TODAY, True, office.cleaner), now=NOW)
    with pytest.raises(PermissionDeniedError):
        office.doors.entries.rows(GUARD, EntryFilter())
    assert office.doors.entries.rows(TECH, EntryFilter()).rows == []


# -- the list ------------------------------------------------------------------------------
def test_the_list_filters_and_pages_newest_first(office: Office) -> None:
    sweep = add(office, staff=office.cleaner)
    water = add(office, area="中心花园", name="浇水", trade=Trade.GREENING)
    entries = office.doors.entries
    for n in range(6):
        day = TODAY - timedelta(days=n)
        entries.log(
            CLERK, EntryInput(sweep, day, n != 2, office.cleaner, None, "人员请假"), now=NOW
        )
        entries.log(CLERK, EntryInput(water, day, True, office.gardener), now=NOW)
    everything = EntryFilter()
    page = entries.rows(MANAGER, everything, limit=5)
    assert len(page.rows) == 5
    assert page.next_before is not None
    moments = [r.done_at for r in page.rows]
    assert moments == sorted(moments, reverse=True)
    seen = list(page.rows)
    while page.next_before is not None:
        page = entries.rows(MANAGER, everything, before=page.next_before, limit=5)
        seen += page.rows
    assert len(seen) == 12
    assert len({r.id for r in seen}) == 12
    assert len(entries.rows(MANAGER, EntryFilter(trade=Trade.GREENING)).rows) == 6
    assert len(entries.rows(MANAGER, EntryFilter(area="中心花园")).rows) == 6
    assert [r.reason for r in entries.rows(MANAGER, EntryFilter(done=False)).rows] == ["人员请假"]
    assert len(entries.rows(MANAGER, EntryFilter(text="孙绿")).rows) == 6
    assert len(entries.rows(MANAGER, EntryFilter(text="清扫")).rows) == 6
    assert len(entries.rows(MANAGER, EntryFilter(TODAY, TODAY)).rows) == 2
    with pytest.raises(ValidationError) as caught:
        entries.rows(MANAGER, EntryFilter(first=TODAY))
    assert caught.value.field == "first"


# -- the week's plan -----------------------------------------------------------------------
def test_the_week_shows_planned_done_not_done_missing_and_extra(office: Office) -> None:
    sweep = add(office)  # daily
    rails = add(office, name="扶手擦拭", frequency=Frequency.WEEKDAYS, weekdays=(1, 3, 5))
    water = add(office, area="中心花园", name="浇水", trade=Trade.GREENING)
    entries = office.doors.entries
    entries.log(CLERK, EntryInput(sweep, MONDAY, True, office.cleaner), now=NOW)
    entries.log(
        CLERK,
        EntryInput(sweep, MONDAY + timedelta(days=1), False, office.cleaner, None, "下雨"),
        now=NOW,
    )
    entries.log(
        CLERK, EntryInput(rails, MONDAY + timedelta(days=1), True, office.cleaner), now=NOW
    )  # extra
    entries.log(CLERK, EntryInput(water, TODAY, True, office.gardener), now=NOW)
    week = entries.week(MANAGER, TODAY, now=NOW)
    assert week.monday == MONDAY
    assert week.days[-1] == MONDAY + timedelta(days=6)
    rows = {r.task_id: r for r in week.rows}
    done, not_done, missing, planned, extra = (
        DayState.DONE,
        DayState.NOT_DONE,
        DayState.MISSING,
        DayState.PLANNED,
        DayState.EXTRA,
    )
    assert rows[sweep].cells == (done, not_done, planned, planned, planned, planned, planned)
    assert rows[rails].cells == (missing, extra, planned, None, planned, None, None)
    assert rows[water].cells == (missing, missing, done, planned, planned, planned, planned)
    assert rows[sweep].notes[1] == "张保洁: 下雨"
    areas = {(a.trade, a.area): a.completion for a in week.areas}
    cleaning = areas[(Trade.CLEANING, "1–4栋")]
    assert (cleaning.done, cleaning.not_done, cleaning.missing) == (1, 1, 1)
    assert cleaning.planned == 7 + 3
    assert str(cleaning.rate()) == "33.3"
    assert dict(week.trades)[Trade.GREENING].done == 1
    greening = entries.week(MANAGER, TODAY, Trade.GREENING, now=NOW)
    assert [r.task_id for r in greening.rows] == [water]


def test_a_retired_task_is_planned_until_its_day(office: Office) -> None:
    sweep = add(office)
    # Retired on Tuesday evening: planned no more from that day on.
    office.doors.tasks.retire(MANAGER, sweep, now=NOW - timedelta(days=1))
    week = office.doors.entries.week(MANAGER, TODAY, now=NOW)
    assert week.rows[0].cells == (DayState.MISSING,) + (None,) * 6
    assert office.doors.entries.area_day(CLERK, TODAY, "1–4栋").lines == ()
