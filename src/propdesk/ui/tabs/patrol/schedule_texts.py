"""A patrol schedule in one line of words, as the schedule dialog shows the schedule in
force today and the changes planned."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from propdesk.domain.patrol.schedule import PatrolSchedule, ScheduleHistory

translate = QCoreApplication.translate


def schedule_text(schedule: PatrolSchedule) -> str:
    """ "06:00–22:00 every 60 min; 22:00–06:00 every 30 min · late after 10 min, …"."""
    windows = "; ".join(
        translate("PatrolSchedule", "{window} every {minutes} min").format(
            window=window.label, minutes=window.interval_minutes
        )
        for window in schedule.windows
    )
    rules = translate(
        "PatrolSchedule",
        "late after {late} min, missed after {missed} min, at least {walk} min between checkpoints",
    ).format(
        late=schedule.late_after_minutes,
        missed=schedule.missed_after_minutes,
        walk=schedule.min_walk_minutes,
    )
    return f"{windows} · {rules}"


def in_force_text(history: ScheduleHistory, today: date) -> str:
    schedule = history.in_force(today)
    if schedule is None:
        return translate("PatrolSchedule", "No schedule is in force today.")
    return schedule_text(schedule)


def planned_texts(history: ScheduleHistory, today: date) -> list[str]:
    """The changes dated after today, each with its date."""
    return [
        translate("PatrolSchedule", "From {day}: {schedule}").format(
            day=change.effective_from.isoformat(), schedule=schedule_text(change.schedule)
        )
        for change in history.changes
        if change.effective_from > today
    ]
