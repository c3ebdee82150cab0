"""Safety incidents (安全事件): incidents and their follow-up actions.

An incident may come from a patrol finding or a gate journal entry: it keeps that
record's module (`source_kind`), id (as text) and number, so the link is read both
ways without the other module's tables knowing of incidents (as a repair ticket keeps
the finding it came from). Text lengths are the limits the service checks
(services.incidents.inputs)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class Incident(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_occurred", "occurred_at", "id"),
        Index("ix_incident_source", "source_kind", "source_id"),
        Index("ix_incident_closed", "closed_at", "occurred_at"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # SJ202612-0001
    kind: Mapped[str] = mapped_column(String(12))  # domain.incidents.kinds.IncidentKind
    title: Mapped[str] = mapped_column(String(60))  # one line: what it was
    occurred_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(100))
    what_happened: Mapped[str] = mapped_column(String(1000))
    responders: Mapped[str] = mapped_column(String(100), default="")  # who responded
    response: Mapped[str] = mapped_column(String(1000), default="")  # and how
    police_called: Mapped[bool] = mapped_column(default=False)
    police_report: Mapped[str] = mapped_column(String(40), default="")  # 报警回执号
    fire_called: Mapped[bool] = mapped_column(default=False)
    fire_report: Mapped[str] = mapped_column(String(40), default="")
    injuries: Mapped[str] = mapped_column(String(500), default="")
    losses: Mapped[str] = mapped_column(String(500), default="")
    loss_fen: Mapped[int] = mapped_column(default=0)  # the estimated loss
    reported_by: Mapped[str] = mapped_column(String(40))  # the login that recorded it
    source_kind: Mapped[str] = mapped_column(String(12), default="")  # IncidentSource
    source_id: Mapped[str] = mapped_column(String(40), default="")
    source_number: Mapped[str] = mapped_column(String(40), default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by: Mapped[str] = mapped_column(String(40), default="")
    close_reason: Mapped[str] = mapped_column(String(200), default="")


class IncidentAction(IdMixin, TimestampMixin, Base):
    """A follow-up action (后续措施): what, who or which department, by when; done at
    and by whom once it is."""

    __tablename__ = "incident_action"
    __table_args__ = (
        Index("ix_incident_action_incident", "incident_id", "deadline"),
        Index("ix_incident_action_open", "done_at", "deadline"),
    )

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incident.id"))
    what: Mapped[str] = mapped_column(String(200))
    who: Mapped[str] = mapped_column(String(60))  # a person or a department
    deadline: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(40))
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    done_by: Mapped[str] = mapped_column(String(60), default="")
    done_note: Mapped[str] = mapped_column(String(200), default="")
