"""Complaints (投诉) with their timeline, and the inquiry and suggestion log (咨询登记).

A complaint row carries what the forms and lists show and the time of each main step;
every step is also a `complaint_step` row (what, when, who, the step's own data as
JSON), which is its timeline. `response_due_at` is fixed when the complaint is taken
(see domain.complaints.deadlines). An anonymous complaint stores no name and no phone
at all: the columns stay empty and nothing else holds them.

Text lengths are the limits the services check (services.complaints.inputs).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class Complaint(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "complaint"
    __table_args__ = (
        Index("ix_complaint_received", "received_at", "id"),
        Index("ix_complaint_state_received", "state", "received_at"),
        Index("ix_complaint_category_received", "category", "received_at"),
        Index("ix_complaint_unit_received", "unit_id", "received_at"),
        Index("ix_complaint_handler_received", "handler_id", "received_at"),
        Index("ix_complaint_complainant_name", "complainant_name"),
        Index("ix_complaint_complainant_phone_tail", "complainant_phone_tail"),
        Index("ix_complaint_repair_ticket", "repair_ticket_id"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # TS202612-0001
    state: Mapped[str] = mapped_column(String(12))  # domain.complaints.workflow
    round: Mapped[int] = mapped_column(default=1)  # 2 after one "not satisfied", …
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(8))
    anonymous: Mapped[bool]
    complainant_name: Mapped[str] = mapped_column(String(40), default="")
    complainant_phone: Mapped[str] = mapped_column(String(20), default="")
    complainant_phone_tail: Mapped[str] = mapped_column(String(4), default="")
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("resident.id"), default=None)
    # A unit, or else a common area described in words.
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), default=None)
    common_area: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(String(500))
    created_by: Mapped[str] = mapped_column(String(40))  # the login that took it
    received_at: Mapped[datetime]
    response_due_at: Mapped[datetime]
    # Handling: who is responsible (the latest assignment).
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("department.id"), default=None
    )
    handler_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    assigned_at: Mapped[datetime | None] = mapped_column(default=None)
    # The answer of the latest round; the first answer's time decides "in time".
    investigation: Mapped[str] = mapped_column(String(500), default="")
    resolution: Mapped[str] = mapped_column(String(500), default="")
    first_answered_at: Mapped[datetime | None] = mapped_column(default=None)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    verdict: Mapped[str] = mapped_column(String(16), default="")  # the latest verdict
    verdict_at: Mapped[datetime | None] = mapped_column(default=None)
    # Closing.
    root_cause: Mapped[str] = mapped_column(String(16), default="")
    root_cause_text: Mapped[str] = mapped_column(String(300), default="")
    corrective_action: Mapped[str] = mapped_column(String(500), default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    manager_closed: Mapped[bool] = mapped_column(default=False)
    close_reason: Mapped[str] = mapped_column(String(200), default="")
    # The follow-up visit (回访) after closing.
    follow_up_by: Mapped[str] = mapped_column(String(40), default="")  # who visited
    follow_up_at: Mapped[datetime | None] = mapped_column(default=None)
    follow_up_method: Mapped[str] = mapped_column(String(12), default="")
    follow_up_result: Mapped[str] = mapped_column(String(300), default="")
    follow_up_rating: Mapped[int | None] = mapped_column(default=None)  # 1–5
    # A repair ticket opened from it (the ticket links back by source) or linked.
    repair_ticket_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("repair_ticket.id"), default=None
    )
    last_step_at: Mapped[datetime]


class ComplaintStepRecord(IdMixin, Base):
    """One step of a complaint: never rewritten."""

    __tablename__ = "complaint_step"
    __table_args__ = (Index("ix_complaint_step_complaint_at", "complaint_id", "at"),)

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id"))
    step: Mapped[str] = mapped_column(String(16))  # domain.complaints.workflow.ComplaintStep
    from_state: Mapped[str] = mapped_column(String(12), default="")  # "" for the receipt
    to_state: Mapped[str] = mapped_column(String(12))
    round: Mapped[int]
    at: Mapped[datetime]
    username: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(String(300), default="")
    # The step's own data (department, verdict, root cause, rating …) as JSON: the
    # timeline shows each round's answer although the complaint keeps only the latest.
    fields: Mapped[str] = mapped_column(Text, default="{}")


class Inquiry(IdMixin, TimestampMixin, Base):
    __tablename__ = "inquiry"
    __table_args__ = (
        Index("ix_inquiry_asked", "asked_at", "id"),
        Index("ix_inquiry_state_promised", "state", "promised_by"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # ZX202612-0001
    state: Mapped[str] = mapped_column(String(12))  # domain.complaints.inquiries
    kind: Mapped[str] = mapped_column(String(12))  # question or suggestion
    channel: Mapped[str] = mapped_column(String(16))
    asker_name: Mapped[str] = mapped_column(String(40), default="")
    asker_phone: Mapped[str] = mapped_column(String(20), default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), default=None)
    question: Mapped[str] = mapped_column(String(500))
    answer: Mapped[str] = mapped_column(String(500), default="")
    asked_at: Mapped[datetime]
    promised_by: Mapped[datetime | None] = mapped_column(default=None)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    answered_by: Mapped[str] = mapped_column(String(40), default="")  # login
    created_by: Mapped[str] = mapped_column(String(40))
    # What it became, in one step.
    complaint_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaint.id"), default=None)
    repair_ticket_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("repair_ticket.id"), default=None
    )
    converted_at: Mapped[datetime | None] = mapped_column(default=None)
