"""The safety incidents' figures of a month, as plain values (the services fill them;
the section lays them out): the month's incidents and the year's count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class IncidentLine:
    """One incident of the month as the report lists it."""

    number: str
    occurred_at: datetime
    kind: str  # IncidentKind's code
    place: str
    title: str
    summary: str  # what happened
    police_report: str
    fire_report: str
    called: bool  # police or fire brigade called
    state: str  # IncidentState's code
    actions_open: int
    actions_overdue: int


@dataclass(frozen=True)
class IncidentValues:
    as_of: datetime
    month_count: int
    year_count: int  # 1 January up to the month's last day
    open_count: int  # of the month's, still open at `as_of`
    overdue_actions: int  # every open incident's follow-ups past their deadline
    called: int  # the month's incidents the police or fire brigade were called to
    by_kind: tuple[tuple[str, int], ...]  # the year's count per kind (kinds with any)
    lines: tuple[IncidentLine, ...]  # the month's incidents, in time order
