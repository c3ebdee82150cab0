"""Visitor-data retention in the demo traffic: visits older than the retention period
are made already blanked, the way the daily purge (services.gate.retention) would have
left them, and today's purge is noted as done.

Without this the first start after `propdesk demo-data` would spend a minute blanking
some 330,000 rows in the background. The rule is the purge's own: a visitor event is
blanked by the first daily run more than the retention period after it. The runs are
taken to happen when the day shift starts the console (08:00 local, up to 22 minutes
later); a visit that became old enough after this morning's run was blanked by today's
run, which the demo stands for: it happens `now`.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from propdesk.errors import ValidationError
from propdesk.services.demo.gate.calendar import DAY, HOUR, MINUTE, UTC_OFFSET
from propdesk.services.gate.retention import LAST_RUN_KEY, VISITOR_KINDS
from propdesk.services.gate.settings import (
    DEFAULT_GATE,
    KEY_VISITOR_RETENTION_DAYS,
    check_retention_days,
)
from propdesk.store.models import EstateSetting, GateEvent

RUN_HOUR = 8  # local: when the day shift starts the console


def retention_days(connection: Connection) -> int:
    """The estate's setting, or the default when it is unset or unusable (as the purge
    itself falls back)."""
    stored = connection.scalar(
        select(EstateSetting.value).where(EstateSetting.key == KEY_VISITOR_RETENTION_DAYS)
    )
    if stored is not None:
        try:
            days: Any = json.loads(stored)
            check_retention_days(days)
        except (ValueError, ValidationError):
            pass
        else:
            return int(days)
    return DEFAULT_GATE.visitor_retention_days


class _Runs(dict[int, int]):
    """Local day number → when the daily purge ran that day."""

    def __missing__(self, day: int) -> int:
        late = day * 37 % 23  # minutes after the hour, the same all day
        run = self[day] = day * DAY - UTC_OFFSET + RUN_HOUR * HOUR + late * MINUTE
        return run


class DemoRetention:
    """Which visits the daily purge has blanked by `now`, and when."""

    def __init__(self, days: int, now: datetime, *, others_waiting: bool = False) -> None:
        self.days = days
        self.now_at = now
        self.now = int(now.timestamp())
        self.cutoff_at = now - timedelta(days=days)  # the purge's own cutoff now
        # Visits (whole seconds) before this are blanked already.
        self.cutoff = math.ceil(self.cutoff_at.timestamp())
        # Older visitor data than the demo's is waiting for the purge: today's run must
        # still happen.
        self.others_waiting = others_waiting
        self._runs = _Runs()

    @classmethod
    def read(cls, connection: Connection, now: datetime) -> DemoRetention:
        """The estate's retention, before the demo writes its traffic."""
        days = retention_days(connection)
        waiting = connection.scalar(
            select(GateEvent.id)
            .where(
                GateEvent.kind.in_([kind.value for kind in VISITOR_KINDS]),
                GateEvent.occurred_at < now - timedelta(days=days),
                GateEvent.purged_at.is_(None),
            )
            .limit(1)
        )
        return cls(days, now, others_waiting=waiting is not None)

    def purged_at(self, ts: int) -> int:
        """When the daily purge blanked a visit at `ts` (before the cutoff)."""
        due = ts + self.days * DAY  # from here the visit is old enough
        day = (due + UTC_OFFSET) // DAY
        run = self._runs[day]
        if run <= due:
            run = self._runs[day + 1]
        return min(run, self.now)


def claim_todays_run(connection: Connection, retention: DemoRetention) -> bool:
    """Note today's daily purge as done, as GateRetentionService.run_daily_if_due would,
    unless other visitor data is waiting for it. True when it was noted."""
    if retention.others_waiting:
        return False
    # The station's local day, as run_daily_if_due reckons it.
    today = json.dumps(retention.now_at.astimezone().date().isoformat())
    if connection.scalar(select(EstateSetting.key).where(EstateSetting.key == LAST_RUN_KEY)):
        connection.execute(
            update(EstateSetting).where(EstateSetting.key == LAST_RUN_KEY).values(value=today)
        )
    else:
        connection.execute(insert(EstateSetting).values(key=LAST_RUN_KEY, value=today))
    return True
