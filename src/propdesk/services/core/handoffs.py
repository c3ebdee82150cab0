"""What one module hands another without importing it: the desks a module's front door
lends (ModuleSpec.lends) and later modules borrow (ModuleContext.find).

A patrol finding opens a repair ticket this way: the patrol module asks for the
RepairDesk and, when the repairs module is in the registry, gets one; without it the
patrol module still works and offers no ticket. The desk is plain callables and plain
values, so the borrowing module knows the repairs' codes (domain) but none of their
services or tables.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority, RepairSource
from propdesk.domain.repairs.workflow import RepairState
from propdesk.services.core.actor import Actor


@dataclass(frozen=True)
class TicketRequest:
    """A repair ticket asked for from another module's record, on a common area (the
    place is words: a checkpoint's place, an inspected area) or, from a complaint or an
    inquiry, on a unit of the register."""

    source_kind: RepairSource
    source_id: str  # the record's id, as text
    category: RepairCategory
    description: str
    common_area: str
    reporter_name: str  # who saw it (staff need leave no phone number)
    priority: RepairPriority = RepairPriority.NORMAL
    reported_at: datetime | None = None  # None: now
    reporter_phone: str = ""  # a resident's (complaint, inquiry), to reach them
    unit_code: str = ""  # instead of common_area: the unit the fault is in


@dataclass(frozen=True)
class LinkedTicket:
    """A ticket opened from a record, as the record shows it."""

    id: uuid.UUID
    number: str  # WX202612-0001
    state: RepairState
    closed: bool  # finished, refused or cancelled
    source_id: str


@dataclass(frozen=True)
class RepairDesk:
    """Lent by the repairs module. `open_from` raises what opening a ticket raises
    (ConflictError when one is already open from the same record); `linked` gives the
    newest ticket opened from each of the records asked."""

    open_from: Callable[[Actor, TicketRequest], LinkedTicket]
    linked: Callable[[Actor, RepairSource, Sequence[str]], Mapping[str, LinkedTicket]]
