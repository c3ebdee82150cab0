"""The community events' figures of a month, as plain values (the events service
fills them; events_section lays them out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.events.kinds import EventState


@dataclass(frozen=True)
class MonthEvent:
    number: str
    starts_at: datetime
    theme: str
    place: str
    state: EventState
    participants: int | None
    cost_fen: int | None


@dataclass(frozen=True)
class EventValues:
    year: int
    month: int
    events: tuple[MonthEvent, ...]  # the month's, voided ones left out, by start
    by_month: tuple[int, ...]  # events held in each month of the year (12)
    planned_next: int  # planned for the month after

    @property
    def held(self) -> tuple[MonthEvent, ...]:
        return tuple(e for e in self.events if e.state is EventState.HELD)

    @property
    def participants(self) -> int:
        return sum(e.participants or 0 for e in self.held)

    @property
    def cost_fen(self) -> int:
        return sum(e.cost_fen or 0 for e in self.held)

    @property
    def cancelled(self) -> int:
        return sum(1 for e in self.events if e.state is EventState.CANCELLED)
