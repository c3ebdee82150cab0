"""Departments' monthly quality assessment (月度考核): standards, assessments, spot checks.

A standard (考核标准) is versioned as the inspections' templates are: a version is
never changed, an edit writes the next one under the same `series_id`, and an
assessment points at the very version it was made with. A spot check copies its
item's words and points too, so a list or a print never needs the standard to read it.

The month is "YYYY-MM" text: it sorts as it reads and is what people choose. One live
assessment per department and month is the service's rule (a voided one may be
followed by another).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class AssessmentStandard(IdMixin, TimestampMixin, Base):
    __tablename__ = "assessment_standard"
    __table_args__ = (
        UniqueConstraint("series_id", "version", name="uq_assessment_standard_series_version"),
        Index("ix_assessment_standard_department", "department_id", "version"),
    )

    series_id: Mapped[uuid.UUID]
    version: Mapped[int]
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"))
    name: Mapped[str] = mapped_column(String(60))
    # The items as JSON (services.assessments.standard_codec): read and written whole.
    items: Mapped[str] = mapped_column(Text)
    total_points: Mapped[int]
    created_by: Mapped[str] = mapped_column(String(40))  # login


class Assessment(IdMixin, TimestampMixin, VoidableMixin, Base):
    """A department's assessment of one month (KH202611-0001). The deductions and the
    score are written with the checks, so trends and reports add up columns."""

    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_at", "assessed_at", "id"),
        Index("ix_assessment_department_month", "department_id", "month"),
        Index("ix_assessment_month", "month", "department_id"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
    month: Mapped[str] = mapped_column(String(7))  # "2026-11"
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"))
    department_name: Mapped[str] = mapped_column(String(40))
    standard_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment_standard.id"))
    standard_name: Mapped[str] = mapped_column(String(60))
    standard_version: Mapped[int]
    total_points: Mapped[int]
    deducted: Mapped[int] = mapped_column(default=0)
    score: Mapped[int]
    checks: Mapped[int] = mapped_column(default=0)
    assessor_name: Mapped[str] = mapped_column(String(40))
    assessed_at: Mapped[datetime]
    remarks: Mapped[str] = mapped_column(String(500), default="")
    recorded_by: Mapped[str] = mapped_column(String(40))  # login
    finalised_at: Mapped[datetime | None] = mapped_column(default=None)
    finalised_by: Mapped[str | None] = mapped_column(String(40), default=None)


class AssessmentCheck(IdMixin, Base):
    """One spot check (抽查): an item of the standard, where, what was found and the
    points it cost (0: it passed)."""

    __tablename__ = "assessment_check"
    __table_args__ = (
        Index("ix_assessment_check_assessment", "assessment_id", "position"),
        Index("ix_assessment_check_item", "department_id", "item_key", "checked_at"),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment.id"))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"))
    position: Mapped[int]
    item_key: Mapped[str] = mapped_column(String(40))
    item_text: Mapped[str] = mapped_column(String(200))
    item_points: Mapped[int]
    place: Mapped[str] = mapped_column(String(100), default="")
    finding: Mapped[str] = mapped_column(String(500), default="")
    deducted: Mapped[int] = mapped_column(default=0)
    checked_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(40))  # login
