"""What a day's patrol log says, as plain values (services.patrol fills them): the
day's slots and how each was answered, every round with its checkpoints, the findings
and what became of them. Datetimes are aware; the log prints them in local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.timing import Verdict


@dataclass(frozen=True)
class LogVisit:
    """A checkpoint of the round's route; `at` None: not reached (skipped)."""

    position: int
    checkpoint: str
    at: datetime | None
    ok: bool  # False: something was found there (see the findings)
    note: str
    out_of_order: bool
    too_fast: bool


@dataclass(frozen=True)
class LogRound:
    number: str
    route: str
    guard: str
    started_at: datetime
    finished_at: datetime | None
    state: str  # "open", "finished" or "abandoned" (domain.patrol.rounds.RoundState)
    verdict: Verdict | None  # None: it answers no slot (an extra round)
    slot_at: datetime | None
    entered_later: bool  # walked with a paper sheet and typed in afterwards
    abandon_reason: str
    visits: tuple[LogVisit, ...]


@dataclass(frozen=True)
class LogSlot:
    at: datetime
    verdict: Verdict
    rounds: tuple[str, ...]  # numbers of the rounds answering it; empty: missed


@dataclass(frozen=True)
class LogFinding:
    number: str
    round_number: str
    checkpoint: str
    place: str
    seen_at: datetime
    category: FindingCategory
    seen: str
    action: str
    escalated_to: str
    escalated_at: datetime | None
    ticket: str  # the repair ticket opened for it, e.g. "WX202612-0003"; "" none
    ticket_closed: bool | None  # None without a ticket
    resolution: str


@dataclass(frozen=True)
class PatrolDayLog:
    estate: str
    day: date  # the estate's local day
    slots: tuple[LogSlot, ...]
    rounds: tuple[LogRound, ...]
    findings: tuple[LogFinding, ...]
    refused_scans: int  # codes scanned that day and refused (unknown, another route…)
    printed_at: datetime
