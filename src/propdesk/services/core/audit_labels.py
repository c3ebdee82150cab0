"""What the audit log names a record by: its number (WX…, FK…, XL…) or its name (a
resident's name, a unit's code, a user's name) instead of the id an audit row keeps,
and likewise the other records and the people a change mentions (a ticket's unit and
technician, a handover's guard).

One table says, per kind of record the services write, where its name is read; the
rows of a page are named together, one query per kind of record (and one for the
people), never one per row. The live record is read, so a renamed unit shows as it is
called today; a voided one keeps its name.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from propdesk.services.core.people import display_names
from propdesk.store.models import (
    AccessCard,
    Building,
    Complaint,
    Department,
    Equipment,
    Estate,
    GateEvent,
    Inquiry,
    Inspection,
    InspectionTemplate,
    ParkingSpace,
    PatrolCheckpoint,
    PatrolFinding,
    PatrolRound,
    PatrolRoute,
    PatrolWandTag,
    Rectification,
    ReleaseAuthorisation,
    RepairTicket,
    Resident,
    ShiftHandover,
    Staff,
    Unit,
    User,
    Vehicle,
)
from propdesk.store.models.worklogs import WorklogEntry, WorklogTask

_BATCH = 500  # SQLite's bound-parameter limit, with room to spare


@dataclass(frozen=True)
class LabelSource:
    """Where a kind of record reads its name: the first of `columns` that is filled
    (a gate event is named by its pass, else its permit, its plate or its card)."""

    model: type[Any]
    columns: tuple[InstrumentedAttribute[str], ...]


LABELS: Mapping[str, LabelSource] = {
    "user": LabelSource(User, (User.display_name, User.username)),
    "estate": LabelSource(Estate, (Estate.name,)),
    "building": LabelSource(Building, (Building.name, Building.code)),
    "unit": LabelSource(Unit, (Unit.code,)),
    "equipment": LabelSource(Equipment, (Equipment.code,)),
    "resident": LabelSource(Resident, (Resident.name,)),
    "card": LabelSource(AccessCard, (AccessCard.number,)),
    "parking_space": LabelSource(ParkingSpace, (ParkingSpace.code,)),
    "vehicle": LabelSource(Vehicle, (Vehicle.plate,)),
    "department": LabelSource(Department, (Department.name,)),
    "staff": LabelSource(Staff, (Staff.name,)),
    "gate_event": LabelSource(
        GateEvent,
        (GateEvent.pass_number, GateEvent.permit_number, GateEvent.plate, GateEvent.card_number),
    ),
    "release_authorisation": LabelSource(ReleaseAuthorisation, (ReleaseAuthorisation.number,)),
    "shift_handover": LabelSource(ShiftHandover, (ShiftHandover.number,)),
    "repair_ticket": LabelSource(RepairTicket, (RepairTicket.number,)),
    "patrol_route": LabelSource(PatrolRoute, (PatrolRoute.name,)),
    "patrol_checkpoint": LabelSource(PatrolCheckpoint, (PatrolCheckpoint.name,)),
    "patrol_round": LabelSource(PatrolRound, (PatrolRound.number,)),
    "patrol_finding": LabelSource(PatrolFinding, (PatrolFinding.number,)),
    "patrol_wand_tag": LabelSource(PatrolWandTag, (PatrolWandTag.code,)),
    # By number only: an anonymous complaint has no complainant to name it by, and a
    # named one is not named by its complainant either (the audit view is no register).
    "complaint": LabelSource(Complaint, (Complaint.number,)),
    "inquiry": LabelSource(Inquiry, (Inquiry.number,)),
    "inspection_template": LabelSource(InspectionTemplate, (InspectionTemplate.name,)),
    "inspection": LabelSource(Inspection, (Inspection.number,)),
    "rectification": LabelSource(Rectification, (Rectification.number,)),
    "worklog_task": LabelSource(WorklogTask, (WorklogTask.name,)),
    "worklog_entry": LabelSource(WorklogEntry, (WorklogEntry.task_name,)),
}

# Records with no table of their own (a wand import, a restore, the demo data) or whose
# id is already their name (an estate setting's key): named by their entry (ENTRY_NAMES),
# else by the id the row keeps.
NAMED_BY_ENTRY = frozenset({"patrol_wand_import", "database", "demo_data", "estate_setting"})
ENTRY_NAMES = ("number", "code", "name", "file", "estate")

# Fields of a change that hold another record's id, and that record's kind.
REFERENCES: Mapping[str, str] = {
    "unit_id": "unit",
    "resident_id": "resident",
    "building_id": "building",
    "parking_space_id": "parking_space",
    "department_id": "department",
    "technician_id": "staff",
    "guard_id": "staff",
    "entry_event_id": "gate_event",
    "used_event_id": "gate_event",
    "route_id": "patrol_route",
    "checkpoint_id": "patrol_checkpoint",
    "round_id": "patrol_round",
    "handler_id": "staff",
    "complaint_id": "complaint",
    "repair_ticket_id": "repair_ticket",
    "template_id": "inspection_template",
    "inspector_id": "staff",
    "inspection_id": "inspection",
    "rectification_id": "rectification",
    "reinspection_id": "inspection",
    "task_id": "worklog_task",
    "staff_id": "staff",
}
# A ticket's source record, by the ticket's source_kind (domain.repairs.kinds.RepairSource).
SOURCES: Mapping[str, str] = {
    "patrol": "patrol_finding",
    # an inspection ticket names its item row, which has no audit name of its own
    "complaint": "complaint",
    "inquiry": "inquiry",
}
# Fields of a change that hold a login: shown as the person's name.
PEOPLE = frozenset(
    {
        "from_username",
        "created_by",
        "recorded_by",
        "imported_by",
        "answered_by",
        "fixed_by",
        "verified_by",
        "issued_by",
    }
)

Ref = tuple[str, str]  # (kind of record, id as the audit row keeps it)


def record_labels(session: Session, refs: Iterable[Ref]) -> dict[Ref, str]:
    """The name of each record given that has one (see LABELS); one query per kind."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, entity_id in refs:
        row_id = _uuid(entity_id)
        if entity in LABELS and row_id is not None:
            wanted[entity].add(row_id)
    labels: dict[Ref, str] = {}
    for entity, row_ids in wanted.items():
        source = LABELS[entity]
        ids = sorted(row_ids)
        for start in range(0, len(ids), _BATCH):
            query = select(source.model.id, *source.columns).where(
                source.model.id.in_(ids[start : start + _BATCH])
            )
            for row_id, *names in session.execute(query):
                name = next((n for n in names if n), "")
                if name:
                    labels[(entity, str(row_id))] = name
    return labels


def entry_label(values: Mapping[str, Any]) -> str:
    """A record named by what its entry wrote (its file, its number), if anything."""
    return next((str(values[k]) for k in ENTRY_NAMES if values.get(k)), "")


def mentioned(change: Mapping[str, Any]) -> list[tuple[str, Ref]]:
    """(field, record) for each field of a before or after that holds a record's id."""
    found = []
    for field, value in change.items():
        if not isinstance(value, str) or not value:
            continue
        if field in REFERENCES:
            found.append((field, (REFERENCES[field], value)))
        elif field == "source_id" and change.get("source_kind") in SOURCES:
            found.append((field, (SOURCES[change["source_kind"]], value)))
    return found


def people_mentioned(change: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field, login) for each field of a before or after that holds a login."""
    return [(f, v) for f, v in change.items() if f in PEOPLE and isinstance(v, str) and v]


@dataclass(frozen=True)
class Named:
    """An audit entry's names: its record, the person, and what its changes mention."""

    record: str
    person: str
    fields: Mapping[tuple[str, str], str]  # (field, value) -> name


@dataclass(frozen=True)
class EntryKeys:
    """What an audit entry holds that the names are looked up by."""

    username: str
    entity: str
    entity_id: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]


def name_entries(session: Session, entries: Sequence[EntryKeys]) -> list[Named]:
    """The names of each entry, in the order given, looked up for all of them at once."""
    changes = [(e, c) for e in entries for c in (e.before, e.after)]
    refs: list[Ref] = [(e.entity, e.entity_id) for e in entries]
    refs += [ref for _e, change in changes for _f, ref in mentioned(change)]
    labels = record_labels(session, refs)
    logins = [e.username for e in entries]
    logins += [login for _e, change in changes for _f, login in people_mentioned(change)]
    people = display_names(session, logins)
    named = []
    for entry in entries:
        record = labels.get((entry.entity, entry.entity_id), "")
        if not record and entry.entity in NAMED_BY_ENTRY:
            record = entry_label(entry.after) or entry_label(entry.before) or entry.entity_id
        fields: dict[tuple[str, str], str] = {}
        for change in (entry.before, entry.after):
            for field, ref in mentioned(change):
                if ref in labels:
                    fields[(field, ref[1])] = labels[ref]
            for field, login in people_mentioned(change):
                fields[(field, login)] = people.get(login, login)
        named.append(Named(record, people.get(entry.username, entry.username), fields))
    return named


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None
