"""Rounds as rows of a list: the rounds behind a figure (a guard's month, a day's late
ones) and the export's sheet read the same columns."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.service_targets import Period
from propdesk.services.core.periods import bounds
from propdesk.store.models import PatrolRound


@dataclass(frozen=True)
class RoundRow:
    id: uuid.UUID
    number: str
    route: str
    guard: str
    slot_at: datetime | None
    started_at: datetime
    finished_at: datetime | None
    state: str  # domain.patrol.rounds.RoundState
    verdict: str  # domain.patrol.timing.Verdict, "" for an extra round
    source: str  # domain.patrol.rounds.RoundSource
    visited: int
    total: int
    out_of_order: bool
    too_fast: bool
    issues: int
    abandon_reason: str


@dataclass(frozen=True)
class RoundFilter:
    """The rounds started from `first` to `last` (local days, both included), of one
    guard (by the name the round keeps) and of one verdict when given."""

    first: date
    last: date
    guard: str | None = None
    verdict: Verdict | None = None


COLUMNS = (
    PatrolRound.id,
    PatrolRound.number,
    PatrolRound.route_name,
    PatrolRound.guard_name,
    PatrolRound.slot_at,
    PatrolRound.started_at,
    PatrolRound.finished_at,
    PatrolRound.state,
    PatrolRound.verdict,
    PatrolRound.source,
    PatrolRound.checkpoints_visited,
    PatrolRound.checkpoints_total,
    PatrolRound.out_of_order,
    PatrolRound.too_fast,
    PatrolRound.issues,
    PatrolRound.abandon_reason,
)


def rounds_started(start: datetime, end: datetime) -> Select[Any]:
    """Every column of the rounds started in [start, end), not voided, oldest first."""
    return (
        select(*COLUMNS)
        .where(
            PatrolRound.started_at >= start,
            PatrolRound.started_at < end,
            PatrolRound.voided_at.is_(None),
        )
        .order_by(PatrolRound.started_at, PatrolRound.id)
    )


def round_rows(session: Session, wanted: RoundFilter, limit: int) -> tuple[list[RoundRow], bool]:
    """The rounds `wanted` asks for, oldest first, at most `limit`; and whether more
    exist (the list then says to narrow it)."""
    start, end = bounds(Period(wanted.first, wanted.last))
    query = rounds_started(start, end)
    if wanted.guard is not None:
        query = query.where(PatrolRound.guard_name == wanted.guard)
    if wanted.verdict is not None:
        query = query.where(PatrolRound.verdict == wanted.verdict.value)
    rows = [RoundRow(*row) for row in session.execute(query.limit(limit + 1)).tuples()]
    return rows[:limit], len(rows) > limit
