"""The incidents as the tab, the dashboard's links and the prints read them: plain
frozen values, and the views a link asks the tab to show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource, IncidentState


@dataclass(frozen=True)
class ActionInfo:
    id: uuid.UUID
    incident_id: uuid.UUID
    what: str
    who: str
    deadline: datetime
    done_at: datetime | None
    done_by: str
    done_note: str
    overdue: bool  # at the moment it was read
    days_overdue: int


@dataclass(frozen=True)
class IncidentInfo:
    id: uuid.UUID
    number: str
    state: IncidentState
    kind: IncidentKind
    title: str
    occurred_at: datetime
    place: str
    what_happened: str
    responders: str
    response: str
    police_called: bool
    police_report: str
    fire_called: bool
    fire_report: str
    injuries: str
    losses: str
    loss_fen: int
    reported_by: str  # the person's name (services.core.people)
    source_kind: IncidentSource | None
    source_number: str
    closed_at: datetime | None
    closed_by: str
    close_reason: str
    voided_at: datetime | None
    void_reason: str
    actions_open: int
    actions_overdue: int
    actions: tuple[ActionInfo, ...] = ()  # the detail's; a list row leaves them out

    @property
    def voided(self) -> bool:
        return self.voided_at is not None

    @property
    def open(self) -> bool:
        return self.state is IncidentState.OPEN


class IncidentShow(StrEnum):
    ALL = "all"
    OPEN = "open"
    OVERDUE = "overdue"  # open, with a follow-up past its deadline
    CLOSED = "closed"


@dataclass(frozen=True)
class IncidentFilter:
    show: IncidentShow = IncidentShow.ALL
    kind: IncidentKind | None = None
    first: date | None = None  # local days the incident happened on, both inclusive
    last: date | None = None
    text: str = ""  # in the number, the title or the place


# -- what a link asks the tab to show (dashboard, targets, quick search) --------------
@dataclass(frozen=True)
class IncidentList:
    filter: IncidentFilter


@dataclass(frozen=True)
class IncidentView:
    incident_id: uuid.UUID
