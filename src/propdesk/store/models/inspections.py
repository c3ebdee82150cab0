"""Inspections (巡检): the equipment register (设施设备档案) — extinguishers, hydrants,
alarm panels, lifts, pumps … — each with its place, install date, service and expiry.

`next_due` is the earlier of the next service (last service + interval) and the
expiry, worked out by the service (services.inspections.equipment) whenever a row is
written, so "expiring within 30 days" and "expired" are one indexed range each.

Text lengths are the limits the service checks (services.inspections.equipment).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
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
