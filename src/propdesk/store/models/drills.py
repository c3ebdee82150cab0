"""Drills and training (应急演练 / 员工培训): sessions, participants, the year's plan.

A session is one drill or training held (YL… or PX…); its participants are staff of
the register, their names and departments kept as they were that day (a person who
left or moved department still shows in the old record as they were). Residents who
joined are a count. The plan's entries are a topic due by a day of a year; which
session answers which entry is worked out when read (domain.drills.plan), never
stored, so a voided or late-typed session changes the plan's state at once.

Text lengths are the limits the service checks (domain.drills.rules).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin, utcnow
from propdesk.store.models.voidable import VoidableMixin


class DrillSession(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "drill_session"
    __table_args__ = (
        Index("ix_drill_session_at", "held_at", "id"),
        Index("ix_drill_session_topic_at", "topic", "held_at"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # YL202612-0001 / PX…
    kind: Mapped[str] = mapped_column(String(10))  # domain.drills.kinds.SessionKind
    topic: Mapped[str] = mapped_column(String(20))  # domain.drills.kinds.Topic
    title: Mapped[str] = mapped_column(String(60))  # "2026年上半年消防演练"
    held_at: Mapped[datetime]
    minutes: Mapped[int]
    place: Mapped[str] = mapped_column(String(60), default="")
    organiser_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    organiser_name: Mapped[str] = mapped_column(String(40))
    residents: Mapped[int] = mapped_column(default=0)  # residents who joined, counted
    staff_count: Mapped[int] = mapped_column(default=0)  # the participants' rows
    practised: Mapped[str] = mapped_column(String(500), default="")  # 演练/培训内容
    problems: Mapped[str] = mapped_column(String(500), default="")  # 发现的问题
    actions: Mapped[str] = mapped_column(String(500), default="")  # 整改措施
    recorded_by: Mapped[str] = mapped_column(String(40))  # the login that entered it


class DrillParticipant(IdMixin, Base):
    """A staff member who took part, as the register named them that day."""

    __tablename__ = "drill_participant"
    __table_args__ = (
        UniqueConstraint("session_id", "staff_id", name="uq_drill_participant_staff"),
        Index("ix_drill_participant_staff", "staff_id", "session_id"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("drill_session.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    staff_name: Mapped[str] = mapped_column(String(40))
    department_name: Mapped[str] = mapped_column(String(40), default="")


class DrillPlanEntry(IdMixin, TimestampMixin, VoidableMixin, Base):
    """One line of a year's plan: this topic, due by this day."""

    __tablename__ = "drill_plan_entry"
    __table_args__ = (Index("ix_drill_plan_entry_year", "year", "due_on"),)

    year: Mapped[int]
    topic: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date]
    notes: Mapped[str] = mapped_column(String(100), default="")


class DrillAttachment(IdMixin, Base):
    """A photo of a session or of its signed sign-in sheet: the file lives in the data
    folder under its content hash (store.attachments), never in the database."""

    __tablename__ = "drill_attachment"
    __table_args__ = (Index("ix_drill_attachment_session", "session_id", "added_at"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("drill_session.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    suffix: Mapped[str] = mapped_column(String(8))  # ".jpg"
    size: Mapped[int]
    original_name: Mapped[str] = mapped_column(String(120), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
