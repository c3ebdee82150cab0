"""Repair tickets (报修工单) and their timeline.

A ticket carries what the forms show (reporter, place, fault, quote, sign-off, follow-up)
and the time of each main step, so lists, the arrival target and the monthly figures
read one row. Every step is also a `repair_step` row (who, when, from which state to
which), which is the ticket's timeline and what the resolution clock reads.

`arrival_due_at` is fixed when the call is taken (report time + the priority's limit
then in force): the promise made to the resident does not change when the estate's
settings do later, and "overdue" is an indexed comparison.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin


class RepairTicket(IdMixin, TimestampMixin, Base):
    __tablename__ = "repair_ticket"
    __table_args__ = (
        Index("ix_repair_ticket_reported", "reported_at", "id"),
        Index("ix_repair_ticket_state_reported", "state", "reported_at"),
        Index("ix_repair_ticket_technician_reported", "technician_id", "reported_at"),
        Index("ix_repair_ticket_unit_reported", "unit_id", "reported_at"),
        Index("ix_repair_ticket_reporter_name", "reporter_name"),
        Index("ix_repair_ticket_reporter_phone_tail", "reporter_phone_tail"),
        Index("ix_repair_ticket_source", "source_kind", "source_id"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # WX202611-0001
    state: Mapped[str] = mapped_column(String(12))  # domain.repair_workflow.RepairState
    outcome: Mapped[str] = mapped_column(String(10), default="")  # "" while open
    channel: Mapped[str] = mapped_column(String(12))
    category: Mapped[str] = mapped_column(String(20))
    priority: Mapped[str] = mapped_column(String(10))
    paid: Mapped[bool]  # a private repair the resident pays for (quote and approval)
    reporter_name: Mapped[str] = mapped_column(String(40))
    reporter_phone: Mapped[str] = mapped_column(String(20), default="")
    reporter_phone_tail: Mapped[str] = mapped_column(String(4), default="")
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("resident.id"), default=None)
    # A unit, or else a common area described in words (3 栋大堂, 地下车库 B2 …).
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), default=None)
    common_area: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(String(500))
    technician_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_by: Mapped[str] = mapped_column(String(40))  # username of who took the call
    # The times of the main steps (each also in repair_step).
    reported_at: Mapped[datetime]
    arrival_due_at: Mapped[datetime]
    dispatched_at: Mapped[datetime | None] = mapped_column(default=None)
    arrived_at: Mapped[datetime | None] = mapped_column(default=None)
    diagnosed_at: Mapped[datetime | None] = mapped_column(default=None)
    quoted_at: Mapped[datetime | None] = mapped_column(default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)  # approved or refused
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    signed_off_at: Mapped[datetime | None] = mapped_column(default=None)
    followed_up_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)  # closed or cancelled
    last_step_at: Mapped[datetime]  # staleness: the newest step's time
    # What was found and agreed.
    diagnosis: Mapped[str] = mapped_column(String(500), default="")
    quote_labour_fen: Mapped[int | None] = mapped_column(default=None)
    quote_materials_fen: Mapped[int | None] = mapped_column(default=None)
    quote_minutes: Mapped[int | None] = mapped_column(default=None)
    approved: Mapped[bool | None] = mapped_column(default=None)  # None: not answered
    decision_note: Mapped[str] = mapped_column(String(200), default="")
    work_done: Mapped[str] = mapped_column(String(500), default="")
    materials_used: Mapped[str] = mapped_column(String(300), default="")
    signed_by: Mapped[str] = mapped_column(String(40), default="")
    rating: Mapped[int | None] = mapped_column(default=None)  # follow-up, 1–5
    follow_up_comment: Mapped[str] = mapped_column(String(300), default="")
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    # Opened from another module's record (patrol, inspection, complaint).
    source_kind: Mapped[str] = mapped_column(String(12), default="")
    source_id: Mapped[str] = mapped_column(String(64), default="")


class RepairStepRecord(IdMixin, Base):
    """One step of a ticket: never rewritten."""

    __tablename__ = "repair_step"
    __table_args__ = (Index("ix_repair_step_ticket_at", "ticket_id", "at"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repair_ticket.id"))
    step: Mapped[str] = mapped_column(String(12))  # domain.repair_workflow.RepairStep
    from_state: Mapped[str] = mapped_column(String(12), default="")  # "" for the report
    to_state: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime]
    username: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(String(300), default="")
    # Dispatch and reassign: who was sent, so the timeline shows each hand-over.
    technician_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
