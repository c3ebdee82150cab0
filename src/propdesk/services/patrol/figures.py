"""The patrols' part of the monthly report: the period's figures (reports.monthly.
patrol_values) read in the report's transaction — the slots day by day and per guard
(compliance.period_figures), the late and missed slots, the checkpoints reached and
skipped, and the findings with what became of them (their repair tickets by the
tickets' link columns, services.core.ticket_links)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import RoundState
from propdesk.domain.patrol.slots import slots_for_day
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.repairs.kinds import RepairSource
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.patrol_section import PatrolFigures
from propdesk.reports.monthly.patrol_values import (
    FindingOutcome,
    GuardFigures,
    MissedSlot,
    PatrolDay,
)
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.periods import bounds
from propdesk.services.core.ticket_links import linked_tickets
from propdesk.services.patrol.compliance import judged, period_figures
from propdesk.services.patrol.settings import read_history
from propdesk.store.models import PatrolFinding, PatrolRound

MISSED_LISTED = 60
FINDINGS_LISTED = 40
_COUNTED = (RoundState.OPEN.value, RoundState.FINISHED.value)


def patrol_figures(session: Session, period: Period, now: datetime) -> PatrolFigures:
    history, tz = read_history(session), local_zone()
    figures = period_figures(session, history, period, tz, now)
    start, end = bounds(period)
    missed, missed_total = _late_and_missed(session, period, now)
    visits, skipped, too_fast = session.execute(
        select(
            func.coalesce(func.sum(PatrolRound.checkpoints_visited), 0),
            func.coalesce(
                func.sum(PatrolRound.checkpoints_total - PatrolRound.checkpoints_visited).filter(
                    PatrolRound.state == RoundState.FINISHED.value
                ),
                0,
            ),
            func.count().filter(PatrolRound.too_fast.is_(True)),
        ).where(
            PatrolRound.started_at >= start,
            PatrolRound.started_at < end,
            PatrolRound.state.in_(_COUNTED),
            PatrolRound.voided_at.is_(None),
        )
    ).one()
    findings, findings_total, findings_open, tickets = _findings(session, start, end)
    return PatrolFigures(
        days=tuple(
            PatrolDay(d.day, d.scheduled, d.on_time, d.late, d.missed) for d in figures.days
        ),
        scheduled=figures.scheduled,
        on_time=figures.on_time,
        late=figures.late,
        missed=figures.missed,
        rounds=figures.rounds,
        extra_rounds=figures.extra_rounds,
        abandoned=figures.abandoned,
        visits=int(visits),
        skipped_checkpoints=int(skipped),
        too_fast_rounds=int(too_fast),
        missed_slots=missed,
        missed_slots_total=missed_total,
        guards=tuple(
            GuardFigures(g.guard, g.rounds, g.on_time, g.late, g.too_fast, g.findings)
            for g in figures.guards
        ),
        findings=findings,
        findings_total=findings_total,
        findings_open=findings_open,
        tickets_opened=tickets,
    )


def _late_and_missed(
    session: Session, period: Period, now: datetime
) -> tuple[tuple[MissedSlot, ...], int]:
    """The slots answered late or not at all (the first MISSED_LISTED), and how many."""
    history, tz = read_history(session), local_zone()
    slots = [slot for day in period.days for slot in slots_for_day(history, day, tz)]
    if not slots:
        return (), 0
    answers: dict[datetime, list[tuple[Verdict, str, str]]] = defaultdict(list)
    rows = session.execute(
        select(
            PatrolRound.slot_at, PatrolRound.verdict, PatrolRound.route_name, PatrolRound.guard_name
        )
        .where(
            PatrolRound.slot_at.between(slots[0], slots[-1]),
            PatrolRound.state.in_(_COUNTED),
            PatrolRound.voided_at.is_(None),
        )
        .order_by(PatrolRound.started_at)
    ).tuples()
    for slot_at, code, route, guard in rows:
        if slot_at is not None and code:
            answers[slot_at].append((Verdict(code), route, guard))
    listed: list[MissedSlot] = []
    total = 0
    for slot in slots:
        found = answers.get(slot, [])
        schedule = history.in_force(slot.astimezone(tz).date())
        grace = timedelta(minutes=schedule.missed_after_minutes if schedule else 0)
        judgement = judged(slot, (v for v, _r, _g in found), slot + grace <= now)
        if judgement is None or judgement is Verdict.ON_TIME:
            continue
        total += 1
        if len(listed) < MISSED_LISTED:
            late = next(((r, g) for v, r, g in found if v is Verdict.LATE), ("", ""))
            listed.append(MissedSlot(slot, judgement, *late))
    return tuple(listed), total


def _findings(
    session: Session, start: datetime, end: datetime
) -> tuple[tuple[FindingOutcome, ...], int, int, int]:
    rows = list(
        session.scalars(
            select(PatrolFinding)
            .where(
                PatrolFinding.seen_at >= start,
                PatrolFinding.seen_at < end,
                PatrolFinding.voided_at.is_(None),
            )
            .order_by(PatrolFinding.seen_at)
        )
    )
    tickets = linked_tickets(session, RepairSource.PATROL, [str(f.id) for f in rows])
    outcomes: list[FindingOutcome] = []
    still_open = 0
    for finding in rows:
        ticket = tickets.get(str(finding.id))
        resolved = finding.resolved_at is not None or (ticket is not None and ticket.closed)
        still_open += not resolved
        if len(outcomes) < FINDINGS_LISTED:
            outcomes.append(
                FindingOutcome(
                    finding.number,
                    finding.seen_at,
                    finding.checkpoint_name,
                    FindingCategory(finding.category),
                    finding.seen,
                    finding.action,
                    ticket.number if ticket else "",
                    ticket.closed if ticket else None,
                    resolved,
                )
            )
    return tuple(outcomes), len(rows), still_open, len(tickets)
