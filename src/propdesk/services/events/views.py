"""What the events' lists, detail and links show: plain frozen values read in one
session (services.events.events), and where the links lead (the dashboard's figures,
the target, quick search) for the tab (ui/tabs/events) to show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.services.core.photos import PhotoRef


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    number: str
    state: EventState
    kind: EventKind
    theme: str
    starts_at: datetime
    ends_at: datetime
    place: str
    organiser: str
    budget_fen: int
    participants: int | None
    actual_cost_fen: int | None
    photos: int
    voided: bool


@dataclass(frozen=True)
class EventDetail:
    row: EventRow
    content: str
    planned_by: str  # people by name (their login when they are no user)
    feedback: str
    closed_by: str
    closed_at: datetime | None
    cancel_reason: str
    void_reason: str
    created_at: datetime
    photos: tuple[PhotoRef, ...] = ()

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def number(self) -> str:
        return self.row.number

    @property
    def editable(self) -> bool:
        """A planned event that counts: its plan may change, it may be held or cancelled."""
        return self.row.state is EventState.PLANNED and not self.row.voided

    @property
    def takes_photos(self) -> bool:
        """Planned or held (the archive's pictures come after the event), not voided."""
        return self.row.state is not EventState.CANCELLED and not self.row.voided


@dataclass(frozen=True)
class EventFilter:
    first: date | None = None  # local days of the start, both inclusive
    last: date | None = None
    state: EventState | None = None
    kind: EventKind | None = None
    text: str = ""  # a number's start, or part of the theme, the place or the organiser
    include_voided: bool = False


# -- where links lead -------------------------------------------------------------------
@dataclass(frozen=True)
class EventList:
    filter: EventFilter


@dataclass(frozen=True)
class EventView:
    event_id: uuid.UUID
