"""Inspections (巡检): the equipment register (设施设备档案) — extinguishers, hydrants,
alarm panels, lifts, pumps … — each with its place, install date, service and expiry.

`next_due` is the earlier of the next service (last service + interval) and the
expiry, worked out by the service (services.inspections.equipment) whenever a row is
written, so "expiring within 30 days" and "expired" are one indexed range each.

Text lengths are the limits the service checks (services.inspections.equipment).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin, utcnow
from propdesk.store.models.voidable import VoidableMixin


class Equipment(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "equipment"
    __table_args__ = (
        Index("ix_equipment_kind_code", "kind", "code"),
        Index("ix_equipment_next_due", "next_due", "code"),
        Index("ix_equipment_unit", "unit_id"),
    )

    code: Mapped[str] = mapped_column(String(30), unique=True)  # e.g. MHQ-3-B1-01
    kind: Mapped[str] = mapped_column(String(20))  # domain.inspections.equipment
    name: Mapped[str] = mapped_column(String(60))  # model, size: "4 kg ABC dry powder"
    # Where: a unit (a pump in a ground-floor room) or a common area's text; one of them.
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), default=None)
    place: Mapped[str] = mapped_column(String(100), default="")
    installed_on: Mapped[date | None] = mapped_column(default=None)
    last_serviced_on: Mapped[date | None] = mapped_column(default=None)
    # The service interval (domain.inspections.equipment.ServiceInterval): whole months
    # and/or days; both 0 when the item has no regular service.
    service_interval_months: Mapped[int] = mapped_column(default=0)
    service_interval_days: Mapped[int] = mapped_column(default=0)
    expires_on: Mapped[date | None] = mapped_column(default=None)  # end of service life
    next_due: Mapped[date | None] = mapped_column(default=None)  # next service or expiry
    notes: Mapped[str] = mapped_column(String(300), default="")


class InspectionTemplate(IdMixin, TimestampMixin, Base):
    """One version of a checklist template (domain.inspections.templates): immutable
    once written. Editing writes the next version under the same `series_id`; only the
    newest version of a series is offered for new inspections, and an inspection
    points at the very version it was made with. A retired series (`retired_at`) is
    no longer due and no longer offered; its inspections stay."""

    __tablename__ = "inspection_template"
    __table_args__ = (
        UniqueConstraint("series_id", "version", name="uq_inspection_template_series_version"),
        Index("ix_inspection_template_kind", "kind", "series_id"),
    )

    series_id: Mapped[uuid.UUID]
    version: Mapped[int]
    kind: Mapped[str] = mapped_column(String(24))  # domain.inspections.kinds.InspectionKind
    name: Mapped[str] = mapped_column(String(60))
    frequency: Mapped[str] = mapped_column(String(12))
    # The areas and the items as JSON (services.inspections.template_codec): a version
    # is read and written whole, never queried by its parts.
    areas: Mapped[str] = mapped_column(Text)
    items: Mapped[str] = mapped_column(Text)
    active_from: Mapped[date]  # the local day the series was added: owed from then on
    created_by: Mapped[str] = mapped_column(String(40))
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class Inspection(IdMixin, TimestampMixin, VoidableMixin, Base):
    """An inspection made (巡检记录): one template version, one area, one inspector.

    The counts are written with the items so that pass rates and the targets add up
    columns instead of reading every item (services.inspections.figures)."""

    __tablename__ = "inspection"
    __table_args__ = (
        Index("ix_inspection_at", "inspected_at", "id"),
        Index("ix_inspection_kind_at", "kind", "inspected_at"),
        Index("ix_inspection_series_area_at", "series_id", "area", "inspected_at"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # XJ202612-0001
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_template.id"))
    series_id: Mapped[uuid.UUID]
    kind: Mapped[str] = mapped_column(String(24))
    template_name: Mapped[str] = mapped_column(String(60))
    template_version: Mapped[int]
    area: Mapped[str] = mapped_column(String(60))
    inspector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    inspector_name: Mapped[str] = mapped_column(String(40))
    recorded_by: Mapped[str] = mapped_column(String(40))  # the login that entered it
    inspected_at: Mapped[datetime]
    passed: Mapped[bool]
    items_passed: Mapped[int] = mapped_column(default=0)
    items_judged: Mapped[int] = mapped_column(default=0)
    # The items that point at fire equipment (the fire equipment intact rate).
    fire_passed: Mapped[int] = mapped_column(default=0)
    fire_judged: Mapped[int] = mapped_column(default=0)
    # The notice this inspection re-inspects (a re-inspection of its item), if any.
    rectification_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(String(500), default="")


class InspectionItem(IdMixin, Base):
    """One answered line of an inspection, with the item's words as they were."""

    __tablename__ = "inspection_item"
    __table_args__ = (
        UniqueConstraint("inspection_id", "key", name="uq_inspection_item_key"),
        Index("ix_inspection_item_equipment", "equipment_id", "inspection_id"),
        Index("ix_inspection_item_result", "result", "inspection_id"),
    )

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"))
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(8))  # domain.inspections.kinds.ItemKind
    text: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(12), default="")
    result: Mapped[str | None] = mapped_column(String(8), default=None)  # ItemResult
    # A reading as its exact decimal text ("1.05"): SQLite has no exact decimal type.
    value: Mapped[str | None] = mapped_column(String(24), default=None)
    answer: Mapped[str] = mapped_column(String(200), default="")  # a text item's
    note: Mapped[str] = mapped_column(String(500), default="")
    equipment_kind: Mapped[str | None] = mapped_column(String(20), default=None)
    equipment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("equipment.id"), default=None)


class InspectionPhoto(IdMixin, Base):
    """A photo of an item: the file lives in the data folder under its content hash
    (store.attachments), never in the database."""

    __tablename__ = "inspection_photo"
    __table_args__ = (Index("ix_inspection_photo_inspection", "inspection_id", "item_key"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"))
    item_key: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    suffix: Mapped[str] = mapped_column(String(8))  # ".jpg"
    size: Mapped[int]
    original_name: Mapped[str] = mapped_column(String(120), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class Rectification(IdMixin, TimestampMixin, Base):
    """A rectification notice (整改通知单) for one failed item
    (domain.inspections.rectification). Closed only by a passing re-inspection of the
    item (`reinspection_id`) recorded by someone other than who reported the fix.

    A notice comes from an inspection's item (`inspection_id`) or from another
    module's record (`source_kind` + `source_id`, its number kept for the lists: a
    monthly assessment's spot check), which closes it through the RectificationDesk."""

    __tablename__ = "rectification"
    __table_args__ = (
        Index("ix_rectification_state_deadline", "state", "deadline"),
        Index("ix_rectification_issued", "issued_at", "id"),
        Index("ix_rectification_inspection", "inspection_id", "item_key"),
        Index("ix_rectification_source", "source_kind", "source_id"),
        CheckConstraint(
            "inspection_id IS NOT NULL OR (source_kind IS NOT NULL AND source_id IS NOT NULL)",
            name="source",
        ),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # ZG202612-0001
    state: Mapped[str] = mapped_column(String(8))  # RectificationState
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("inspection.id"), default=None
    )
    source_kind: Mapped[str | None] = mapped_column(String(16), default=None)  # NoticeSource
    source_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    source_number: Mapped[str] = mapped_column(String(20), default="")  # KH202612-0001
    series_id: Mapped[uuid.UUID]  # the template's: a re-inspection may use a later version
    area: Mapped[str] = mapped_column(String(60))
    item_key: Mapped[str] = mapped_column(String(40))
    item_text: Mapped[str] = mapped_column(String(200))
    finding: Mapped[str] = mapped_column(String(500), default="")  # the item's note
    what_to_fix: Mapped[str] = mapped_column(String(500))
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("department.id"), default=None
    )
    department_name: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(String(40))  # login
    deadline: Mapped[datetime]
    fixed_by: Mapped[str | None] = mapped_column(String(40), default=None)
    fixed_at: Mapped[datetime | None] = mapped_column(default=None)
    fix_note: Mapped[str] = mapped_column(String(500), default="")
    verified_by: Mapped[str | None] = mapped_column(String(40), default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    reinspection_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
