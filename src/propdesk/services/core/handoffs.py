"""What one module hands another without importing it: the desks a module's front door
lends (ModuleSpec.lends) and later modules borrow (ModuleContext.find).

A patrol finding opens a repair ticket this way: the patrol module asks for the
RepairDesk and, when the repairs module is in the registry, gets one; without it the
patrol module still works and offers no ticket. A finding or a gate journal entry
opens a safety incident the same way through the IncidentDesk, which the incidents
module, built after them, lends: they look it up when they use it
(ModuleContext.later). The desk is plain callables and plain
values, so the borrowing module knows the repairs' codes (domain) but none of their
services or tables.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource
from propdesk.domain.inspections.rectification import NoticeSource, RectificationState
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


@dataclass(frozen=True)
class IncidentRequest:
    """A safety incident opened in one step from another module's record: what that
    record already says (when, where, what was seen and done), the kind the person
    chose and a line that names it."""

    source_kind: IncidentSource
    source_id: str  # the record's id, as text
    source_number: str  # its number as people read it (XL202612-0001-1, FK202612-0003)
    kind: IncidentKind
    title: str
    occurred_at: datetime
    place: str
    what_happened: str
    response: str = ""  # what the guard did
    responders: str = ""  # who responded


@dataclass(frozen=True)
class LinkedIncident:
    """An incident opened from a record, as the record shows it."""

    id: uuid.UUID
    number: str  # SJ202612-0001
    closed: bool
    source_id: str


@dataclass(frozen=True)
class IncidentDesk:
    """Lent by the incidents module. `open_from` raises what recording an incident
    raises (ConflictError when one is already on record from the same record);
    `linked` gives the incident opened from each of the records asked."""

    open_from: Callable[[Actor, IncidentRequest], LinkedIncident]
    linked: Callable[[Actor, IncidentSource, Sequence[str]], Mapping[str, LinkedIncident]]


@dataclass(frozen=True)
class NoticeRequest:
    """A rectification notice (整改通知单) asked for from another module's record (a
    monthly assessment's spot check): the item that failed, where, what was found, what
    the department is to fix and by when. `series_id` names the item keys' set (the
    standard's series), as an inspection notice's names its checklist's."""

    source_kind: NoticeSource
    source_id: uuid.UUID
    source_number: str  # KH202612-0001
    series_id: uuid.UUID
    area: str
    item_key: str
    item_text: str
    finding: str
    what_to_fix: str
    department_code: str
    deadline: datetime
    issued_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class LinkedNotice:
    """A notice opened from a record, as the record shows it."""

    id: uuid.UUID
    number: str  # ZG202612-0001
    state: RectificationState
    overdue: bool
    deadline: datetime
    fixed_by: str  # the login that reported the fix ("" while none)
    source_id: uuid.UUID
    item_key: str


@dataclass(frozen=True)
class NoticeRecheck:
    """The source's own check of a notice's item after the fix: a later spot check, or
    the assessor verifying it. Passing closes the notice, failing opens it again; as
    for a re-inspection, by someone other than who reported the fix."""

    item_key: str
    passed: bool
    at: datetime


@dataclass(frozen=True)
class RectificationDesk:
    """Lent by the inspections module. `open_from` raises what issuing a notice raises
    (ConflictError when one is live for the same record and item); `linked` gives the
    notices opened from the records asked (newest last); `recheck` raises what a
    re-inspection raises (the fix not reported, the fixer checking his own fix …)."""

    open_from: Callable[[Actor, NoticeRequest], LinkedNotice]
    linked: Callable[
        [Actor, NoticeSource, Sequence[uuid.UUID]], Mapping[uuid.UUID, tuple[LinkedNotice, ...]]
    ]
    recheck: Callable[[Actor, uuid.UUID, NoticeRecheck], LinkedNotice]
