"""Compliance (巡逻考核): each slot on time, late or missed; the day grid (slots ×
routes) and the figures of a period per day and per guard.

A slot is judged by its best round (domain.patrol.rounds.slot_verdict); abandoned and
voided rounds answer nothing. A slot whose grace has not run out yet and has no
on-time round is still pending, and counts nowhere. Every figure is read from the
rounds' `slot_at` and `verdict` (indexed), against the slots the schedule in force
each day gives.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.patrol.rounds import RoundSource, RoundState, slot_verdict
from propdesk.domain.patrol.schedule import ScheduleHistory
from propdesk.domain.patrol.slots import slots_for_day
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.service_targets import Period
from propdesk.services.core.periods import bounds, start_of
from propdesk.store.models import PatrolFinding, PatrolRound, PatrolRoute

_COUNTED = (RoundState.OPEN.value, RoundState.FINISHED.value)


@dataclass(frozen=True)
class RouteRef:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class GridCell:
    """A round in the grid."""

    round_id: uuid.UUID
    number: str
    route_id: uuid.UUID
    guard_name: str
    started_at: datetime
    finished_at: datetime | None
    state: RoundState
    verdict: Verdict | None
    visited: int
    total: int
    out_of_order: bool
    too_fast: bool
    entered_later: bool
    issues: int


@dataclass(frozen=True)
class GridRow:
    slot_at: datetime
    verdict: Verdict | None  # None: still pending (its grace has not run out)
    cells: tuple[tuple[GridCell, ...], ...]  # per route of DayGrid.routes


@dataclass(frozen=True)
class DayGrid:
    day: date
    routes: tuple[RouteRef, ...]
    rows: tuple[GridRow, ...]
    extra: tuple[GridCell, ...]  # rounds of the day that answer no slot (and abandoned)

    def count(self, verdict: Verdict | None) -> int:
        return sum(1 for row in self.rows if row.verdict is verdict)

    @property
    def decided(self) -> int:
        return sum(1 for row in self.rows if row.verdict is not None)


@dataclass(frozen=True)
class DayFigures:
    day: date
    scheduled: int  # slots whose grace has run out
    on_time: int
    late: int
    missed: int


@dataclass(frozen=True)
class GuardFigures:
    guard: str
    rounds: int
    on_time: int
    late: int
    too_fast: int
    findings: int


@dataclass(frozen=True)
class PeriodFigures:
    days: tuple[DayFigures, ...]
    guards: tuple[GuardFigures, ...]
    rounds: int  # counted rounds (not abandoned, not void)
    extra_rounds: int  # of them, answering no slot
    abandoned: int

    @property
    def scheduled(self) -> int:
        return sum(d.scheduled for d in self.days)

    @property
    def on_time(self) -> int:
        return sum(d.on_time for d in self.days)

    @property
    def late(self) -> int:
        return sum(d.late for d in self.days)

    @property
    def missed(self) -> int:
        return sum(d.missed for d in self.days)


def _cell(row: PatrolRound) -> GridCell:
    return GridCell(
        row.id,
        row.number,
        row.route_id,
        row.guard_name,
        row.started_at,
        row.finished_at,
        RoundState(row.state),
        Verdict(row.verdict) if row.verdict else None,
        row.checkpoints_visited,
        row.checkpoints_total,
        row.out_of_order,
        row.too_fast,
        row.source != RoundSource.LIVE.value,
        row.issues,
    )


def _decided(slot: datetime, history: ScheduleHistory, tz: tzinfo, now: datetime) -> bool:
    """Whether the slot's grace has run out by `now` (a later round can no longer
    save it)."""
    schedule = history.in_force(slot.astimezone(tz).date()) or history.in_force(
        slot.astimezone(tz).date() - timedelta(days=1)
    )
    grace = schedule.missed_after_minutes if schedule is not None else 0
    return slot + timedelta(minutes=grace) <= now


def judged(slot: datetime, verdicts: Iterable[Verdict], decided: bool) -> Verdict | None:
    verdict = slot_verdict(verdicts)
    if verdict is Verdict.ON_TIME or decided:
        return verdict
    return None


def day_grid(
    session: Session, history: ScheduleHistory, day: date, tz: tzinfo, now: datetime
) -> DayGrid:
    slots = slots_for_day(history, day, tz)
    start, end = bounds(Period(day, day))
    conditions = [
        and_(
            PatrolRound.slot_at.is_(None),
            PatrolRound.started_at >= start,
            PatrolRound.started_at < end,
        )
    ]
    conditions.append(
        and_(
            PatrolRound.slot_at.is_not(None),
            PatrolRound.state == RoundState.ABANDONED.value,
            PatrolRound.started_at >= start,
            PatrolRound.started_at < end,
        )
    )
    if slots:
        conditions.append(PatrolRound.slot_at.between(slots[0], slots[-1]))
    rounds = list(
        session.scalars(
            select(PatrolRound)
            .where(or_(*conditions), PatrolRound.voided_at.is_(None))
            .order_by(PatrolRound.started_at)
        )
    )
    live = session.scalars(
        select(PatrolRoute).where(PatrolRoute.voided_at.is_(None)).order_by(PatrolRoute.position)
    )
    routes = {route.id: RouteRef(route.id, route.name) for route in live}
    for row in rounds:  # a route voided since still shows its rounds
        routes.setdefault(row.route_id, RouteRef(row.route_id, row.route_name))
    order = list(routes)
    by_slot: dict[datetime, list[PatrolRound]] = defaultdict(list)
    extra: list[GridCell] = []
    slot_set = set(slots)
    for row in rounds:
        if row.slot_at is not None and row.slot_at in slot_set and row.state in _COUNTED:
            by_slot[row.slot_at].append(row)
        else:
            extra.append(_cell(row))
    grid_rows = []
    for slot in slots:
        answering = by_slot.get(slot, [])
        cells = tuple(
            tuple(_cell(r) for r in answering if r.route_id == route_id) for route_id in order
        )
        verdicts = (Verdict(r.verdict) for r in answering if r.verdict)
        grid_rows.append(
            GridRow(slot, judged(slot, verdicts, _decided(slot, history, tz, now)), cells)
        )
    return DayGrid(day, tuple(routes[i] for i in order), tuple(grid_rows), tuple(extra))


def period_figures(
    session: Session, history: ScheduleHistory, period: Period, tz: tzinfo, now: datetime
) -> PeriodFigures:
    """Per day and per guard, from one grouped read of the rounds' slots and verdicts."""
    slots_by_day = {day: slots_for_day(history, day, tz) for day in period.days}
    all_slots = [slot for slots in slots_by_day.values() for slot in slots]
    best: dict[datetime, set[str]] = defaultdict(set)
    if all_slots:
        rows = session.execute(
            select(PatrolRound.slot_at, PatrolRound.verdict)
            .where(
                PatrolRound.slot_at.between(min(all_slots), max(all_slots)),
                PatrolRound.state.in_(_COUNTED),
                PatrolRound.voided_at.is_(None),
            )
            .group_by(PatrolRound.slot_at, PatrolRound.verdict)
        ).tuples()
        for slot_at, verdict in rows:
            if slot_at is not None and verdict:
                best[slot_at].add(verdict)
    days = []
    for day, slots in slots_by_day.items():
        counts: Counter[Verdict] = Counter()
        for slot in slots:
            judgement = judged(
                slot, (Verdict(v) for v in best.get(slot, ())), _decided(slot, history, tz, now)
            )
            if judgement is not None:
                counts[judgement] += 1
        days.append(
            DayFigures(
                day,
                sum(counts.values()),
                counts[Verdict.ON_TIME],
                counts[Verdict.LATE],
                counts[Verdict.MISSED],
            )
        )
    start, end = start_of(period.first), start_of(period.last + timedelta(days=1))
    return PeriodFigures(
        tuple(days), _guards(session, start, end), *_round_counts(session, start, end)
    )


def _round_counts(session: Session, start: datetime, end: datetime) -> tuple[int, int, int]:
    rows = session.execute(
        select(PatrolRound.state, PatrolRound.slot_at.is_(None), func.count())
        .where(
            PatrolRound.started_at >= start,
            PatrolRound.started_at < end,
            PatrolRound.voided_at.is_(None),
        )
        .group_by(PatrolRound.state, PatrolRound.slot_at.is_(None))
    ).tuples()
    counted = extra = abandoned = 0
    for state, no_slot, n in rows:
        if state == RoundState.ABANDONED.value:
            abandoned += n
            continue
        counted += n
        if no_slot:
            extra += n
    return counted, extra, abandoned


def _guards(session: Session, start: datetime, end: datetime) -> tuple[GuardFigures, ...]:
    rows = session.execute(
        select(
            PatrolRound.guard_name,
            PatrolRound.verdict,
            PatrolRound.too_fast,
            func.count(),
        )
        .where(
            PatrolRound.started_at >= start,
            PatrolRound.started_at < end,
            PatrolRound.state.in_(_COUNTED),
            PatrolRound.voided_at.is_(None),
        )
        .group_by(PatrolRound.guard_name, PatrolRound.verdict, PatrolRound.too_fast)
    ).tuples()
    figures: dict[str, Counter[str]] = defaultdict(Counter)
    for guard, verdict, too_fast, n in rows:
        counter = figures[guard]
        counter["rounds"] += n
        counter[verdict or "none"] += n
        if too_fast:
            counter["too_fast"] += n
    findings = session.execute(
        select(PatrolRound.guard_name, func.count())
        .select_from(PatrolFinding)
        .join(PatrolRound, PatrolRound.id == PatrolFinding.round_id)
        .where(
            PatrolFinding.seen_at >= start,
            PatrolFinding.seen_at < end,
            PatrolFinding.voided_at.is_(None),
        )
        .group_by(PatrolRound.guard_name)
    ).tuples()
    for guard, n in findings:
        figures[guard]["findings"] += n
    return tuple(
        GuardFigures(
            guard,
            c["rounds"],
            c[Verdict.ON_TIME.value],
            c[Verdict.LATE.value],
            c["too_fast"],
            c["findings"],
        )
        for guard, c in sorted(figures.items())
    )
