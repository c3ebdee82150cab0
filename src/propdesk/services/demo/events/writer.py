"""Plan and write the demo's community events (see generator.py)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, Table

from propdesk.domain.events.kinds import EventState
from propdesk.domain.numbering import NumberKind
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.events.themes import (
    ANY_MONTH,
    CANCEL_REASONS,
    FEEDBACK,
    ORGANISERS,
    SEASONAL,
)
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.rows_writer import PlannedRowWriter, Row
from propdesk.store.models.events import CommunityEvent

EVENT: Table = CommunityEvent.__table__  # type: ignore[assignment]  # declared: a Table
CLERK_LOGIN = "kefu01"  # who typed the plans in (the demo's clerks are switched-off accounts)
MISSED_MONTHS = 2  # months of the past with no event held at all
CANCEL_SHARE = 0.08


def _months(first: date, last: date) -> list[tuple[int, int]]:
    found, day = [], first.replace(day=1)
    while day <= last:
        found.append((day.year, day.month))
        day = (day + timedelta(days=32)).replace(day=1)
    return found


class EventDemo:
    def __init__(
        self, connection: Connection, request: DemoRequest, tz: tzinfo | None = None
    ) -> None:
        self._rng = random.Random(f"events-{request.seed}")
        self._ids = DemoIds(self._rng)
        self._now = request.now
        self._tz = tz or local_zone()
        self._years = request.years
        self._numbers = NumberCounters(connection, NumberKind.EVENT)
        self._writer = PlannedRowWriter(connection, EVENT)
        self._params: list[Any] | None = None
        self._count = 0

    def _event(self, day: date, pick: tuple[str, Any, str, int, str], planned: bool) -> Row:
        rng, tz = self._rng, self._tz
        theme, kind, place, budget, content = pick
        hour = rng.choice((9, 10, 14, 15, 19)) if day.weekday() >= 5 else rng.choice((15, 19))
        starts = datetime.combine(day, time(hour, rng.choice((0, 30))), tz)
        ends = starts + timedelta(hours=rng.choice((1.5, 2, 2.5, 3)))
        start_ts, end_ts = int(starts.timestamp()), int(ends.timestamp())
        entered = start_ts - rng.randint(7, 20) * 86_400
        row: Row = {
            "id": self._ids.at(entered),
            "number": self._numbers.take(f"{day.year:04d}{day.month:02d}"),
            "state": EventState.PLANNED.value,
            "kind": kind.value,
            "theme": theme,
            "starts_at": start_ts,
            "ends_at": end_ts,
            "place": place,
            "content": content,
            "organiser": rng.choice(ORGANISERS),
            "budget_fen": budget * 100,
            "planned_by": CLERK_LOGIN,
            "participants": None,
            "feedback": "",
            "actual_cost_fen": None,
            "closed_by": None,
            "closed_at": None,
            "cancel_reason": "",
            "created_at": entered,
            "updated_at": entered,
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
        }
        if planned:
            return row
        if rng.random() < CANCEL_SHARE:
            closed = start_ts - rng.randint(1, 3) * 86_400
            row.update(
                state=EventState.CANCELLED.value,
                cancel_reason=rng.choice(CANCEL_REASONS),
                closed_by=CLERK_LOGIN,
                closed_at=closed,
                updated_at=closed,
            )
            return row
        closed = end_ts + rng.randint(1, 48) * 3600
        row.update(
            state=EventState.HELD.value,
            participants=rng.randint(25, 180) if budget >= 1000 else rng.randint(12, 70),
            feedback=rng.choice(FEEDBACK),
            actual_cost_fen=int(budget * 100 * rng.uniform(0.7, 1.05)) // 100 * 100,
            closed_by=CLERK_LOGIN,
            closed_at=closed,
            updated_at=closed,
        )
        return row

    def make(self) -> None:
        rng, tz = self._rng, self._tz
        today = self._now.astimezone(tz).date()
        first = today - timedelta(days=int(self._years * 365.25))
        following = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        months = _months(first, following)
        past = [m for m in months if m < (today.year, today.month)]
        missed = set(rng.sample(past[1:-1], min(MISSED_MONTHS, max(len(past) - 2, 0))))
        rows: list[Row] = []
        for year, month in months:
            if (year, month) in missed:
                continue
            seasonal = list(SEASONAL[month])
            rng.shuffle(seasonal)
            count = rng.choice((1, 2, 2, 3))
            picks = (seasonal + rng.sample(ANY_MONTH, len(ANY_MONTH)))[:count]
            days = sorted(rng.sample(range(3, 27), count))
            for pick, day_no in zip(picks, days, strict=True):
                day = date(year, month, day_no)
                if day < first:
                    continue
                planned = datetime.combine(day, time(23, 59), tz) > self._now
                rows.append(self._event(day, pick, planned))
        self._count = len(rows)
        self._params = self._writer.params(rows)

    def write(self, connection: Connection) -> int:
        if self._params is None:
            self.make()
        assert self._params is not None
        self._writer.insert(self._params)
        self._numbers.write(connection)
        self._params = []
        return self._count
