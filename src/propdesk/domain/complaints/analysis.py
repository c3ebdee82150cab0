"""The complaints analysis (投诉分析): plain rows in, frozen figures out, no session.

* **Pareto by category**: counts, most first (ties in the category list's order), each
  category's share and the cumulative share, which ends at exactly 100 %; the "vital
  few" are the categories up to and including the one whose cumulative share reaches
  80 %.
* **Month by month**: received, answered in time, answered late, overdue per month.
* **Response-deadline compliance**: the first answer at or before the deadline is in
  time (domain.complaints.deadlines); a complaint still unanswered past its deadline
  counts against the share as a late one does; one not yet due, or closed or voided
  without an answer, is not judged.
* **Repeats**: a key (a place, a complainant) seen `times` times or more within any
  `days`-day window; the window with the most is reported.
* **Satisfaction**: the latest verdicts (satisfied on the first round, satisfied after
  being sent back, still not satisfied) and the follow-up ratings 1–5 (4 or 5 counts
  as satisfied, as the satisfaction target counts them).
* **Charts**: the Pareto chart and the monthly chart as plain values (categories,
  series, colours) that the window and the PDF both draw, so there is one definition.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import Generic, TypeVar

from propdesk.domain.complaints.deadlines import answered_in_time, is_overdue
from propdesk.domain.complaints.kinds import ComplaintCategory, Verdict
from propdesk.domain.complaints.workflow import OPEN_STATES, RATINGS, ComplaintState
from propdesk.domain.service_targets import SATISFIED_MIN_RATING
from propdesk.errors import QT_TRANSLATE_NOOP

VITAL_SHARE = Fraction(4, 5)  # Pareto's "vital few": the categories making up the first 80 %
REPEAT_TIMES = 3  # the same place or complainant three times or more …
REPEAT_DAYS = 90  # … within 90 days

K = TypeVar("K", bound=Hashable)


class Deadline(StrEnum):
    """How a complaint stands against its response deadline."""

    IN_TIME = "in_time"  # first answer at or before the deadline
    LATE = "late"  # first answer after it
    OVERDUE = "overdue"  # open, never answered, past the deadline
    PENDING = "pending"  # open, never answered, not yet due
    UNANSWERED = "unanswered"  # closed or voided without an answer: not judged


@dataclass(frozen=True)
class ComplaintFact:
    """One complaint as the analysis reads it (times aware; keys as the service makes
    them: a place is a unit or a common area, a complainant is None when anonymous or
    not identified)."""

    received_at: datetime
    category: ComplaintCategory
    state: ComplaintState
    round: int
    response_due_at: datetime
    first_answered_at: datetime | None
    verdict: Verdict | None
    rating: int | None
    department: uuid.UUID | None
    place: Hashable | None
    complainant: Hashable | None

    def deadline(self, now: datetime) -> Deadline:
        in_time = answered_in_time(self.response_due_at, self.first_answered_at)
        if in_time is not None:
            return Deadline.IN_TIME if in_time else Deadline.LATE
        open_ = self.state in OPEN_STATES
        if is_overdue(self.response_due_at, None, now, open_=open_):
            return Deadline.OVERDUE
        return Deadline.PENDING if open_ else Deadline.UNANSWERED


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide (no data, not 0 %)."""
    return part / whole if whole else None


# -- Pareto ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParetoBar:
    category: ComplaintCategory
    count: int
    share: float  # of all complaints counted
    cumulative: float  # this bar and every bar before it
    vital: bool  # among the categories that make up the first 80 %


def pareto(categories: Iterable[ComplaintCategory]) -> tuple[ParetoBar, ...]:
    """Every category seen, most complaints first; categories never seen are left out."""
    counts = Counter(categories)
    total = sum(counts.values())
    order = list(ComplaintCategory)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0])))
    bars: list[ParetoBar] = []
    running = 0
    for category, count in ranked:
        # Exact fractions: the bar that reaches 80 % is vital too, never a float's whim.
        vital = Fraction(running, total) < VITAL_SHARE
        running += count
        # running / total: the last bar's cumulative share is exactly 1.0.
        bars.append(ParetoBar(category, count, count / total, running / total, vital))
    return tuple(bars)


# -- deadlines, months, departments -------------------------------------------------------
@dataclass(frozen=True)
class Compliance:
    in_time: int
    late: int
    overdue: int
    pending: int
    unanswered: int

    @property
    def judged(self) -> int:
        return self.in_time + self.late + self.overdue

    @property
    def share(self) -> float | None:
        """Answered in time, of the complaints whose deadline is decided."""
        return share(self.in_time, self.judged)


def compliance(facts: Iterable[ComplaintFact], now: datetime) -> Compliance:
    counts = Counter(fact.deadline(now) for fact in facts)
    return Compliance(**{kind.value: counts[kind] for kind in Deadline})


@dataclass(frozen=True)
class MonthFigures:
    month: date  # its first day
    received: int
    compliance: Compliance


def months_of(first: date, last: date) -> list[date]:
    """The first day of every month from `first`'s to `last`'s."""
    found: list[date] = []
    day = first.replace(day=1)
    while day <= last:
        found.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return found


def by_month(
    facts: Sequence[ComplaintFact], months: Sequence[date], now: datetime
) -> tuple[MonthFigures, ...]:
    """Each month (local dates received), also the empty ones."""
    grouped: dict[date, list[ComplaintFact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.received_at.astimezone().date().replace(day=1)].append(fact)
    return tuple(
        MonthFigures(month, len(grouped[month]), compliance(grouped[month], now))
        for month in months
    )


# -- satisfaction -------------------------------------------------------------------------
@dataclass(frozen=True)
class Satisfaction:
    satisfied_first_round: int
    satisfied_later: int  # after being sent back once or more
    not_satisfied: int  # the latest verdict
    ratings: tuple[int, ...]  # how many follow-ups gave 1, 2, 3, 4, 5
    closed: int  # closed complaints: the follow-up rate's base

    @property
    def verdicts(self) -> int:
        return self.satisfied_first_round + self.satisfied_later + self.not_satisfied

    @property
    def verdict_share(self) -> float | None:
        """Satisfied, of the complaints with a verdict."""
        return share(self.satisfied_first_round + self.satisfied_later, self.verdicts)

    @property
    def rated(self) -> int:
        return sum(self.ratings)

    @property
    def rating_share(self) -> float | None:
        """Ratings of 4 or 5, of all ratings."""
        pleased = sum(
            n
            for score, n in zip(RATINGS, self.ratings, strict=True)
            if score >= SATISFIED_MIN_RATING
        )
        return share(pleased, self.rated)

    @property
    def mean_rating(self) -> float | None:
        if not self.rated:
            return None
        return sum(score * n for score, n in zip(RATINGS, self.ratings, strict=True)) / self.rated

    @property
    def follow_up_rate(self) -> float | None:
        return share(self.rated, self.closed)


def satisfaction(facts: Iterable[ComplaintFact]) -> Satisfaction:
    first = later = unhappy = closed = 0
    ratings = [0] * len(RATINGS)
    for fact in facts:
        if fact.verdict is Verdict.SATISFIED:
            if fact.round == 1:
                first += 1
            else:
                later += 1
        elif fact.verdict is Verdict.NOT_SATISFIED:
            unhappy += 1
        if fact.state is ComplaintState.CLOSED:
            closed += 1
        if fact.rating is not None and fact.rating in RATINGS:
            ratings[fact.rating - RATINGS[0]] += 1
    return Satisfaction(first, later, unhappy, tuple(ratings), closed)


@dataclass(frozen=True)
class DepartmentFigures:
    department: uuid.UUID | None  # None: not assigned yet
    received: int
    compliance: Compliance
    satisfaction: Satisfaction


def by_department(facts: Iterable[ComplaintFact], now: datetime) -> tuple[DepartmentFigures, ...]:
    """Each department with complaints, most first (unassigned ones as None)."""
    grouped: dict[uuid.UUID | None, list[ComplaintFact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.department].append(fact)
    found = [
        DepartmentFigures(key, len(rows), compliance(rows, now), satisfaction(rows))
        for key, rows in grouped.items()
    ]
    return tuple(
        sorted(found, key=lambda d: (-d.received, d.department is None, str(d.department)))
    )


# -- repeats ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Repeat(Generic[K]):
    key: K
    count: int  # complaints in the busiest window
    first: date  # that window's first and last complaint (local dates)
    last: date
    total: int  # complaints of this key in all the rows given


def repeats(
    occurrences: Iterable[tuple[K, date]], times: int = REPEAT_TIMES, days: int = REPEAT_DAYS
) -> tuple[Repeat[K], ...]:
    """Keys seen `times` times or more within `days` days (the first and the last of
    them at most `days` - 1 days apart), most first, then the latest window first."""
    dated: dict[K, list[date]] = defaultdict(list)
    for key, day in occurrences:
        dated[key].append(day)
    found: list[Repeat[K]] = []
    for key, seen in dated.items():
        seen.sort()
        best: tuple[int, date, date] | None = None
        start = 0
        for end, day in enumerate(seen):
            while (day - seen[start]).days >= days:
                start += 1
            count = end - start + 1
            if best is None or count >= best[0]:  # >=: the latest of equal windows
                best = (count, seen[start], day)
        if best is not None and best[0] >= times:
            found.append(Repeat(key, best[0], best[1], best[2], len(seen)))
    found.sort(key=lambda r: (-r.count, -r.last.toordinal(), str(r.key)))
    return tuple(found)


# -- the charts' one definition ----------------------------------------------------------
class Axis(StrEnum):
    COUNT = "count"  # whole numbers of complaints, from 0
    SHARE = "share"  # 0.0–1.0, drawn as 0–100 % on a second axis


class Mark(StrEnum):
    BARS = "bars"
    LINE = "line"  # points joined in category order


@dataclass(frozen=True)
class AnalysisSeries:
    label: str  # English, QT_TRANSLATE_NOOP("ComplaintAnalysis", …)
    colour: str  # "#RRGGBB", the monthly report's palette
    mark: Mark
    axis: Axis
    values: tuple[float | None, ...]  # one per category; None: nothing to draw


@dataclass(frozen=True)
class AnalysisChart:
    """A chart both the analysis window and the PDF draw from: categories along the
    bottom (a category code the drawer names, or a month's first day), its series."""

    name: str  # object name: "complaints_pareto", "complaints_by_month"
    title: str  # English, QT_TRANSLATE_NOOP("ComplaintAnalysis", …)
    categories: tuple[ComplaintCategory | date, ...]
    series: tuple[AnalysisSeries, ...]

    def __post_init__(self) -> None:
        if any(len(s.values) != len(self.categories) for s in self.series):
            raise ValueError(f"chart {self.name}: every series needs a value per category")


BAR_COLOUR = "#1F4E79"  # reports.monthly.styles.ACCENT
LATE_COLOUR = "#E07B39"  # reports.monthly.charts.LATE
LINE_COLOUR = "#B42318"  # reports.monthly.charts.THRESHOLD


def pareto_chart(bars: Sequence[ParetoBar]) -> AnalysisChart:
    return AnalysisChart(
        "complaints_pareto",
        QT_TRANSLATE_NOOP("ComplaintAnalysis", "Complaints by category (Pareto)"),
        tuple(bar.category for bar in bars),
        (
            AnalysisSeries(
                QT_TRANSLATE_NOOP("ComplaintAnalysis", "Complaints"),
                BAR_COLOUR,
                Mark.BARS,
                Axis.COUNT,
                tuple(float(bar.count) for bar in bars),
            ),
            AnalysisSeries(
                QT_TRANSLATE_NOOP("ComplaintAnalysis", "Cumulative share"),
                LINE_COLOUR,
                Mark.LINE,
                Axis.SHARE,
                tuple(bar.cumulative for bar in bars),
            ),
        ),
    )


def monthly_chart(months: Sequence[MonthFigures]) -> AnalysisChart:
    """Bars: received per month, answered late or overdue stacked on the rest; line:
    the share answered in time."""
    late = tuple(float(m.compliance.late + m.compliance.overdue) for m in months)
    return AnalysisChart(
        "complaints_by_month",
        QT_TRANSLATE_NOOP("ComplaintAnalysis", "Complaints by month"),
        tuple(m.month for m in months),
        (
            AnalysisSeries(
                QT_TRANSLATE_NOOP("ComplaintAnalysis", "Answered in time or not yet judged"),
                BAR_COLOUR,
                Mark.BARS,
                Axis.COUNT,
                tuple(m.received - lost for m, lost in zip(months, late, strict=True)),
            ),
            AnalysisSeries(
                QT_TRANSLATE_NOOP("ComplaintAnalysis", "Answered late or overdue"),
                LATE_COLOUR,
                Mark.BARS,
                Axis.COUNT,
                late,
            ),
            AnalysisSeries(
                QT_TRANSLATE_NOOP("ComplaintAnalysis", "Answered in time"),
                LINE_COLOUR,
                Mark.LINE,
                Axis.SHARE,
                tuple(m.compliance.share for m in months),
            ),
        ),
    )
