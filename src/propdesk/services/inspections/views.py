"""What the inspections' lists and detail show: plain frozen values read in one
session (services.inspections.inspections, .rectifications)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from propdesk.domain.inspections.kinds import InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.rectification import NoticeSource, RectificationState
from propdesk.services.core import photos as shared_photos

# The shared one (every module's photos look alike to the window); an item's key is
# its `part`.
PhotoRef = shared_photos.PhotoRef


@dataclass(frozen=True)
class ItemLine:
    id: uuid.UUID
    key: str
    position: int
    kind: ItemKind
    text: str
    unit: str
    result: ItemResult | None
    value: Decimal | None
    answer: str
    note: str
    equipment_code: str
    photos: tuple[PhotoRef, ...] = ()
    rectification: str = ""  # the live or last notice's number
    rectification_state: RectificationState | None = None
    ticket: str = ""  # the repair ticket opened from it (its number)


@dataclass(frozen=True)
class InspectionRow:
    id: uuid.UUID
    number: str
    inspected_at: datetime
    kind: InspectionKind
    template_name: str
    area: str
    inspector_name: str
    passed: bool
    items_failed: int
    items_judged: int
    reinspection: bool
    voided: bool


@dataclass(frozen=True)
class InspectionDetail:
    row: InspectionRow
    template_id: uuid.UUID
    series_id: uuid.UUID
    template_version: int
    recorded_by: str  # the person who entered it, by name
    notes: str
    rectification_number: str  # a re-inspection's notice
    items: tuple[ItemLine, ...]

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def number(self) -> str:
        return self.row.number

    def item(self, key: str) -> ItemLine | None:
        return next((line for line in self.items if line.key == key), None)


@dataclass(frozen=True)
class InspectionFilter:
    first: date | None = None  # local days, both inclusive
    last: date | None = None
    kind: InspectionKind | None = None
    failed_only: bool = False
    text: str = ""  # a number's start, or part of the area or the inspector's name


@dataclass(frozen=True)
class RectificationInfo:
    id: uuid.UUID
    number: str
    state: RectificationState
    overdue: bool
    inspection_id: uuid.UUID | None  # None: the notice came from another record (source)
    inspection_number: str
    kind: InspectionKind | None
    template_name: str
    area: str
    item_key: str
    item_text: str
    finding: str
    what_to_fix: str
    department: str
    issued_at: datetime
    issued_by: str  # people by name (their login when they are no user)
    deadline: datetime
    fixed_by: str
    fixed_at: datetime | None
    fix_note: str
    verified_by: str
    closed_at: datetime | None
    reinspection_number: str
    void_reason: str
    equipment_code: str
    source: NoticeSource = NoticeSource.INSPECTION
    source_number: str = ""  # the inspection's or the other record's number
