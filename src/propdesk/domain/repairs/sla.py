"""The repair clocks: arrival within the limit, resolution age, staleness.

What is measured, precisely:

* **Arrival** (the service target "repairs within arrival limit"): from the report
  (`reported_at`) to the technician's arrival, against the limit of the ticket's
  priority (defaults: emergency 30 min, urgent 2 h, normal 24 h; estate settings).
  This clock never pauses: arrival comes before any quote, so nothing the resident
  decides can hold it up. Exactly at the limit is still on time; one second more is
  late. While nobody has arrived the ticket is *overdue* once `now` is past the limit;
  once arrived the arrival was *met* or *not met*. A ticket closed or cancelled before
  anyone arrived stops its clock there and is neither overdue nor met.
* **Resolution age**: from the report to the end (closed or cancelled) or to `now`,
  *excluding the time spent waiting for the resident's approval of a quote* (the state
  `quoted`, from each quote until the approval or refusal). That wait is the
  resident's, not the office's; overdue-completion views sort and flag by this age.
* **Stale**: an open ticket on which nothing was recorded for `stale_days` days or
  more (default 3). A ticket waiting for the resident's approval is paused, not stale.

Only elapsed time counts (instants are compared in UTC), so midnight, the office's time
zone and daylight saving play no part. Limits are whole minutes; durations keep seconds.

Clock moved back: *recording* a time before the previous one is refused
(`check_not_before`, a ValidationError the form shows next to the time box), but a
*reading* made with `now` before a recorded time (another station's clock is behind)
must not break a list, so elapsed times are clamped at zero there and a backwards pause
counts as no pause.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from propdesk.domain.repairs.kinds import RepairPriority
from propdesk.domain.repairs.workflow import OPEN_STATES, WAITING_FOR_RESIDENT, RepairState
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

ZERO = timedelta(0)
MINUTES_PER_DAY = 24 * 60
MAX_ARRIVAL_MINUTES = 7 * MINUTES_PER_DAY
MAX_STALE_DAYS = 90

# The estate-setting keys, which double as ValidationError fields so a settings form
# shows each message next to its own box.
FIELD_EMERGENCY = "repair_arrival_emergency_minutes"
FIELD_URGENT = "repair_arrival_urgent_minutes"
FIELD_NORMAL = "repair_arrival_normal_minutes"
FIELD_STALE_DAYS = "repair_stale_days"
PRIORITY_FIELDS = {
    RepairPriority.EMERGENCY: FIELD_EMERGENCY,
    RepairPriority.URGENT: FIELD_URGENT,
    RepairPriority.NORMAL: FIELD_NORMAL,
}


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


@dataclass(frozen=True)
class SlaRules:
    """Arrival limits per priority (minutes) and the days after which an open ticket
    with no step is stale. Checked when constructed."""

    emergency_minutes: int = 30
    urgent_minutes: int = 120
    normal_minutes: int = MINUTES_PER_DAY
    stale_days: int = 3

    def __post_init__(self) -> None:
        for priority, field in PRIORITY_FIELDS.items():
            if not _whole(self.minutes(priority), 1, MAX_ARRIVAL_MINUTES):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "An arrival limit must be a whole number of minutes from 1 to {max} "
                        "(7 days).",
                    ),
                    field=field,
                    max=MAX_ARRIVAL_MINUTES,
                )
        # A more urgent call may not be given longer than a less urgent one.
        if not self.emergency_minutes <= self.urgent_minutes <= self.normal_minutes:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The limits must not grow with urgency: emergency ≤ urgent ≤ normal.",
                ),
                field=FIELD_URGENT,
            )
        if not _whole(self.stale_days, 1, MAX_STALE_DAYS):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Stale after must be a whole number of days from 1 to {max}."
                ),
                field=FIELD_STALE_DAYS,
                max=MAX_STALE_DAYS,
            )

    def minutes(self, priority: RepairPriority) -> int:
        return {
            RepairPriority.EMERGENCY: self.emergency_minutes,
            RepairPriority.URGENT: self.urgent_minutes,
            RepairPriority.NORMAL: self.normal_minutes,
        }[priority]

    def arrival_limit(self, priority: RepairPriority) -> timedelta:
        return timedelta(minutes=self.minutes(priority))

    @property
    def stale_after(self) -> timedelta:
        return timedelta(days=self.stale_days)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def _between(start: datetime, end: datetime) -> timedelta:
    """end − start in elapsed time (UTC), never negative."""
    return max(ZERO, end.astimezone(UTC) - start.astimezone(UTC))


def check_not_before(earlier: datetime, later: datetime, field: str = "at") -> None:
    """Recording `later` before `earlier` (the clock was moved back, or a wrong time was
    typed) is refused, naming the field; the message shows the earlier local time."""
    _require_aware(earlier, "earlier")
    _require_aware(later, field)
    if later.astimezone(UTC) < earlier.astimezone(UTC):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The time is before the ticket's previous step ({time}); check it."
            ),
            field=field,
            time=earlier.astimezone().strftime("%Y-%m-%d %H:%M"),
        )


@dataclass(frozen=True)
class ArrivalClock:
    limit: timedelta
    due_at: datetime  # reported_at + limit
    elapsed: timedelta  # report → arrival; → end or now while nobody arrived
    left: timedelta  # until due; zero once past due or arrived
    over_by: timedelta  # past due (zero when within)
    arrived: bool
    overdue: bool  # nobody arrived, the ticket is open, and now is past the limit
    met: bool | None  # arrived within the limit; None until someone arrived


def arrival_clock(
    reported_at: datetime,
    limit: timedelta,
    *,
    arrived_at: datetime | None,
    now: datetime,
    ended_at: datetime | None = None,
) -> ArrivalClock:
    """The arrival clock as of `now`. `ended_at`: the ticket was closed or cancelled
    (the clock of a ticket nobody arrived at stops there)."""
    _require_aware(reported_at, "reported_at")
    _require_aware(now, "now")
    if limit <= ZERO:
        raise ValueError(f"an arrival limit must be positive, got {limit}")
    stop = arrived_at if arrived_at is not None else ended_at if ended_at is not None else now
    _require_aware(stop, "arrived_at")
    elapsed = _between(reported_at, stop)
    arrived = arrived_at is not None
    return ArrivalClock(
        limit=limit,
        due_at=reported_at + limit,
        elapsed=elapsed,
        left=ZERO if arrived else max(ZERO, limit - elapsed),
        over_by=max(ZERO, elapsed - limit),
        arrived=arrived,
        overdue=not arrived and ended_at is None and elapsed > limit,
        met=(elapsed <= limit) if arrived else None,
    )


@dataclass(frozen=True)
class Pause:
    """A wait for the resident's approval; `end` is None while still waiting."""

    start: datetime
    end: datetime | None


@dataclass(frozen=True)
class StateChange:
    """One step of a ticket's timeline as the clocks read it."""

    from_state: RepairState | None  # None for the report itself
    to_state: RepairState
    at: datetime


def approval_waits(timeline: Iterable[StateChange]) -> list[Pause]:
    """The times the ticket spent waiting for the resident's approval, from its
    timeline in order: each entry into `quoted` until it left (a revised quote keeps
    the same wait going)."""
    pauses: list[Pause] = []
    start: datetime | None = None
    for change in timeline:
        entering = change.to_state is WAITING_FOR_RESIDENT
        leaving = change.from_state is WAITING_FOR_RESIDENT and not entering
        if entering and start is None:
            start = change.at
        elif leaving and start is not None:
            pauses.append(Pause(start, change.at))
            start = None
    if start is not None:
        pauses.append(Pause(start, None))
    return pauses


def paused_time(pauses: Sequence[Pause], start: datetime, until: datetime) -> timedelta:
    """How much of [start, until] the pauses cover (overlaps counted once; a pause that
    ends before it starts counts as none)."""
    spans: list[tuple[datetime, datetime]] = []
    lo, hi = start.astimezone(UTC), until.astimezone(UTC)
    for pause in pauses:
        p_start = max(lo, pause.start.astimezone(UTC))
        p_end = min(hi, (pause.end or until).astimezone(UTC))
        if p_end > p_start:
            spans.append((p_start, p_end))
    total = ZERO
    covered_to: datetime | None = None
    for p_start, p_end in sorted(spans):
        begin = p_start if covered_to is None else max(p_start, covered_to)
        if p_end > begin:
            total += p_end - begin
            covered_to = p_end
    return total


def resolution_age(
    reported_at: datetime, until: datetime, pauses: Sequence[Pause] = ()
) -> timedelta:
    """The office's share of the ticket's age: report → `until` (its end, or now) less
    the waits for the resident's approval; never negative."""
    _require_aware(reported_at, "reported_at")
    _require_aware(until, "until")
    return max(ZERO, _between(reported_at, until) - paused_time(pauses, reported_at, until))


def is_stale(state: RepairState, last_step_at: datetime, now: datetime, rules: SlaRules) -> bool:
    """Open, not waiting for the resident, and nothing recorded for `stale_days` days
    or more (exactly that long is stale)."""
    _require_aware(last_step_at, "last_step_at")
    _require_aware(now, "now")
    if state not in OPEN_STATES or state is WAITING_FOR_RESIDENT:
        return False
    return _between(last_step_at, now) >= rules.stale_after


def stale_before(now: datetime, rules: SlaRules) -> datetime:
    """Open tickets whose last step is at or before this instant are stale (the same
    rule as `is_stale`, as a bound a query can use)."""
    return now - rules.stale_after
