"""The patrol schedule as the estate keeps it: its dated history, one estate setting.

Stored as a JSON list of changes under `patrol_schedule`, each in force from its date
(domain.patrol.schedule.ScheduleHistory). With nothing stored the default schedule
(day every 60 min, night every 30 min) applies to every day. A change applies from a
date on, today or later, and never rewrites past days; a change dated the same day as
a planned one replaces it.
"""

from __future__ import annotations

import logging
from datetime import date, time
from typing import Any

from sqlalchemy.orm import Session

from propdesk.domain.patrol.schedule import (
    DEFAULT_SCHEDULE,
    FIELD_EFFECTIVE_FROM,
    PatrolSchedule,
    PatrolWindow,
    ScheduleChange,
    ScheduleHistory,
)
from propdesk.domain.roles import Action, Module
from propdesk.errors import ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

KEY_SCHEDULE = "patrol_schedule"
# Before any change was stored, the default is in force from the beginning of time.
DEFAULT_HISTORY = ScheduleHistory((ScheduleChange(date.min, DEFAULT_SCHEDULE),))


def _window_value(window: PatrolWindow) -> dict[str, Any]:
    return {
        "start": f"{window.start:%H:%M}",
        "end": f"{window.end:%H:%M}",
        "interval": window.interval_minutes,
    }


def _change_value(change: ScheduleChange) -> dict[str, Any]:
    schedule = change.schedule
    return {
        "from": change.effective_from.isoformat(),
        "windows": [_window_value(window) for window in schedule.windows],
        "late_after": schedule.late_after_minutes,
        "missed_after": schedule.missed_after_minutes,
        "min_walk": schedule.min_walk_minutes,
    }


def history_value(history: ScheduleHistory) -> list[dict[str, Any]]:
    return [_change_value(change) for change in history.changes]


def _change(value: dict[str, Any]) -> ScheduleChange:
    windows = tuple(
        PatrolWindow(time.fromisoformat(w["start"]), time.fromisoformat(w["end"]), w["interval"])
        for w in value["windows"]
    )
    schedule = PatrolSchedule(
        windows, value["late_after"], value["missed_after"], value["min_walk"]
    )
    return ScheduleChange(date.fromisoformat(value["from"]), schedule)


def read_history(session: Session) -> ScheduleHistory:
    """The stored history; the default when none is stored or it cannot be read (a
    value edited by hand must not stop the gatehouse: the log says so)."""
    stored = EstateSettingsService.read_value(session, KEY_SCHEDULE, None)
    if stored is None:
        return DEFAULT_HISTORY
    try:
        return ScheduleHistory(tuple(_change(value) for value in stored))
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        log.warning("the stored patrol schedule is unusable (%s); using the default", exc)
        return DEFAULT_HISTORY


class PatrolSettingsService:
    def __init__(self, store: Store, estate_settings: EstateSettingsService) -> None:
        self._store = store
        self._estate_settings = estate_settings

    def history(self, actor: Actor | None = None) -> ScheduleHistory:
        """Every role reads it: the gatehouse shows the next slot by it."""
        del actor
        with self._store.read() as session:
            return read_history(session)

    def schedule_on(self, day: date) -> PatrolSchedule | None:
        return self.history().in_force(day)

    def change(
        self,
        actor: Actor,
        effective_from: date,
        schedule: PatrolSchedule,
        today: date | None = None,
    ) -> ScheduleHistory:
        """Put `schedule` in force from `effective_from` (today or later; a
        ValidationError on the field "effective_from" otherwise). The schedule was
        checked when it was made (its errors name the form's fields)."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        date_in_window(effective_from, FIELD_EFFECTIVE_FROM)
        today = today or utcnow().astimezone().date()
        with self._store.write() as session:
            history = read_history(session).with_change(effective_from, schedule, today=today)
            self._estate_settings.write_value(
                session,
                actor,
                KEY_SCHEDULE,
                history_value(history),
                default=history_value(DEFAULT_HISTORY),
            )
            return history
