"""The complaints analysis view's figures (投诉分析) for a period, usually a year.

One statement reads the complaints received in the period (voided ones left out) as
plain tuples through the received-time index, with their unit's code and their
department's name; domain.complaints.analysis computes every figure from them. A year
of 1–3 complaints a day is about a thousand short rows, so reading them beats a GROUP
BY per figure (months and 90-day windows are local dates, which SQLite and PostgreSQL
would each compute their own way).

Every figure carries the complaint list's filter (services.complaints.queries) that
finds the complaints behind it, so the view can open that list from the figure.

Privacy: an anonymous complaint is never a repeat complainant (it has no one to
count); a repeat complainant's phone is shown in full only to those who handle
complaints (services.complaints.detail.shown_phone).
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.analysis import (
    AnalysisChart,
    ComplaintFact,
    Compliance,
    DepartmentFigures,
    MonthFigures,
    ParetoBar,
    Repeat,
    Satisfaction,
    by_department,
    by_month,
    compliance,
    monthly_chart,
    months_of,
    pareto,
    pareto_chart,
    repeats,
    satisfaction,
)
from propdesk.domain.complaints.kinds import ComplaintCategory, Verdict
from propdesk.domain.complaints.workflow import RATINGS, ComplaintState
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.complaints.detail import shown_phone
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.periods import start_of
from propdesk.store.base import utcnow
from propdesk.store.models import Complaint, Department, Unit
from propdesk.store.unit_of_work import Store

# Voided complaints are not complaints any more: no figure counts them.
COUNTED_STATES = frozenset(set(ComplaintState) - {ComplaintState.VOIDED})

# A place: ("unit", unit id) or ("area", the common area as written).
Place = tuple[str, uuid.UUID | str]
# A complainant: ("resident", resident id) or ("phone", the phone's digits).
Person = tuple[str, uuid.UUID | str]


@dataclass(frozen=True)
class ParetoLine:
    bar: ParetoBar
    records: ComplaintFilter


@dataclass(frozen=True)
class ComplianceFigures:
    figures: Compliance
    in_time: ComplaintFilter
    late: ComplaintFilter
    overdue: ComplaintFilter  # the list's "overdue" is as of now, as this figure is


@dataclass(frozen=True)
class MonthLine:
    figures: MonthFigures
    records: ComplaintFilter  # received that month
    compliance: ComplianceFigures


@dataclass(frozen=True)
class PlaceRepeat:
    repeat: Repeat[Place]
    place: str  # the unit's code or the common area
    records: ComplaintFilter  # the busiest window's complaints


@dataclass(frozen=True)
class ComplainantRepeat:
    repeat: Repeat[Person]
    name: str  # the latest name given
    phone: str  # in full or masked, by the reader's role
    records: ComplaintFilter


@dataclass(frozen=True)
class SatisfactionFigures:
    figures: Satisfaction
    satisfied_first_round: ComplaintFilter
    satisfied_later: ComplaintFilter
    not_satisfied: ComplaintFilter
    closed: ComplaintFilter
    ratings: tuple[ComplaintFilter, ...]  # one per score 1–5


@dataclass(frozen=True)
class DepartmentLine:
    figures: DepartmentFigures
    name: str  # "" for complaints not assigned yet
    records: ComplaintFilter
    compliance: ComplianceFigures
    satisfaction: SatisfactionFigures


@dataclass(frozen=True)
class ComplaintAnalysis:
    first: date  # the period, local dates both inclusive
    last: date
    as_of: datetime  # overdue and pending are as of this moment
    received: int
    records: ComplaintFilter  # every complaint counted
    pareto: tuple[ParetoLine, ...]
    pareto_chart: AnalysisChart  # its bars in `pareto`'s order
    months: tuple[MonthLine, ...]
    monthly_chart: AnalysisChart  # its bars in `months`' order
    compliance: ComplianceFigures
    repeat_places: tuple[PlaceRepeat, ...]
    repeat_complainants: tuple[ComplainantRepeat, ...]
    satisfaction: SatisfactionFigures
    departments: tuple[DepartmentLine, ...]


_C = Complaint
_COLUMNS = (
    _C.received_at,
    _C.category,
    _C.state,
    _C.round,
    _C.response_due_at,
    _C.first_answered_at,
    _C.verdict,
    _C.follow_up_rating,
    _C.department_id,
    _C.unit_id,
    _C.common_area,
    _C.anonymous,
    _C.resident_id,
    _C.complainant_name,
    _C.complainant_phone,
    Unit.code,
    Department.name,
)


def read_period(session: Session, first: date, last: date) -> list[Row[Any]]:
    """The complaints received in [first, last] (local dates), oldest first."""
    start, end = start_of(first), start_of(last + timedelta(days=1))
    statement = (
        select(*_COLUMNS)
        .outerjoin(Unit, _C.unit_id == Unit.id)
        .outerjoin(Department, _C.department_id == Department.id)
        .where(
            _C.received_at >= start,
            _C.received_at < end,
            _C.state.in_(sorted(s.value for s in COUNTED_STATES)),
        )
        .order_by(_C.received_at)
    )
    return list(session.execute(statement).all())


def _place(row: Row[Any]) -> Place | None:
    if row.unit_id is not None:
        return ("unit", row.unit_id)
    area = str(row.common_area).strip()
    return ("area", area) if area else None


def _person(row: Row[Any]) -> Person | None:
    if row.anonymous:
        return None
    if row.resident_id is not None:
        return ("resident", row.resident_id)
    return ("phone", row.complainant_phone) if row.complainant_phone else None


def _fact(row: Row[Any]) -> ComplaintFact:
    return ComplaintFact(
        received_at=row.received_at,
        category=ComplaintCategory(row.category),
        state=ComplaintState(row.state),
        round=int(row.round),
        response_due_at=row.response_due_at,
        first_answered_at=row.first_answered_at,
        verdict=Verdict(row.verdict) if row.verdict else None,
        rating=row.follow_up_rating,
        department=row.department_id,
        place=_place(row),
        complainant=_person(row),
    )


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


class _Links:
    """The list filters of one period's figures."""

    def __init__(self, first: date, last: date) -> None:
        self.base = ComplaintFilter(states=COUNTED_STATES, date_from=first, date_to=last)

    def of(self, **fields: Any) -> ComplaintFilter:
        return replace(self.base, **fields)

    def compliance(self, figures: Compliance, base: ComplaintFilter) -> ComplianceFigures:
        return ComplianceFigures(
            figures,
            replace(base, answered_in_time=True),
            replace(base, answered_in_time=False),
            replace(base, overdue_only=True),
        )

    def satisfaction(self, figures: Satisfaction, base: ComplaintFilter) -> SatisfactionFigures:
        satisfied = replace(base, verdict=Verdict.SATISFIED)
        return SatisfactionFigures(
            figures,
            replace(satisfied, sent_back=False),
            replace(satisfied, sent_back=True),
            replace(base, verdict=Verdict.NOT_SATISFIED),
            replace(base, states=frozenset({ComplaintState.CLOSED})),
            tuple(replace(base, rating=score) for score in RATINGS),
        )

    def window(self, repeat: Repeat[Any], **fields: Any) -> ComplaintFilter:
        return self.of(date_from=repeat.first, date_to=repeat.last, **fields)


def analyse(
    rows: list[Row[Any]], actor: Actor, first: date, last: date, now: datetime
) -> ComplaintAnalysis:
    """Every figure of the period from its rows (read_period's)."""
    links = _Links(first, last)
    facts = [_fact(row) for row in rows]
    bars = pareto(fact.category for fact in facts)
    months = by_month(facts, months_of(first, last), now)
    unit_codes = {row.unit_id: row.code for row in rows if row.unit_id is not None}
    departments = {row.department_id: row.name for row in rows if row.department_id}
    # The latest name and phone given by each complainant (rows are oldest first).
    people = {
        key: (row.complainant_name, row.complainant_phone) for row in rows if (key := _person(row))
    }
    month_lines = []
    for month in months:
        following = (month.month + timedelta(days=32)).replace(day=1)
        end = min(following - timedelta(days=1), last)
        base = links.of(date_from=max(month.month, first), date_to=end)
        month_lines.append(MonthLine(month, base, links.compliance(month.compliance, base)))
    return ComplaintAnalysis(
        first=first,
        last=last,
        as_of=now,
        received=len(facts),
        records=links.base,
        pareto=tuple(ParetoLine(bar, links.of(category=bar.category)) for bar in bars),
        pareto_chart=pareto_chart(bars),
        months=tuple(month_lines),
        monthly_chart=monthly_chart(months),
        compliance=links.compliance(compliance(facts, now), links.base),
        repeat_places=tuple(
            _place_line(repeat, unit_codes, links) for repeat in repeats(_dated(facts, "place"))
        ),
        repeat_complainants=tuple(
            _person_line(repeat, people, actor, links)
            for repeat in repeats(_dated(facts, "complainant"))
        ),
        satisfaction=links.satisfaction(satisfaction(facts), links.base),
        departments=tuple(
            _department_line(figures, departments, links) for figures in by_department(facts, now)
        ),
    )


def _dated(facts: list[ComplaintFact], key: str) -> list[tuple[Any, date]]:
    found: list[tuple[Any, date]] = []
    for fact in facts:
        value: Hashable | None = getattr(fact, key)
        if value is not None:
            found.append((value, _local_day(fact.received_at)))
    return found


def _place_line(
    repeat: Repeat[Place], unit_codes: dict[uuid.UUID, str], links: _Links
) -> PlaceRepeat:
    kind, value = repeat.key
    if kind == "unit":
        assert isinstance(value, uuid.UUID)
        return PlaceRepeat(repeat, unit_codes[value], links.window(repeat, unit_id=value))
    return PlaceRepeat(repeat, str(value), links.window(repeat, common_area=str(value)))


def _person_line(
    repeat: Repeat[Person], people: dict[Person, tuple[str, str]], actor: Actor, links: _Links
) -> ComplainantRepeat:
    kind, value = repeat.key
    name, phone = people[repeat.key]
    if kind == "resident":
        records = links.window(repeat, resident_id=value)
    else:
        records = links.window(repeat, complainant_phone=str(value))
    return ComplainantRepeat(repeat, name, shown_phone(phone, actor), records)


def _department_line(
    figures: DepartmentFigures, names: dict[uuid.UUID, str], links: _Links
) -> DepartmentLine:
    if figures.department is None:
        base = links.of(unassigned=True)
        name = ""
    else:
        base = links.of(department_id=figures.department)
        name = names[figures.department]
    return DepartmentLine(
        figures,
        name,
        base,
        links.compliance(figures.compliance, base),
        links.satisfaction(figures.satisfaction, base),
    )


class ComplaintAnalysisService:
    """The analysis view's figures; reading them needs COMPLAINTS VIEW, as the list."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def period(
        self, actor: Actor, first: date, last: date, *, now: datetime | None = None
    ) -> ComplaintAnalysis:
        actor.require(Module.COMPLAINTS, Action.VIEW)
        date_in_window(first, "date_from")
        date_in_window(last, "date_to")
        if last < first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The end date {end} is before the start {start}."),
                field="date_to",
                end=last.isoformat(),
                start=first.isoformat(),
            )
        moment = now or utcnow()
        with self._store.read() as session:
            rows = read_period(session, first, last)
        return analyse(rows, actor, first, last, moment)

    def year(self, actor: Actor, year: int, *, now: datetime | None = None) -> ComplaintAnalysis:
        """A calendar year, month by month."""
        return self.period(actor, date(year, 1, 1), date(year, 12, 31), now=now)
