"""The compliance views the tab and the dashboard read (see compliance.py)."""

from __future__ import annotations

from datetime import date, datetime

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_span import span_in_window
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.store_service import StoreService
from propdesk.services.patrol.compliance import DayGrid, PeriodFigures, day_grid, period_figures
from propdesk.services.patrol.settings import read_history
from propdesk.store.base import utcnow

MAX_PERIOD_DAYS = 366  # a year to date, the longest figure a screen or target reads


class ComplianceService(StoreService):
    def day_grid(self, actor: Actor, day: date, now: datetime | None = None) -> DayGrid:
        """The slots of `day` (local) × the routes, each slot judged as of `now`."""
        actor.require(Module.PATROL, Action.VIEW)
        date_in_window(day, "day")
        with self._store.read() as session:
            return day_grid(session, read_history(session), day, local_zone(), now or utcnow())

    def period(self, actor: Actor, period: Period, now: datetime | None = None) -> PeriodFigures:
        """Per day and per guard over the days of `period` (at most MAX_PERIOD_DAYS)."""
        actor.require(Module.PATROL, Action.VIEW)
        span_in_window(period.first, period.last, "period", MAX_PERIOD_DAYS)
        with self._store.read() as session:
            return period_figures(
                session, read_history(session), period, local_zone(), now or utcnow()
            )
