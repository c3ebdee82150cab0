"""Patrol through the services: routes and checkpoints, the schedule, rounds scanned
and ticked, refusals logged, paper rounds, findings into repair tickets, compliance."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import RoundSource, RoundState, VisitHow
from propdesk.domain.patrol.schedule import PatrolSchedule, PatrolWindow
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairSource
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.patrol.inputs import (
    CheckpointInput,
    FindingInput,
    PaperRound,
    PaperVisit,
    RouteInput,
)
from propdesk.services.patrol.round_detail import RoundDetail
from propdesk.services.patrol.round_list import RoundFilter
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.repairs.service import RepairServices
from propdesk.store.models import PatrolRefusedScan, PatrolRound, PatrolVisit, RepairTicket

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
TECH = Actor(None, "tech", "王师傅", Role.TECHNICIAN, "工程部")  # no patrol rights


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


class Estate:
    """Two routes of three checkpoints each; the default schedule (day hourly from
    06:00, night half-hourly from 22:00); yesterday to walk in."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.patrol = services.module(PatrolServices)
        routes = self.patrol.routes
        self.east = routes.add_route(MANAGER, RouteInput("东区夜巡"))
        self.west = routes.add_route(MANAGER, RouteInput("西区巡逻"))
        for n, name in enumerate(("1栋大堂", "2号消防通道", "地库入口"), start=1):
            routes.add_checkpoint(MANAGER, self.east.id, CheckpointInput(f"E-{n}", name, "东区"))
        for n, name in enumerate(("西门", "配电房", "水泵房"), start=1):
            routes.add_checkpoint(MANAGER, self.west.id, CheckpointInput(f"W-{n}", name))
        self.east = routes.route(MANAGER, self.east.id)
        self.west = routes.route(MANAGER, self.west.id)
        self.guard = services.staff.save(ADMIN, StaffInput("张保安", "security", "保安"))
        self.yesterday = datetime.now().astimezone().date() - timedelta(days=1)

    def count(self, model: type) -> int:
        with self.services.store.read() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def estate(services: Services, beijing_time: None) -> Iterator[Estate]:
    del beijing_time
    return Estate(services)


# -- routes and checkpoints ----------------------------------------------------------------
def test_checkpoints_keep_order_and_close_gaps(estate: Estate) -> None:
    routes = estate.patrol.routes
    first, _second, third = estate.east.checkpoints
    moved = routes.move_checkpoint(MANAGER, third.id, -2)
    assert [c.code for c in moved.checkpoints] == ["E-3", "E-1", "E-2"]
    after = routes.void_checkpoint(MANAGER, first.id, "墙体拆除")
    assert [(c.code, c.position) for c in after.checkpoints] == [("E-3", 1), ("E-2", 2)]
    assert routes.find_code(GUARD, "e-1").voided  # the old code still names it


def test_a_code_is_unique_across_routes_and_voided_checkpoints(estate: Estate) -> None:
    routes = estate.patrol.routes
    routes.void_checkpoint(MANAGER, estate.east.checkpoints[0].id, "拆除")
    before = estate.count(PatrolVisit)
    for code in ("E-1", " w-2 "):
        with pytest.raises(ConflictError) as caught:
            routes.add_checkpoint(MANAGER, estate.west.id, CheckpointInput(code, "新点"))
        assert caught.value.field == "code"
    assert len(routes.route(MANAGER, estate.west.id).checkpoints) == 3
    assert estate.count(PatrolVisit) == before


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CheckpointInput("", "名"), "code"),
        (CheckpointInput("A B", "名"), "code"),
        (CheckpointInput("X" * 33, "名"), "code"),
        (CheckpointInput("OK-1", "  "), "name"),
        (CheckpointInput("OK-1", "名", "地" * 101), "place"),
        (CheckpointInput("OK-1", "名", "", "查" * 401), "checklist"),
    ],
)
def test_bad_checkpoint_input_names_its_field(
    estate: Estate, data: CheckpointInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        estate.patrol.routes.add_checkpoint(MANAGER, estate.east.id, data)
    assert caught.value.field == field
    assert len(estate.patrol.routes.route(MANAGER, estate.east.id).checkpoints) == 3


def test_route_names_are_unique_and_only_managers_edit(estate: Estate) -> None:
    with pytest.raises(ConflictError):
        estate.patrol.routes.add_route(MANAGER, RouteInput("东区夜巡"))
    with pytest.raises(PermissionDeniedError):
        estate.patrol.routes.add_route(GUARD, RouteInput("北区"))
    with pytest.raises(PermissionDeniedError):
        estate.patrol.routes.routes(TECH)
    assert [r.name for r in estate.patrol.routes.routes(COMMITTEE)] == ["东区夜巡", "西区巡逻"]


# -- the schedule --------------------------------------------------------------------------
def test_a_schedule_change_applies_from_its_date_and_never_to_past_days(estate: Estate) -> None:
    settings = estate.patrol.settings
    today = datetime.now().astimezone().date()
    quarterly = PatrolSchedule((PatrolWindow(time(0), time(0), 15),), 5, 10, 1)
    with pytest.raises(ValidationError) as caught:
        settings.change(MANAGER, today - timedelta(days=1), quarterly)
    assert caught.value.field == "effective_from"
    settings.change(MANAGER, today + timedelta(days=1), quarterly)
    assert settings.schedule_on(today) != quarterly
    assert settings.schedule_on(today + timedelta(days=1)) == quarterly
    grid = estate.patrol.compliance.day_grid(GUARD, today - timedelta(days=3))
    assert len(grid.rows) == 16 + 16  # the default schedule's slots, unchanged
    with pytest.raises(PermissionDeniedError):
        settings.change(GUARD, today, quarterly)


def test_a_schedule_keeps_a_long_history_of_changes(estate: Estate) -> None:
    """The history is one estate setting that grows with every change: an office
    changes its schedule many times over the years (once it held 400 characters, about
    two changes, and the store refused the third)."""
    settings = estate.patrol.settings
    today = datetime.now().astimezone().date()
    for step in range(1, 13):
        every = 10 + step
        schedule = PatrolSchedule((PatrolWindow(time(0), time(0), every),), 5, 10, 1)
        settings.change(MANAGER, today + timedelta(days=step), schedule)
        assert settings.schedule_on(today + timedelta(days=step)) == schedule
    assert settings.schedule_on(today + timedelta(days=1)).windows[0].interval_minutes == 11


# -- a round -------------------------------------------------------------------------------
def start_east(estate: Estate, minute: int = 3) -> RoundDetail:
    return estate.patrol.rounds.start(
        GUARD, estate.east.id, estate.guard.id, at=local(estate.yesterday, 10, minute)
    )


def test_a_round_by_scanned_codes_on_time_out_of_order_and_finished(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    started = rounds.start(
        GUARD, estate.east.id, estate.guard.id, at=local(estate.yesterday, 10, 3)
    )
    assert started.number.startswith("XL")
    assert started.slot_at == local(estate.yesterday, 10)
    assert started.verdict is Verdict.ON_TIME
    assert started.guard_name == "张保安"
    day = estate.yesterday
    rounds.scan(GUARD, "E-1", started.id, at=local(day, 10, 5))
    detail = rounds.scan(GUARD, "e-3\n", started.id, at=local(day, 10, 9))
    third = detail.checkpoints[2].visit
    assert third is not None
    assert third.how is VisitHow.SCAN
    assert not third.out_of_order
    detail = rounds.scan(GUARD, "ｅ－２", None, at=local(day, 10, 12))  # full width, round found
    second = detail.checkpoints[1].visit
    assert second is not None
    assert second.out_of_order
    finished = rounds.finish(GUARD, started.id)
    assert finished.state is RoundState.FINISHED
    assert finished.visited == 3
    assert finished.out_of_order
    assert not finished.too_fast


def test_refused_codes_are_logged_and_change_nothing(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    started = start_east(estate)
    day = estate.yesterday
    cases = [("NOPE-9", ValidationError), ("W-1", ConflictError)]
    for code, error in cases:
        with pytest.raises(error) as caught:
            rounds.scan(GUARD, code, started.id, at=local(day, 10, 5))
        assert caught.value.field == "code"
    rounds.scan(GUARD, "E-1", started.id, at=local(day, 10, 6))
    with pytest.raises(ConflictError):
        rounds.scan(GUARD, "E-1", started.id, at=local(day, 10, 8))  # already reached
    with pytest.raises(ConflictError):
        rounds.scan(GUARD, "W-2", None, at=local(day, 10, 8))  # no west round open
    assert rounds.detail(GUARD, started.id).visited == 1
    with estate.services.store.read() as session:
        logged = session.scalars(select(PatrolRefusedScan.reason).order_by(PatrolRefusedScan.at))
        assert sorted(logged) == ["no_round", "other_route", "repeated", "unknown"]


def test_too_fast_visits_are_flagged(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    started = start_east(estate)
    day = estate.yesterday
    rounds.scan(GUARD, "E-1", started.id, at=local(day, 10, 5))
    detail = rounds.scan(GUARD, "E-2", started.id, at=local(day, 10, 5) + timedelta(seconds=20))
    assert detail.too_fast
    visit = detail.checkpoints[1].visit
    assert visit is not None
    assert visit.too_fast


def test_one_round_per_route_and_slot(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    start_east(estate)
    with pytest.raises(ConflictError) as caught:
        rounds.start(GUARD, estate.east.id, at=local(estate.yesterday, 10, 8))
    assert caught.value.field == "route_id"
    other = rounds.start(GUARD, estate.west.id, at=local(estate.yesterday, 10, 8))
    assert other.slot_at == local(estate.yesterday, 10)  # another route may answer it too


def test_lateness_and_rounds_outside_every_slot(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    late = rounds.start(GUARD, estate.east.id, at=local(estate.yesterday, 10, 25))
    assert late.verdict is Verdict.LATE
    early = rounds.start(GUARD, estate.east.id, at=local(estate.yesterday, 12, 55))
    assert early.slot_at == local(estate.yesterday, 13)
    assert early.verdict is Verdict.ON_TIME
    extra = rounds.start(GUARD, estate.west.id, at=local(estate.yesterday, 14, 40))
    assert extra.slot_at is None
    assert extra.verdict is None


def test_finishing_needs_a_checkpoint_and_a_finished_round_stays_as_it_was(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    started = start_east(estate)
    with pytest.raises(ValidationError):
        rounds.finish(GUARD, started.id)
    rounds.scan(GUARD, "E-1", started.id, at=local(estate.yesterday, 10, 5))
    rounds.finish(GUARD, started.id)
    with pytest.raises(ConflictError):
        rounds.scan(GUARD, "E-2", started.id)
    with pytest.raises(ConflictError):
        rounds.abandon(GUARD, started.id, "走错")
    with pytest.raises(PermissionDeniedError):
        rounds.void(GUARD, started.id, "录错")
    voided = rounds.void(MANAGER, started.id, "录错")
    assert voided.voided
    assert voided.void_reason == "录错"


def test_an_open_round_survives_a_restart_and_can_be_abandoned(
    estate: Estate, services: Services
) -> None:
    started = start_east(estate)
    from propdesk.services.bootstrap import open_services

    again = open_services(services.paths, fast_hashing=True)
    try:
        rounds = again.module(PatrolServices).rounds
        assert [r.number for r in rounds.open_rounds(GUARD)] == [started.number]
        with pytest.raises(ValidationError):
            rounds.abandon(GUARD, started.id, "  ")
        gone = rounds.abandon(GUARD, started.id, "处理住户纠纷")
        assert gone.state is RoundState.ABANDONED
        assert rounds.open_rounds(GUARD) == []
    finally:
        again.close()


def test_roles(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    with pytest.raises(PermissionDeniedError):
        rounds.start(COMMITTEE, estate.east.id)
    started = rounds.start(CLERK, estate.east.id, at=local(estate.yesterday, 10, 1))
    with pytest.raises(PermissionDeniedError):
        rounds.scan(CLERK, "E-1", started.id)


# -- paper rounds --------------------------------------------------------------------------
def paper(estate: Estate, route: RouteInfo, hour: int, minutes: tuple[int, ...]) -> PaperRound:
    day = estate.yesterday
    visits = tuple(
        PaperVisit(c.id, local(day, hour, m))
        for c, m in zip(route.checkpoints, minutes, strict=False)
    )
    return PaperRound(route.id, estate.guard.id, local(day, hour, 2), local(day, hour, 30), visits)


def test_a_paper_round_is_entered_later_and_judged(estate: Estate) -> None:
    sheet = paper(estate, estate.west, 16, (5, 11))
    broken = replace(sheet.visits[1], ok=False, note="配电房门  未锁")
    sheet = replace(sheet, visits=(sheet.visits[0], broken))
    entered = estate.patrol.rounds.enter_paper(CLERK, sheet)
    visit = entered.checkpoints[1].visit
    assert visit is not None
    assert (visit.ok, visit.note, visit.how) == (False, "配电房门 未锁", VisitHow.PAPER)
    grid = estate.patrol.compliance.day_grid(MANAGER, estate.yesterday)
    (cell,) = [c for row in grid.rows for cells in row.cells for c in cells]
    assert (cell.issues, cell.visited, cell.entered_later) == (1, 2, True)
    assert entered.source is RoundSource.PAPER
    assert entered.entered_later
    assert entered.state is RoundState.FINISHED
    assert entered.verdict is Verdict.ON_TIME
    assert entered.visited == 2


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"finished_at": "before"}, "finished_at"),
        ({"visits": "outside"}, "visits"),
        ({"visits": "twice"}, "visits"),
        ({"visits": "none"}, "visits"),
        ({"started_at": "future"}, "started_at"),
        ({"started_at": "ancient"}, "started_at"),
    ],
)
def test_bad_paper_rounds_write_nothing(estate: Estate, change: dict[str, str], field: str) -> None:
    good = paper(estate, estate.west, 16, (5, 11))
    first = good.visits[0]
    variants = {
        "before": {"finished_at": good.started_at - timedelta(minutes=1)},
        "outside": {
            "visits": (PaperVisit(first.checkpoint_id, good.finished_at + timedelta(minutes=5)),)
        },
        "twice": {"visits": (first, first)},
        "none": {"visits": ()},
        "future": {"started_at": datetime.now().astimezone() + timedelta(hours=2)},
        "ancient": {"started_at": good.started_at - timedelta(days=40)},
    }
    (value,) = change.values()
    from dataclasses import replace

    bad = replace(good, **variants[value])  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        estate.patrol.rounds.enter_paper(CLERK, bad)
    assert caught.value.field == field
    assert estate.count(PatrolRound) == 0


# -- findings --------------------------------------------------------------------------------
def test_a_finding_opens_a_repair_ticket_linked_both_ways(estate: Estate) -> None:
    rounds, findings = estate.patrol.rounds, estate.patrol.findings
    started = start_east(estate)
    checkpoint = estate.east.checkpoints[1]
    finding = findings.record(
        GUARD,
        started.id,
        checkpoint.id,
        FindingInput(FindingCategory.FIRE_EQUIPMENT, "灭火器压力不足", "已拍照", "陈经理"),
        at=local(estate.yesterday, 10, 6),
    )
    assert finding.number == f"{started.number}-1"
    assert finding.escalated_to == "陈经理"
    detail = rounds.detail(GUARD, started.id)
    visit = detail.checkpoints[1].visit
    assert visit is not None
    assert not visit.ok
    ticket = findings.open_ticket(GUARD, finding.id, RepairCategory.FIRE_EQUIPMENT)
    with pytest.raises(ConflictError):  # a double click opens one
        findings.open_ticket(GUARD, finding.id, RepairCategory.FIRE_EQUIPMENT)
    repairs = estate.services.module(RepairServices).tickets
    opened = repairs.detail(CLERK, ticket.id)
    assert opened.channel is RepairChannel.PATROL
    assert opened.common_area == "东区"
    assert "灭火器压力不足" in opened.description
    with estate.services.store.read() as session:
        row = session.get(RepairTicket, ticket.id)
        assert row is not None
        assert (row.source_kind, row.source_id) == (RepairSource.PATROL.value, str(finding.id))
    (listed,) = findings.open_findings(MANAGER)
    assert listed.ticket is not None
    assert listed.ticket.number == opened.number
    findings.resolve(MANAGER, finding.id, "已更换灭火器")
    assert findings.open_findings(MANAGER) == []


def test_findings_need_what_was_seen(estate: Estate) -> None:
    started = start_east(estate)
    with pytest.raises(ValidationError) as caught:
        estate.patrol.findings.record(
            GUARD,
            started.id,
            estate.east.checkpoints[0].id,
            FindingInput(FindingCategory.OTHER, "   "),
        )
    assert caught.value.field == "seen"
    assert estate.patrol.rounds.detail(GUARD, started.id).visited == 0


# -- compliance ------------------------------------------------------------------------------
def test_the_day_grid_and_the_period_figures(estate: Estate) -> None:
    rounds = estate.patrol.rounds
    day = estate.yesterday
    on_time = rounds.start(GUARD, estate.east.id, estate.guard.id, at=local(day, 10, 3))
    rounds.scan(GUARD, "E-1", on_time.id, at=local(day, 10, 5))
    rounds.finish(GUARD, on_time.id)
    late = rounds.start(GUARD, estate.west.id, estate.guard.id, at=local(day, 11, 20))
    rounds.scan(GUARD, "W-1", late.id, at=local(day, 11, 25))
    rounds.finish(GUARD, late.id)
    abandoned = rounds.start(GUARD, estate.west.id, at=local(day, 12, 2))
    rounds.abandon(GUARD, abandoned.id, "被叫走")
    # The night slots run to 06:00 the next morning: judge them once all are over,
    # whatever the hour the test runs at (a run just after midnight saw 20 of 32).
    after = local(day + timedelta(days=1), 12)
    grid = estate.patrol.compliance.day_grid(MANAGER, day, now=after)
    by_slot = {row.slot_at: row for row in grid.rows}
    assert by_slot[local(day, 10)].verdict is Verdict.ON_TIME
    assert by_slot[local(day, 11)].verdict is Verdict.LATE
    assert by_slot[local(day, 12)].verdict is Verdict.MISSED  # abandoned answers nothing
    assert [r.name for r in grid.routes] == ["东区夜巡", "西区巡逻"]
    (east_cells, west_cells) = by_slot[local(day, 10)].cells
    assert [c.number for c in east_cells] == [on_time.number]
    assert west_cells == ()
    assert [c.number for c in grid.extra] == [abandoned.number]
    assert grid.count(Verdict.ON_TIME) == 1
    assert grid.count(Verdict.LATE) == 1
    assert grid.decided == len(grid.rows) == 32
    figures = estate.patrol.compliance.period(MANAGER, Period(day, day), now=after)
    (figure,) = figures.days
    assert (figure.scheduled, figure.on_time, figure.late, figure.missed) == (32, 1, 1, 30)
    assert figures.rounds == 2
    assert figures.abandoned == 1
    (guard,) = [g for g in figures.guards if g.guard == "张保安"]
    assert (guard.rounds, guard.on_time, guard.late) == (2, 1, 1)


def test_a_slot_within_its_grace_is_pending(estate: Estate) -> None:
    day = estate.yesterday
    grid = estate.patrol.compliance.day_grid(MANAGER, day, now=local(day, 10, 15))
    by_slot = {row.slot_at: row for row in grid.rows}
    assert by_slot[local(day, 10)].verdict is None
    assert by_slot[local(day, 9)].verdict is Verdict.MISSED
    with pytest.raises(NotFoundError):
        estate.patrol.rounds.find_number(GUARD, "XL209901-0001")


def test_the_rounds_behind_a_figure(estate: Estate) -> None:
    rounds, day = estate.patrol.rounds, estate.yesterday
    on_time = rounds.start(GUARD, estate.east.id, estate.guard.id, at=local(day, 10, 3))
    late = rounds.start(GUARD, estate.west.id, estate.guard.id, at=local(day, 11, 20))
    rounds.start(GUARD, estate.west.id, at=local(day, 13, 2))  # the logged-in guard's
    mine, more = rounds.rows(MANAGER, RoundFilter(day, day, guard="张保安"))
    assert [r.number for r in mine] == [on_time.number, late.number]
    assert not more
    (only_late,), _ = rounds.rows(MANAGER, RoundFilter(day, day, verdict=Verdict.LATE))
    assert only_late.number == late.number
    first, more = rounds.rows(MANAGER, RoundFilter(day, day), limit=2)
    assert len(first) == 2
    assert more
