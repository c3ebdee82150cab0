"""When a template is due for an area, from its frequency and the last inspection done.

Each frequency cuts the calendar into periods of local dates: a day, an ISO week
(Monday to Sunday, so a week may straddle a month or a year end), a calendar month, a
calendar quarter. One inspection per period and area is owed, from the period in
which the template (or the area) became active — a template added mid-month is due
that very month, and overdue only once the month has ended without one. (An
inspection made in that first period counts for it, even one from before the day the
template was added; one from an earlier period does not.)

For one template × area on `today`:
- NOT_ACTIVE: it becomes active in a later period; nothing is owed yet;
- DONE: the current period already has its inspection;
- DUE: the current period is owed and still open ("due today" — until its last day);
- OVERDUE: an earlier period ended without an inspection: "overdue since" the day
  after that period's last day (the oldest missed one), with the number of periods
  missed up to the current one (which is owed as well).

All dates are local calendar dates; the service converts the inspection times with
the station's zone before asking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from propdesk.domain.inspections.equipment import add_months
from propdesk.domain.inspections.kinds import Frequency


class DueStatus(StrEnum):
    NOT_ACTIVE = "not_active"  # added with a later start: nothing owed yet
    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class DueState:
    status: DueStatus
    period_first: date  # the current period, both days inclusive
    period_last: date
    overdue_since: date | None = None  # OVERDUE only
    missed_periods: int = 0  # OVERDUE only: ended periods without an inspection

    @property
    def due_today(self) -> bool:
        """Owed now: the current period is open (whether or not earlier ones were missed)."""
        return self.status in (DueStatus.DUE, DueStatus.OVERDUE)


def period_bounds(frequency: Frequency, day: date) -> tuple[date, date]:
    """The first and last day of the period containing `day`."""
    if frequency is Frequency.DAILY:
        return day, day
    if frequency is Frequency.WEEKLY:
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=6)
    months = 1 if frequency is Frequency.MONTHLY else 3
    first = date(day.year, (day.month - 1) // months * months + 1, 1)
    return first, add_months(first, months) - timedelta(days=1)


def next_period(frequency: Frequency, day: date) -> date:
    """The first day of the period after the one containing `day`."""
    return period_bounds(frequency, day)[1] + timedelta(days=1)


def _ended_between(frequency: Frequency, first: date, current_first: date) -> int:
    """Periods from the one starting at `first` up to, not including, the current one."""
    if frequency is Frequency.DAILY:
        return (current_first - first).days
    if frequency is Frequency.WEEKLY:
        return (current_first - first).days // 7
    months = 1 if frequency is Frequency.MONTHLY else 3
    span = (current_first.year - first.year) * 12 + current_first.month - first.month
    return span // months


def due_state(
    frequency: Frequency, today: date, *, active_from: date, last_done: date | None
) -> DueState:
    """The state of one template × area on `today` (see the module's docstring).
    `active_from` is the day the template or area was added; `last_done` the local day
    of the latest inspection (None: never)."""
    current_first, current_last = period_bounds(frequency, today)
    owed_from = period_bounds(frequency, active_from)[0]
    if owed_from > current_first:
        return DueState(DueStatus.NOT_ACTIVE, current_first, current_last)
    if last_done is not None:
        owed_from = max(owed_from, next_period(frequency, last_done))
    if owed_from > current_first:
        return DueState(DueStatus.DONE, current_first, current_last)
    if owed_from == current_first:
        return DueState(DueStatus.DUE, current_first, current_last)
    missed = _ended_between(frequency, owed_from, current_first)
    return DueState(
        DueStatus.OVERDUE,
        current_first,
        current_last,
        overdue_since=next_period(frequency, owed_from),
        missed_periods=missed,
    )
