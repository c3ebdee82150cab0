"""Demo patrol rounds: a small slice (a one-building estate, three months, with a full
estate's repair tickets so that dozens were found on patrol) written as the five years
are, read back the way the schedule, the numbering and the repair tickets see it."""

from __future__ import annotations

import itertools
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.config import Paths
from propdesk.domain.numbering import NumberKind, parse_number
from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import (
    RefusalReason,
    RoundSource,
    RoundState,
    VisitHow,
    answering_slot,
    is_out_of_order,
    slot_verdict,
)
from propdesk.domain.patrol.schedule import DEFAULT_SCHEDULE, ScheduleChange, ScheduleHistory
from propdesk.domain.patrol.slots import slots_for_day
from propdesk.domain.patrol.timing import Verdict, judge, too_fast
from propdesk.domain.repairs.kinds import RepairChannel
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.module_spec import DemoRequest, ModuleSpec
from propdesk.services.core.numbering import allocate
from propdesk.services.demo.generators import PatrolRoundsDemo, RepairTicketsDemo
from propdesk.services.demo.patrol.writer import PatrolCounts, PatrolDemo
from propdesk.services.demo.repairs.tickets import add_repair_tickets
from propdesk.services.registry import MODULES
from propdesk.store.models import (
    Department,
    NumberCounter,
    PatrolCheckpoint,
    PatrolFinding,
    PatrolRefusedScan,
    PatrolRound,
    PatrolRoute,
    PatrolVisit,
    RepairTicket,
    Staff,
)

SCALE = 0.05  # one building
YEARS = 0.25  # about 2,900 rounds
NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # 10:30 in Shenzhen
ZONE = ZoneInfo("Asia/Shanghai")
ADMIN = system_actor("岗亭")
HISTORY = ScheduleHistory((ScheduleChange(date.min, DEFAULT_SCHEDULE),))


def _make(paths: Paths, *, seed: int = 7, years: float = YEARS) -> tuple[Services, PatrolCounts]:
    services = open_services(paths, fast_hashing=True)
    services.demo.create(ADMIN, seed=seed, scale=SCALE)
    with services.store.write() as session:
        connection = session.connection()
        # A full estate's tickets on the small one: enough of them found on patrol.
        add_repair_tickets(connection, seed=seed, scale=1.0, years=years, now=NOW)
        demo = PatrolDemo(connection, DemoRequest(seed, SCALE, years, NOW, "岗亭"), tz=ZONE)
        demo.make()
        counts = demo.write(connection)
    return services, counts


@dataclass
class Slice:
    services: Services
    counts: PatrolCounts
    routes: list[PatrolRoute]
    checkpoints: dict[uuid.UUID, PatrolCheckpoint]
    rounds: list[PatrolRound]
    visits: dict[uuid.UUID, list[PatrolVisit]]  # per round, in the order reached
    findings: list[PatrolFinding]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slice]:
    services, counts = _make(Paths.resolve(tmp_path_factory.mktemp("patrol") / "data"))
    with services.store.read() as session:
        visits: dict[uuid.UUID, list[PatrolVisit]] = defaultdict(list)
        for visit in session.scalars(select(PatrolVisit).order_by(PatrolVisit.at)):
            visits[visit.round_id].append(visit)
        yield Slice(
            services,
            counts,
            list(session.scalars(select(PatrolRoute).order_by(PatrolRoute.position))),
            {c.id: c for c in session.scalars(select(PatrolCheckpoint))},
            list(session.scalars(select(PatrolRound).order_by(PatrolRound.started_at))),
            visits,
            list(session.scalars(select(PatrolFinding))),
        )
    services.close()


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _slots(day: date, cache: dict[date, tuple[datetime, ...]]) -> tuple[datetime, ...]:
    if day not in cache:
        cache[day] = slots_for_day(HISTORY, day, ZONE)
    return cache[day]


def _around(moment: datetime, cache: dict[date, tuple[datetime, ...]]) -> list[datetime]:
    day = moment.astimezone(ZONE).date()
    return sorted(s for d in (-1, 0, 1) for s in _slots(day + timedelta(days=d), cache))


def test_counts_match_the_tables_and_are_plausible(demo: Slice) -> None:
    c = demo.counts
    with demo.services.store.read() as session:
        assert c.routes == _count(session, PatrolRoute) == 3
        assert c.checkpoints == _count(session, PatrolCheckpoint)
        assert c.rounds == _count(session, PatrolRound) == len(demo.rounds)
        assert c.visits == _count(session, PatrolVisit)
        assert c.findings == _count(session, PatrolFinding)
        assert c.refused_scans == _count(session, PatrolRefusedScan) > 0
        security = session.scalar(select(Department.id).where(Department.code == "security"))
        staff = session.scalars(select(Staff).where(Staff.department_id == security)).all()
        assert c.guards_hired == len(staff) == 14
    per_day = c.rounds / (YEARS * 365.25)
    assert 29 <= per_day <= 33  # 32 slots a day, a few missed, a few extra rounds
    assert 8 <= c.visits / c.rounds <= 11  # 8–12 checkpoints, a few skipped
    assert 0 < c.linked_tickets <= c.findings
    assert 0 < c.rounds_for_tickets < c.linked_tickets
    assert c.open_rounds <= 2


def test_routes_and_their_checkpoints(demo: Slice) -> None:
    assert [r.name for r in demo.routes] == ["东区巡逻", "西区巡逻", "地库及周界"]
    codes = [c.code for c in demo.checkpoints.values()]
    assert len(set(codes)) == len(codes)
    for route in demo.routes:
        points = sorted(
            (c for c in demo.checkpoints.values() if c.route_id == route.id),
            key=lambda c: c.position,
        )
        assert 8 <= len(points) <= 12
        assert [c.position for c in points] == list(range(1, len(points) + 1))
        assert all(re.fullmatch(r"XG-[EWB]-\d\d", c.code) for c in points)
        assert all(c.checklist and c.place for c in points)
    names = {c.name for c in demo.checkpoints.values()}
    assert {"东门岗亭", "1栋大堂", "配电房", "地下车库B1入口"} <= names


def test_every_verdict_is_the_domains(demo: Slice) -> None:
    cache: dict[date, tuple[datetime, ...]] = {}
    for r in demo.rounds:
        slot = answering_slot(r.started_at, _around(r.started_at, cache), DEFAULT_SCHEDULE)
        assert r.slot_at == slot, r.number
        if slot is None:
            assert r.verdict == ""
        else:
            assert r.verdict == judge(slot, r.started_at, DEFAULT_SCHEDULE).value, r.number


def test_slots_are_mostly_on_time_and_each_answered_once_per_route(demo: Slice) -> None:
    counted = [r for r in demo.rounds if r.slot_at and r.state != RoundState.ABANDONED.value]
    pairs = Counter((r.slot_at, r.route_id) for r in counted)
    assert max(pairs.values()) == 1  # the console refuses a second one
    by_slot: dict[datetime, list[Verdict]] = defaultdict(list)
    for r in counted:
        assert r.slot_at is not None
        by_slot[r.slot_at].append(Verdict(r.verdict))
    first = NOW.astimezone(ZONE).date() - timedelta(days=int(YEARS * 365.25) - 1)
    decided = NOW - timedelta(minutes=DEFAULT_SCHEDULE.missed_after_minutes)
    slots = [
        s
        for d in range((NOW.astimezone(ZONE).date() - first).days)
        for s in slots_for_day(HISTORY, first + timedelta(days=d), ZONE)
        if s <= decided
    ]
    verdicts = Counter(slot_verdict(by_slot.get(s, ())) for s in slots)
    total = verdicts.total()
    assert 0.86 <= verdicts[Verdict.ON_TIME] / total <= 0.94
    assert 0.04 <= verdicts[Verdict.LATE] / total <= 0.09
    assert 0.02 <= verdicts[Verdict.MISSED] / total <= 0.06
    # Late is commoner in the small hours.
    small = [s for s in slots if 2 <= s.astimezone(ZONE).hour < 5]
    late_small = sum(1 for s in small if slot_verdict(by_slot.get(s, ())) is Verdict.LATE)
    assert late_small / len(small) > verdicts[Verdict.LATE] / total
    assert any(r.slot_at is None and r.state == RoundState.FINISHED.value for r in demo.rounds)


def test_visits_walk_their_rounds_route(demo: Slice) -> None:
    for r in demo.rounds:
        visits = demo.visits.get(r.id, [])
        assert r.checkpoints_visited == len(visits), r.number
        assert r.checkpoints_total == sum(
            1 for c in demo.checkpoints.values() if c.route_id == r.route_id
        )
        assert r.issues == sum(1 for v in visits if not v.ok)
        end = r.finished_at or NOW
        reached: list[int] = []
        for visit in visits:
            checkpoint = demo.checkpoints[visit.checkpoint_id]
            assert checkpoint.route_id == r.route_id, r.number
            assert (visit.position, visit.checkpoint_name) == (checkpoint.position, checkpoint.name)
            assert r.started_at <= visit.at <= end, r.number
            assert visit.out_of_order == is_out_of_order(visit.position, reached), r.number
            reached.append(visit.position)
            paper = r.source == RoundSource.PAPER.value
            assert (visit.how == VisitHow.PAPER.value) == paper
            assert visit.ok or visit.note
        fast = set(too_fast([v.at for v in visits], DEFAULT_SCHEDULE.min_walk_minutes))
        assert [v.too_fast for v in visits] == [i in fast for i in range(len(visits))], r.number
        assert r.out_of_order == any(v.out_of_order for v in visits)
        assert r.too_fast == any(v.too_fast for v in visits)
    flagged = Counter((r.out_of_order, r.too_fast) for r in demo.rounds)
    assert flagged[True, False] > 0
    assert flagged[False, True] > 0
    assert any(r.checkpoints_visited < r.checkpoints_total for r in demo.rounds)


def test_states_sources_and_now(demo: Slice) -> None:
    states = Counter(r.state for r in demo.rounds)
    assert states[RoundState.ABANDONED.value] > 0
    assert states[RoundState.OPEN.value] == demo.counts.open_rounds
    for r in demo.rounds:
        assert r.started_at <= NOW
        if r.state == RoundState.OPEN.value:
            assert r.finished_at is None
            assert r.started_at >= NOW - timedelta(hours=1)
        else:
            assert r.finished_at is not None
            assert r.finished_at <= NOW
        assert bool(r.abandon_reason) == (r.state == RoundState.ABANDONED.value)
        assert r.created_by in {"guard1", "guard2", "guard3", "guard4"}
        if r.source == RoundSource.PAPER.value:
            assert r.finished_at is not None
            assert r.finished_at < r.created_at < r.started_at + timedelta(days=14)
        else:
            assert r.source == RoundSource.LIVE.value
            assert r.created_at == r.started_at
    assert Counter(r.source for r in demo.rounds)[RoundSource.PAPER.value] > 0


def test_no_guard_walks_two_rounds_at_once(demo: Slice) -> None:
    by_guard: dict[uuid.UUID | None, list[PatrolRound]] = defaultdict(list)
    for r in demo.rounds:
        by_guard[r.guard_id].append(r)
    assert None not in by_guard
    for rounds in by_guard.values():
        for before, after in itertools.pairwise(rounds):
            assert before.finished_at is not None
            assert before.finished_at < after.started_at


def test_numbers_follow_the_recording_order_and_the_counter_continues(demo: Slice) -> None:
    per_period: dict[str, list[PatrolRound]] = defaultdict(list)
    for r in demo.rounds:
        kind, period, _seq = parse_number(r.number)
        assert kind is NumberKind.PATROL_ROUND
        assert period == f"{r.started_at.astimezone(ZONE):%Y%m}"
        per_period[period].append(r)
    with demo.services.store.read() as session:
        counters = dict(
            session.execute(
                select(NumberCounter.period, NumberCounter.last).where(
                    NumberCounter.kind == NumberKind.PATROL_ROUND.value
                )
            ).all()
        )
    assert counters.keys() == per_period.keys()
    for period, rounds in per_period.items():
        rounds.sort(key=lambda r: (r.created_at, r.started_at, r.id))
        assert [parse_number(r.number)[2] for r in rounds] == list(range(1, len(rounds) + 1))
        assert counters[period] == len(rounds)
    latest = max(per_period)
    # The next live round gets the next number (checked, then rolled back).
    with Session(demo.services.store.engine) as session:
        day = date(int(latest[:4]), int(latest[4:]), 1)
        following = allocate(session, NumberKind.PATROL_ROUND, day)
        session.rollback()
    assert following == f"XL{latest}-{counters[latest] + 1:04d}"


def test_repair_tickets_found_on_patrol_point_at_their_findings(demo: Slice) -> None:
    rounds = {r.id: r for r in demo.rounds}
    findings = {f.id: f for f in demo.findings}
    visits = {v.id: v for vs in demo.visits.values() for v in vs}
    with demo.services.store.read() as session:
        tickets = session.scalars(
            select(RepairTicket).where(RepairTicket.channel == RepairChannel.PATROL.value)
        ).all()
    assert len(tickets) == demo.counts.linked_tickets
    for ticket in tickets:
        assert ticket.source_kind == "patrol", ticket.number
        finding = findings[uuid.UUID(ticket.source_id)]
        assert str(finding.id) == ticket.source_id
        assert ticket.reported_at - timedelta(hours=4, minutes=30) <= finding.seen_at
        assert finding.seen_at <= ticket.reported_at - timedelta(minutes=1)
        assert finding.place == ticket.common_area
        assert ticket.number in finding.action
        patrol = rounds[finding.round_id]
        assert finding.number.startswith(patrol.number + "-")
        assert ticket.reporter_name == patrol.guard_name
        assert finding.visit_id is not None
        visit = visits[finding.visit_id]
        assert (visit.round_id, visit.checkpoint_id) == (patrol.id, finding.checkpoint_id)
        assert visit.at == finding.seen_at
        assert not visit.ok
        assert finding.resolved_at == ticket.closed_at
        assert bool(finding.resolution) == (ticket.closed_at is not None)


def test_findings_and_refused_scans(demo: Slice) -> None:
    numbers = [f.number for f in demo.findings]
    assert len(set(numbers)) == len(numbers)
    categories = Counter(f.category for f in demo.findings)
    assert set(categories) <= {c.value for c in FindingCategory}
    assert categories[FindingCategory.SECURITY.value] > 0
    for f in demo.findings:
        assert f.seen
        assert f.recorded_by
        assert f.seen_at <= NOW
        if f.category == FindingCategory.SECURITY.value and f.escalated_at is None:
            assert f.seen_at > NOW - timedelta(minutes=10)  # not told yet
        if f.escalated_to:
            assert f.escalated_at is not None
            assert f.seen_at <= f.escalated_at <= NOW
        if f.resolved_at is not None:
            assert f.seen_at <= f.resolved_at <= NOW
            assert f.resolution
    assert sum(1 for f in demo.findings if f.resolved_at is not None) > 0.9 * len(demo.findings)
    with demo.services.store.read() as session:
        scans = session.scalars(select(PatrolRefusedScan)).all()
    codes = {c.code: c for c in demo.checkpoints.values()}
    rounds = {r.id: r for r in demo.rounds}
    for scan in scans:
        assert scan.station == "岗亭"
        assert scan.username
        if scan.reason == RefusalReason.UNKNOWN.value:
            assert scan.code not in codes
        else:
            assert scan.reason == RefusalReason.OTHER_ROUTE.value
            if scan.round_id is not None:
                assert codes[scan.code].route_id != rounds[scan.round_id].route_id


def test_the_same_seed_makes_the_same_rounds(tmp_path: Path) -> None:
    def rows(folder: str, seed: int) -> list[tuple[object, ...]]:
        services, _counts = _make(Paths.resolve(tmp_path / folder), seed=seed, years=0.05)
        with services.store.read() as session:
            found = session.execute(
                select(
                    PatrolRound.id,
                    PatrolRound.number,
                    PatrolRound.guard_name,
                    PatrolRound.started_at,
                    PatrolRound.verdict,
                    PatrolRound.issues,
                ).order_by(PatrolRound.number)
            ).all()
            found += session.execute(
                select(PatrolFinding.id, PatrolFinding.number, PatrolFinding.seen_at)
            ).all()
        services.close()
        return [tuple(row) for row in found]

    first = rows("a", 11)
    assert first == rows("b", 11)
    assert first != rows("c", 12)


def test_made_through_the_demo_service_after_the_repairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # the station's zone (services.core.local_zone)
    modules = [m for m in MODULES if m.key != "gate"]  # its traffic is the slow part
    if not any(m.demo == PatrolRoundsDemo for m in modules):  # a stand-in equals its class
        modules.append(ModuleSpec(key="patrol_demo").with_demo(PatrolRoundsDemo))
    demos = [m.demo for m in modules if m.demo is not None]
    assert demos.index(RepairTicketsDemo) < demos.index(PatrolRoundsDemo)  # tickets first
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True, modules=modules)
    try:
        result = services.demo.create(ADMIN, seed=7, scale=SCALE, traffic_years=0.2)
        assert result.counts is not None
        with services.store.read() as session:
            assert result.counts.patrol_rounds == _count(session, PatrolRound) > 2000
            channels = session.execute(
                select(RepairTicket.source_kind, func.count())
                .where(RepairTicket.channel == RepairChannel.PATROL.value)
                .group_by(RepairTicket.source_kind)
            ).all()
        assert [kind for kind, _n in channels] == ["patrol"]
    finally:
        services.close()
