"""The service targets of the work plan (服务目标), as pure functions over a period.

Each target is one function `(period, inputs, threshold) -> TargetResult`. The inputs
are plain counts a data source collected for the target's window; `None` means the
module that collects them does not exist yet (or recorded nothing that could be
judged), and the result is then NO_DATA — never a made-up number.

What each target measures (the plan's value is the default threshold):

| key | measure | met when |
| --- | --- | --- |
| safety_incidents | incidents recorded in the calendar year so far | count ≤ 0 a year |
| fire_equipment | items found intact / items inspected | share ≥ 100 % |
| hygiene | passed / checked items of cleaning checklists | share ≥ 98 % |
| greening | passed / checked items of greening checklists | share ≥ 95 % |
| satisfaction | satisfied survey answers and verdicts, follow-ups rated ≥ 4 of 5 | share ≥ 90 % |
| surveys | survey rounds held in the calendar year so far | on track for ≥ 2 a year |
| community_events | events held in each month of the period | ≥ 1 in every month |
| patrols | rounds done / rounds scheduled | share ≥ 100 % |
| repair_arrival | tickets whose arrival met the limit / tickets judged | share ≥ 95 % |
| complaints_in_time | complaints answered before their deadline / due | share ≥ 100 % |

The plan names no figure for the last three; the defaults above are the usual ones
of such plans (every round walked, every complaint answered in time, 95 % of repairs
reached in time) and, like every threshold, a setting.

Shares are compared exactly (integers, no floating point): exactly at the threshold is
met. The share shown is cut down to one decimal, never rounded up, so a target that is
missed by a hair never shows the threshold itself ("90.0 %" is always met).

Yearly counts are judged on the calendar year up to the end of the period. A minimum
("≥ 2 surveys a year") is judged *on track*: by the end of month m at least
⌈threshold × m / 12⌉ must have been held, so October asks for 2, March for 1.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import Any

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MONTHS_PER_YEAR = 12
SATISFIED_MIN_RATING = 4  # a follow-up rating of 4 or 5 (of 5) counts as satisfied
RATING_SCALE = range(1, 6)
PERCENT_STEP = Decimal("0.1")  # thresholds and shown shares: one decimal
MAX_COUNT_THRESHOLD = 1000
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


class TargetKey(StrEnum):
    SAFETY_INCIDENTS = "safety_incidents"
    FIRE_EQUIPMENT = "fire_equipment"
    HYGIENE = "hygiene"
    GREENING = "greening"
    SATISFACTION = "satisfaction"
    SURVEYS = "surveys"
    COMMUNITY_EVENTS = "community_events"
    PATROLS = "patrols"
    REPAIR_ARRIVAL = "repair_arrival"
    COMPLAINTS_IN_TIME = "complaints_in_time"


class Outcome(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


class Unit(StrEnum):
    PERCENT = "percent"
    COUNT = "count"


class Window(StrEnum):
    """Which dates a target's inputs are collected for."""

    PERIOD = "period"
    YEAR_TO_DATE = "year_to_date"  # 1 January of the period's last year to its end


# -- the period --------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """Local dates, both inclusive."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"a period ends on or after its first day: {self}")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = date(year, month, 1)
        following = (first + timedelta(days=32)).replace(day=1)
        return cls(first, following - timedelta(days=1))

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        found: list[tuple[int, int]] = []
        day = self.first.replace(day=1)
        while day <= self.last:
            found.append((day.year, day.month))
            day = (day + timedelta(days=32)).replace(day=1)
        return found

    def window(self, window: Window) -> Period:
        if window is Window.YEAR_TO_DATE:
            return Period(date(self.last.year, 1, 1), self.last)
        return self

    @property
    def label(self) -> str:
        """2026-10 for a whole month, else 2026-10-01 – 2026-10-15."""
        if self == Period.month(self.first.year, self.first.month):
            return f"{self.first:%Y-%m}"
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


def parse_month(text: str, field: str = "month") -> Period:
    """ "2026-10" → the month of October 2026; anything else is a ValidationError."""
    found = _MONTH.match(text.strip())
    if found is None or int(found.group(1)) < 1 or not 1 <= int(found.group(2)) <= MONTHS_PER_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{text} is not a month; write the year and the month, e.g. 2026-10."
            ),
            field=field,
            text=text,
        )
    return Period.month(int(found.group(1)), int(found.group(2)))


# -- the inputs a source hands over --------------------------------------------------------
@dataclass(frozen=True)
class Ratio:
    """`good` of `total` (items intact of inspected, rounds done of scheduled …)."""

    good: int
    total: int

    def __post_init__(self) -> None:
        if not 0 <= self.good <= self.total:
            raise ValueError(f"a ratio needs 0 ≤ good ≤ total, got {self.good}/{self.total}")


@dataclass(frozen=True)
class SatisfactionInputs:
    """Follow-up ratings (of repairs and complaints) by score 1–5, survey answers, and
    complainants' verdicts on the answer they were given (satisfied or not).

    Several modules record satisfaction (the repairs' and the complaints' follow-ups,
    the complaints' verdicts, later the surveys): each hands over its own inputs and
    `combine` adds them up (TargetSpec.combine), so every rating and answer counts once
    whichever module took it."""

    ratings: Mapping[int, int]  # score → how many follow-ups gave it
    survey_satisfied: int = 0
    survey_answers: int = 0
    verdicts_satisfied: int = 0  # complainants satisfied with the answer
    verdicts: int = 0  # complainants who gave a verdict

    def __post_init__(self) -> None:
        if any(score not in RATING_SCALE or n < 0 for score, n in self.ratings.items()):
            raise ValueError(f"ratings are counts of the scores 1–5, got {dict(self.ratings)}")
        if not 0 <= self.survey_satisfied <= self.survey_answers:
            raise ValueError("survey answers: 0 ≤ satisfied ≤ answers")
        if not 0 <= self.verdicts_satisfied <= self.verdicts:
            raise ValueError("verdicts: 0 ≤ satisfied ≤ verdicts")

    @classmethod
    def combine(cls, parts: Sequence[SatisfactionInputs]) -> SatisfactionInputs:
        """The inputs of several sources as one: every count added up."""
        ratings: dict[int, int] = {}
        for part in parts:
            for score, n in part.ratings.items():
                ratings[score] = ratings.get(score, 0) + n
        return cls(
            ratings,
            survey_satisfied=sum(p.survey_satisfied for p in parts),
            survey_answers=sum(p.survey_answers for p in parts),
            verdicts_satisfied=sum(p.verdicts_satisfied for p in parts),
            verdicts=sum(p.verdicts for p in parts),
        )


@dataclass(frozen=True)
class ArrivalInputs:
    """Repair tickets of the period by their arrival verdict (domain.repair_sla)."""

    met: int  # arrived within the limit
    late: int  # arrived after it
    overdue: int  # nobody arrived yet and the limit has passed
    pending: int = 0  # nobody arrived yet, still within the limit: not judged yet
    ended_before_arrival: int = 0  # closed or cancelled before anyone came: not judged


@dataclass(frozen=True)
class ComplaintInputs:
    """The complaints received in the period, judged as the complaints analysis judges
    them (domain.complaints.analysis.compliance): those whose first answer came at or
    before the deadline, of those whose deadline is decided (answered, or unanswered
    and past it); the follow-up rate is of the closed ones."""

    answered_in_time: int  # first answer at or before the deadline
    due: int  # answered (in time or late), or unanswered past the deadline
    closed: int = 0
    followed_up: int = 0  # of the closed ones, visited or called back

    def __post_init__(self) -> None:
        if not 0 <= self.answered_in_time <= self.due or not 0 <= self.followed_up <= self.closed:
            raise ValueError("complaints: answered in time ≤ due and followed up ≤ closed")


@dataclass(frozen=True)
class MonthlyCounts:
    """How many (events held …) in each (year, month) of the window."""

    per_month: Mapping[tuple[int, int], int]


# -- the result ------------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetResult:
    key: TargetKey
    label_key: str  # the reports' catalogue key, e.g. "target.satisfaction"
    unit: Unit
    threshold: Decimal
    at_most: bool  # the threshold is a ceiling (incidents), else a floor
    outcome: Outcome
    actual: Decimal | None  # a share in percent (one decimal, cut down) or a count
    window: Period
    details: tuple[tuple[str, int], ...] = ()  # named counts behind the figure

    def detail(self, name: str) -> int | None:
        return dict(self.details).get(name)


def _label(key: TargetKey) -> str:
    return f"target.{key.value}"


def _no_data(
    key: TargetKey,
    unit: Unit,
    threshold: Decimal,
    window: Period,
    at_most: bool = False,
    details: tuple[tuple[str, int], ...] = (),
) -> TargetResult:
    """No figure. `details` stay when the data exists but nothing could be judged yet
    (every repair of the month still within its limit), so the basis can say so."""
    return TargetResult(
        key, _label(key), unit, threshold, at_most, Outcome.NO_DATA, None, window, details
    )


def share_percent(good: int, total: int) -> Decimal:
    """good / total in percent, cut down to one decimal (total > 0)."""
    return (Decimal(good) * 100 / Decimal(total)).quantize(PERCENT_STEP, rounding=ROUND_FLOOR)


def _share_target(
    key: TargetKey,
    window: Period,
    ratio: Ratio | None,
    threshold: Decimal,
    details: tuple[tuple[str, int], ...],
) -> TargetResult:
    if ratio is None or ratio.total == 0:
        return _no_data(key, Unit.PERCENT, threshold, window, details=details)
    # Exact: good/total ≥ threshold/100  ⇔  100·good ≥ threshold·total.
    met = Decimal(ratio.good) * 100 >= threshold * ratio.total
    return TargetResult(
        key,
        _label(key),
        Unit.PERCENT,
        threshold,
        False,
        Outcome.MET if met else Outcome.NOT_MET,
        share_percent(ratio.good, ratio.total),
        window,
        details,
    )


def _count_target(
    key: TargetKey,
    window: Period,
    threshold: Decimal,
    met: bool,
    count: int,
    details: tuple[tuple[str, int], ...],
    at_most: bool = False,
) -> TargetResult:
    """A target judged on a count (incidents, surveys, events) rather than a share."""
    outcome = Outcome.MET if met else Outcome.NOT_MET
    return TargetResult(
        key, _label(key), Unit.COUNT, threshold, at_most, outcome, Decimal(count), window, details
    )


def _ratio_details(ratio: Ratio | None, good: str, total: str) -> tuple[tuple[str, int], ...]:
    return () if ratio is None else ((good, ratio.good), (total, ratio.total))


# -- the ten targets ---------------------------------------------------------------------------
def safety_incidents(period: Period, incidents: int | None, threshold: Decimal) -> TargetResult:
    """Incidents recorded in the year so far (window YEAR_TO_DATE); met while ≤ threshold."""
    key = TargetKey.SAFETY_INCIDENTS
    if incidents is None:
        return _no_data(key, Unit.COUNT, threshold, period, at_most=True)
    met = incidents <= threshold
    details = (("incidents", incidents),)
    return _count_target(key, period, threshold, met, incidents, details, at_most=True)


def fire_equipment(period: Period, inspected: Ratio | None, threshold: Decimal) -> TargetResult:
    """Fire-equipment items found intact / items inspected."""
    details = _ratio_details(inspected, "intact", "inspected")
    return _share_target(TargetKey.FIRE_EQUIPMENT, period, inspected, threshold, details)


def hygiene(period: Period, checked: Ratio | None, threshold: Decimal) -> TargetResult:
    """Passed / checked items of cleaning checklists."""
    details = _ratio_details(checked, "passed", "checked")
    return _share_target(TargetKey.HYGIENE, period, checked, threshold, details)


def greening(period: Period, checked: Ratio | None, threshold: Decimal) -> TargetResult:
    """Passed / checked items of greening checklists."""
    details = _ratio_details(checked, "passed", "checked")
    return _share_target(TargetKey.GREENING, period, checked, threshold, details)


def satisfaction(
    period: Period, inputs: SatisfactionInputs | None, threshold: Decimal
) -> TargetResult:
    """Satisfied answers of surveys, satisfied verdicts of complainants and follow-up
    ratings of SATISFIED_MIN_RATING or more, of all answers, verdicts and ratings (each
    answer, verdict and rating counts once)."""
    key = TargetKey.SATISFACTION
    if inputs is None:
        return _share_target(key, period, None, threshold, ())
    rated = sum(inputs.ratings.values())
    pleased = sum(n for score, n in inputs.ratings.items() if score >= SATISFIED_MIN_RATING)
    ratio = Ratio(
        pleased + inputs.survey_satisfied + inputs.verdicts_satisfied,
        rated + inputs.survey_answers + inputs.verdicts,
    )
    details = (
        ("satisfied", ratio.good),
        ("answers", ratio.total),
        ("ratings_satisfied", pleased),
        ("ratings", rated),
        ("survey_satisfied", inputs.survey_satisfied),
        ("survey_answers", inputs.survey_answers),
        ("verdicts_satisfied", inputs.verdicts_satisfied),
        ("verdicts", inputs.verdicts),
    )
    return _share_target(key, period, ratio, threshold, details)


def required_so_far(per_year: Decimal, until: date) -> int:
    """How many of a yearly minimum should be done by the end of `until`'s month."""
    return math.ceil(per_year * until.month / MONTHS_PER_YEAR)


def surveys(period: Period, held: int | None, threshold: Decimal) -> TargetResult:
    """Survey rounds held in the year so far (window YEAR_TO_DATE), judged on track:
    at least ⌈threshold × month / 12⌉ by the end of the period's last month."""
    key = TargetKey.SURVEYS
    if held is None:
        return _no_data(key, Unit.COUNT, threshold, period)
    required = required_so_far(threshold, period.last)
    details = (("held", held), ("required_so_far", required))
    return _count_target(key, period, threshold, held >= required, held, details)


def community_events(
    period: Period, held: MonthlyCounts | None, threshold: Decimal
) -> TargetResult:
    """At least `threshold` events in every month of the period; the figure is the
    total held. A month the source says nothing about counts as none held."""
    key = TargetKey.COMMUNITY_EVENTS
    if held is None:
        return _no_data(key, Unit.COUNT, threshold, period)
    counts = [held.per_month.get(month, 0) for month in period.months]
    short = sum(1 for n in counts if n < threshold)
    details = (("held", sum(counts)), ("months", len(counts)), ("months_short", short))
    return _count_target(key, period, threshold, not short, sum(counts), details)


def patrols(period: Period, rounds: Ratio | None, threshold: Decimal) -> TargetResult:
    """Rounds done / rounds scheduled; the missed rounds are a detail."""
    details = _ratio_details(rounds, "done", "scheduled")
    if rounds is not None:
        details += (("missed", rounds.total - rounds.good),)
    return _share_target(TargetKey.PATROLS, period, rounds, threshold, details)


def repair_arrival(
    period: Period, arrivals: ArrivalInputs | None, threshold: Decimal
) -> TargetResult:
    """Tickets whose arrival met the limit, of those judged: arrived (in time or late)
    and overdue ones nobody has reached yet. Tickets still within their limit and those
    ended before anyone came are not judged (shown as details)."""
    key = TargetKey.REPAIR_ARRIVAL
    if arrivals is None:
        return _share_target(key, period, None, threshold, ())
    judged = arrivals.met + arrivals.late + arrivals.overdue
    details = (
        ("met", arrivals.met),
        ("late", arrivals.late),
        ("overdue", arrivals.overdue),
        ("pending", arrivals.pending),
        ("ended_before_arrival", arrivals.ended_before_arrival),
    )
    return _share_target(key, period, Ratio(arrivals.met, judged), threshold, details)


def complaints_in_time(
    period: Period, complaints: ComplaintInputs | None, threshold: Decimal
) -> TargetResult:
    """Complaints answered before their deadline / complaints due; the follow-up rate
    (followed up / closed) is a detail."""
    key = TargetKey.COMPLAINTS_IN_TIME
    if complaints is None:
        return _share_target(key, period, None, threshold, ())
    ratio = Ratio(complaints.answered_in_time, complaints.due)
    details = (
        ("answered_in_time", complaints.answered_in_time),
        ("due", complaints.due),
        ("closed", complaints.closed),
        ("followed_up", complaints.followed_up),
    )
    return _share_target(key, period, ratio, threshold, details)


# -- the catalogue ---------------------------------------------------------------------------
Evaluate = Callable[[Period, Any, Decimal], TargetResult]


# The inputs of several sources → one (TargetSpec.combine).
Combine = Callable[[Sequence[Any]], Any]


@dataclass(frozen=True)
class TargetSpec:
    key: TargetKey
    unit: Unit
    default: Decimal  # the plan's value
    window: Window
    evaluate: Evaluate
    at_most: bool = False
    max_threshold: Decimal = Decimal(100)
    # How the inputs of several modules add up, for a target more than one module
    # records (satisfaction: the repairs' and the complaints' follow-ups); None: one
    # module's data alone (a second source is a wiring bug).
    combine: Combine | None = None

    @property
    def label_key(self) -> str:
        return _label(self.key)


_P = Decimal
TARGETS: tuple[TargetSpec, ...] = (
    TargetSpec(
        TargetKey.SAFETY_INCIDENTS,
        Unit.COUNT,
        _P(0),
        Window.YEAR_TO_DATE,
        safety_incidents,
        at_most=True,
        max_threshold=_P(MAX_COUNT_THRESHOLD),
    ),
    TargetSpec(TargetKey.FIRE_EQUIPMENT, Unit.PERCENT, _P(100), Window.PERIOD, fire_equipment),
    TargetSpec(TargetKey.HYGIENE, Unit.PERCENT, _P(98), Window.PERIOD, hygiene),
    TargetSpec(TargetKey.GREENING, Unit.PERCENT, _P(95), Window.PERIOD, greening),
    TargetSpec(
        TargetKey.SATISFACTION,
        Unit.PERCENT,
        _P(90),
        Window.PERIOD,
        satisfaction,
        combine=SatisfactionInputs.combine,
    ),
    TargetSpec(
        TargetKey.SURVEYS,
        Unit.COUNT,
        _P(2),
        Window.YEAR_TO_DATE,
        surveys,
        max_threshold=_P(52),
    ),
    TargetSpec(
        TargetKey.COMMUNITY_EVENTS,
        Unit.COUNT,
        _P(1),
        Window.PERIOD,
        community_events,
        max_threshold=_P(31),
    ),
    TargetSpec(TargetKey.PATROLS, Unit.PERCENT, _P(100), Window.PERIOD, patrols),
    TargetSpec(TargetKey.REPAIR_ARRIVAL, Unit.PERCENT, _P(95), Window.PERIOD, repair_arrival),
    TargetSpec(
        TargetKey.COMPLAINTS_IN_TIME, Unit.PERCENT, _P(100), Window.PERIOD, complaints_in_time
    ),
)
SPECS: dict[TargetKey, TargetSpec] = {spec.key: spec for spec in TARGETS}
DEFAULT_THRESHOLDS: dict[TargetKey, Decimal] = {spec.key: spec.default for spec in TARGETS}


def setting_key(key: TargetKey) -> str:
    """The estate-setting key (and ValidationError field) of a target's threshold."""
    return f"target_{key.value}"


def check_threshold(key: TargetKey, value: object) -> Decimal:
    """A threshold as the target compares it, or ValidationError naming its setting.

    Shares: 0 to 100 with at most one decimal (97.5); counts: whole numbers from 0
    (incidents) or 1 (the minimums) to the target's maximum. Booleans are refused (True
    is no threshold, although Python counts it as 1)."""
    spec = SPECS[key]
    number: Decimal | None = None
    if isinstance(value, int | float | Decimal | str) and not isinstance(value, bool):
        try:
            number = Decimal(str(value))
        except ArithmeticError:
            number = None
    low = Decimal(0) if spec.unit is Unit.PERCENT or spec.at_most else Decimal(1)
    step = PERCENT_STEP if spec.unit is Unit.PERCENT else Decimal(1)
    if (
        number is None
        or not number.is_finite()
        or not low <= number <= spec.max_threshold
        or number % step != 0
    ):
        if spec.unit is Unit.PERCENT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "A target share must be from 0 to 100 % with at most one decimal."
                ),
                field=setting_key(key),
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This target must be a whole number from {low} to {high}."
            ),
            field=setting_key(key),
            low=int(low),
            high=int(spec.max_threshold),
        )
    # 98 stays 98 (not 98.0 or 1E+2), 97.50 becomes 97.5: one spelling per value.
    return Decimal(int(number)) if number == number.to_integral_value() else number.normalize()


def evaluate(
    period: Period, inputs: Mapping[TargetKey, object], thresholds: Mapping[TargetKey, Decimal]
) -> list[TargetResult]:
    """Every target in the catalogue's order; a missing input is None (no data).
    `inputs` are for each target's own window (TargetSpec.window of the period)."""
    return [
        spec.evaluate(
            period.window(spec.window),
            inputs.get(spec.key),
            thresholds.get(spec.key, spec.default),
        )
        for spec in TARGETS
    ]


def keys_in_order() -> Sequence[TargetKey]:
    return [spec.key for spec in TARGETS]
