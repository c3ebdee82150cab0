"""Community events through their services: planned, changed, held (participants,
feedback, cost) or cancelled with a reason, voided with a reason, audited; the list's
filters and pages, the archive by year, quick search, the export sheet, the target's
months, the dashboard's figures, the lobby notice and the photos — and the refusals,
each naming its field with nothing written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import MonthlyCounts, Period
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import ModuleContext, SheetRequest
from propdesk.services.core.photos import AttachmentState
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.events import search, target
from propdesk.services.events.dashboard import events_this_month, month_events
from propdesk.services.events.inputs import EventPlan, HeldRecord
from propdesk.services.events.module import MODULE, TAB
from propdesk.services.events.report import event_figures
from propdesk.services.events.service import EventServices
from propdesk.services.events.sheets import event_sheet
from propdesk.services.events.views import EventFilter, EventList
from propdesk.services.station.estate import EstateService
from propdesk.store.models import AuditEntry
from tests.generated_input import row_counts
from tests.unit.photo_bytes import png_bytes, write

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")


@dataclass
class Estate:
    services: Services
    doors: EventServices
    now: datetime


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Estate:
    del beijing_time
    return Estate(ready_services, ready_services.module(EventServices), datetime.now().astimezone())


def _plan(theme: str = "中秋游园会", start: datetime | None = None, **more: object) -> EventPlan:
    begins = start or datetime.now().astimezone() + timedelta(days=3)
    values: dict[str, object] = {
        "kind": EventKind.FESTIVAL,
        "theme": theme,
        "starts_at": begins,
        "ends_at": begins + timedelta(hours=2),
        "place": "中心花园",
        "organiser": "客服部",
        "content": "猜灯谜、做月饼",
        "budget_fen": 150_000,
    }
    values.update(more)
    return EventPlan(**values)  # type: ignore[arg-type]


def _audit(estate: Estate, entity_id: object) -> list[str]:
    with estate.services.store.read() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_id == str(entity_id))
                .order_by(AuditEntry.seq)
            )
        )


def test_a_plan_is_held_and_archived_read_only(estate: Estate) -> None:
    events = estate.doors.events
    past = estate.now - timedelta(days=2)
    planned = events.plan(CLERK, _plan(start=past))
    assert planned.number.startswith(f"HD{past:%Y%m}-")
    assert planned.row.state is EventState.PLANNED
    assert planned.editable
    assert planned.planned_by == "clerk"  # no such account: the login
    changed = events.edit(CLERK, planned.id, _plan("中秋游园会（改期）", start=past))
    assert changed.row.theme == "中秋游园会（改期）"
    assert changed.number == planned.number
    held = events.record_held(CLERK, planned.id, HeldRecord(86, " 大家很开心 ", 132_050))
    assert held.row.state is EventState.HELD
    assert not held.editable
    assert (held.row.participants, held.row.actual_cost_fen, held.feedback) == (
        86,
        132_050,
        "大家很开心",
    )
    assert held.closed_by == "clerk"
    for change in (
        lambda: events.edit(CLERK, planned.id, _plan(start=past)),
        lambda: events.record_held(CLERK, planned.id, HeldRecord(1)),
        lambda: events.cancel(CLERK, planned.id, "下雨"),
    ):
        with pytest.raises(ConflictError):
            change()
    assert _audit(estate, planned.id) == ["create", "update", "update"]


def test_cancel_and_void_need_a_reason_and_the_right(estate: Estate) -> None:
    events = estate.doors.events
    first = events.plan(CLERK, _plan())
    before = row_counts(estate.services.store)
    with pytest.raises(ValidationError) as refused:
        events.cancel(CLERK, first.id, "  ")
    assert refused.value.field == "reason"
    with pytest.raises(PermissionDeniedError):
        events.cancel(GUARD, first.id, "下雨")
    with pytest.raises(PermissionDeniedError):
        events.void(CLERK, first.id, "重复登记")
    assert row_counts(estate.services.store) == before
    cancelled = events.cancel(CLERK, first.id, "台风预警")
    assert cancelled.row.state is EventState.CANCELLED
    assert cancelled.cancel_reason == "台风预警"
    with pytest.raises(ValidationError) as refused:
        events.void(MANAGER, first.id, "")
    assert refused.value.field == "reason"
    voided = events.void(MANAGER, first.id, "录错小区")
    assert voided.row.voided
    assert voided.void_reason == "录错小区"
    with pytest.raises(ConflictError):
        events.void(MANAGER, first.id, "again")
    assert _audit(estate, first.id) == ["create", "update", "void"]
    # Voided: out of the list unless asked for.
    assert events.page(CLERK, EventFilter()).rows == []
    assert [r.id for r in events.page(CLERK, EventFilter(include_voided=True)).rows] == [first.id]


def test_bad_input_names_its_field_and_writes_nothing(estate: Estate) -> None:
    events = estate.doors.events
    now = estate.now
    cases = {
        "theme": _plan(" "),
        "kind": _plan(kind="party"),
        "ends_at": _plan(ends_at=now),
        "place": _plan(place=""),
        "organiser": _plan(organiser="x" * 41),
        "budget": _plan(budget_fen=-1),
        "starts_at": _plan(start=now + timedelta(days=500)),
    }
    before = row_counts(estate.services.store)
    for field, plan in cases.items():
        with pytest.raises(ValidationError) as refused:
            events.plan(CLERK, plan)
        assert refused.value.field == field, field
    upcoming = events.plan(CLERK, _plan())
    before = row_counts(estate.services.store)
    with pytest.raises(ValidationError) as refused:
        events.record_held(CLERK, upcoming.id, HeldRecord(10))
    assert refused.value.field == "participants"  # not begun yet
    with pytest.raises(ValidationError) as refused:
        events.record_held(CLERK, upcoming.id, HeldRecord(-3))
    assert refused.value.field == "participants"
    with pytest.raises(PermissionDeniedError):
        events.plan(GUARD, _plan())
    with pytest.raises(NotFoundError):
        events.detail(CLERK, upcoming.row.id.__class__(int=1))
    assert row_counts(estate.services.store) == before


def test_the_list_filters_pages_and_years(estate: Estate) -> None:
    events = estate.doors.events
    base = estate.now - timedelta(days=100)
    made = [
        events.plan(CLERK, _plan(f"活动{i:02d}", start=base + timedelta(days=7 * i)))
        for i in range(12)
    ]
    events.plan(CLERK, _plan("消防知识讲座", start=base + timedelta(days=1), kind=EventKind.TALK))
    first = events.page(CLERK, EventFilter(), limit=5)
    assert len(first.rows) == 5
    assert first.next_before is not None
    assert first.rows[0].theme == "活动11"  # latest start first
    rest = events.page(CLERK, EventFilter(), first.next_before, limit=100)
    assert len(rest.rows) == 8
    assert rest.next_before is None
    talks = events.page(CLERK, EventFilter(kind=EventKind.TALK)).rows
    assert [r.theme for r in talks] == ["消防知识讲座"]
    assert [r.theme for r in events.page(CLERK, EventFilter(text="讲座")).rows] == ["消防知识讲座"]
    assert [r.id for r in events.page(CLERK, EventFilter(text=made[3].number)).rows] == [made[3].id]
    day = made[2].row.starts_at.astimezone().date()
    assert [r.id for r in events.page(CLERK, EventFilter(first=day, last=day)).rows] == [made[2].id]
    with pytest.raises(ValidationError) as refused:
        events.page(CLERK, EventFilter(first=day, last=day - timedelta(days=1)))
    assert refused.value.field == "last"
    assert events.years(CLERK)[0] == made[-1].row.starts_at.astimezone().year
    assert events.page(COMMITTEE, EventFilter()).rows  # read-only roles read
    assert len(list(events.iter_rows(CLERK, EventFilter(), batch=4))) == 13


def test_the_target_counts_held_events_per_month(estate: Estate) -> None:
    events = estate.doors.events
    store = estate.services.store
    month = Period.month(2026, 1)
    with store.read() as session:
        assert target.events_held(session, month, estate.now) is None  # nothing recorded
    # Typed in from paper: the service takes plans up to 400 days back.
    now = datetime(2026, 2, 10, 12).astimezone()
    jan = datetime(2026, 1, 17, 15).astimezone()
    held = events.plan(CLERK, _plan("新年联欢", start=jan), now=now)
    events.record_held(CLERK, held.id, HeldRecord(50), now=now)
    events.plan(CLERK, _plan("计划中", start=jan + timedelta(days=1)), now=now)
    gone = events.plan(CLERK, _plan("取消的", start=jan + timedelta(days=2)), now=now)
    events.cancel(CLERK, gone.id, "下雨", now=now)
    wrong = events.plan(CLERK, _plan("录错的", start=jan + timedelta(days=3)), now=now)
    events.record_held(CLERK, wrong.id, HeldRecord(5), now=now)
    events.void(MANAGER, wrong.id, "重复")
    window = Period(date(2025, 12, 1), date(2026, 1, 31))
    with store.read() as session:
        counts = target.events_held(session, window, now)
    assert counts == MonthlyCounts({(2026, 1): 1})
    assert MODULE.targets  # the registry's source
    link = month_events(TAB).view(Period.month(2026, 1))
    assert link.view == EventList(EventFilter(first=date(2026, 1, 1), last=date(2026, 1, 31)))
    with store.read() as session:
        figures = event_figures(session, Period.month(2026, 1), now)
    assert [e.theme for e in figures.events] == ["新年联欢", "计划中", "取消的"]
    assert figures.by_month[0] == 1
    assert sum(figures.by_month) == 1
    assert (len(figures.held), figures.participants, figures.cancelled) == (1, 50, 1)


def test_search_sheet_dashboard_and_notice(estate: Estate) -> None:
    events = estate.doors.events
    past = estate.now - timedelta(hours=3)
    held = events.plan(CLERK, _plan("重阳敬老宴", start=past, kind=EventKind.ELDERLY))
    events.record_held(CLERK, held.id, HeldRecord(40, "老人们很满意", 80_000))
    upcoming = events.plan(CLERK, _plan("垃圾分类宣传"))
    store = estate.services.store
    with store.read() as session:
        by_number = search.search_events(session, SearchQuery.parse(held.number[:6]), 10)
        by_theme = search.search_events(session, SearchQuery.parse("垃圾分类"), 10)
        assert search.count_events(session, SearchQuery.parse("HD"), 10) == 0  # too short
    assert held.id in [h.record_id for h in by_number]
    assert [h.record_id for h in by_theme] == [upcoming.id]
    request = SheetRequest(
        store, MANAGER, past.date(), upcoming.row.starts_at.date(), "zh_CN", True
    )
    sheet = event_sheet(None, request)
    rows = list(sheet.rows)
    assert sheet.title == "社区活动"
    assert [c.header for c in sheet.columns][:4] == [
        "活动编号",
        "状态",
        "类别",
        "活动主题",
    ]
    assert {r[3] for r in rows} == {"重阳敬老宴", "垃圾分类宣传"}
    assert "登记人" not in [
        c.header
        for c in event_sheet(
            None,
            SheetRequest(
                store, MANAGER, past.date(), upcoming.row.starts_at.date(), "zh_CN", False
            ),
        ).columns
    ]
    with pytest.raises(PermissionDeniedError):
        event_sheet(None, SheetRequest(store, GUARD, past.date(), past.date(), "zh_CN", True))
    group = events_this_month(TAB)(estate.doors, store, CLERK, estate.now)
    assert group is not None
    assert group.compact  # a line of the home tab's Work plan box: one figure
    assert [f.name for f in group.figures] == ["events_this_month"]
    assert group.figures[0].values == {"held": "1", "planned": "1"}
    notice = estate.doors.notices.notice(CLERK, upcoming.id, " https://example.cn/sign ")
    assert (notice.theme, notice.estate, notice.qr_text) == (
        "垃圾分类宣传",
        "翠湖花园",
        "https://example.cn/sign",
    )
    with pytest.raises(ValidationError) as refused:
        estate.doors.notices.notice(CLERK, upcoming.id, "x" * 201)
    assert refused.value.field == "qr_text"


def test_photos_are_kept_and_refused_cleanly(estate: Estate, tmp_path: Path) -> None:
    events = estate.doors.events
    photos = estate.doors.photos
    assert photos.available
    held = events.plan(CLERK, _plan(start=estate.now - timedelta(hours=2)))
    events.record_held(CLERK, held.id, HeldRecord(30))
    picture = write(tmp_path, "party.png", png_bytes())
    first = photos.add(CLERK, held.id, picture)  # a held event takes its photos
    detail = events.detail(CLERK, held.id)
    assert [p.original_name for p in detail.photos] == ["party.png"]
    assert detail.row.photos == 1
    assert photos.file(first)[1] is AttachmentState.PRESENT
    before = row_counts(estate.services.store)
    with pytest.raises(ValidationError) as refused:
        photos.add(CLERK, held.id, write(tmp_path, "notes.txt", b"not a photo"))
    assert refused.value.field == "photo"
    with pytest.raises(PermissionDeniedError):
        photos.add(COMMITTEE, held.id, picture)
    gone = events.plan(CLERK, _plan())
    events.cancel(CLERK, gone.id, "下雨")
    before = row_counts(estate.services.store)
    with pytest.raises(ConflictError):
        photos.add(CLERK, gone.id, picture)
    assert row_counts(estate.services.store) == before
    bare = EventServices.build(
        ModuleContext(
            estate.services.store,
            lambda: "客服中心",
            {EstateService: EstateService(estate.services.store)},
        )
    )
    assert not bare.photos.available
    with pytest.raises(ValidationError) as refused:
        bare.photos.add(CLERK, held.id, picture)
    assert refused.value.field == "photo"
