"""Community events (社区活动): plans, notices, what was held.

One row per event, from its plan (theme, time, place, content, budget, organiser) to
what happened (participants, feedback, actual cost) or why it was called off. Held
events are the archive: the service keeps them read-only. Money is integer fen.
Text lengths are the limits the service checks (services.events.inputs).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin, utcnow
from propdesk.store.models.voidable import VoidableMixin


class CommunityEvent(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "community_event"
    __table_args__ = (
        # The list (newest first), the month's events, the target's count.
        Index("ix_community_event_starts", "starts_at", "id"),
        Index("ix_community_event_state_starts", "state", "starts_at"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # HD202612-0001
    state: Mapped[str] = mapped_column(String(10))  # domain.events.kinds.EventState
    kind: Mapped[str] = mapped_column(String(12))  # domain.events.kinds.EventKind
    theme: Mapped[str] = mapped_column(String(60))  # the notice's large title
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(60))
    content: Mapped[str] = mapped_column(String(1000), default="")
    organiser: Mapped[str] = mapped_column(String(40))
    budget_fen: Mapped[int] = mapped_column(default=0)
    planned_by: Mapped[str] = mapped_column(String(40))  # the login that entered the plan
    # What was held (state held).
    participants: Mapped[int | None] = mapped_column(default=None)
    feedback: Mapped[str] = mapped_column(String(1000), default="")
    actual_cost_fen: Mapped[int | None] = mapped_column(default=None)
    closed_by: Mapped[str | None] = mapped_column(String(40), default=None)  # held or cancelled
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")


class CommunityEventPhoto(IdMixin, Base):
    """A photo of an event: the file lives in the data folder under its content hash
    (store.attachments), never in the database."""

    __tablename__ = "community_event_photo"
    __table_args__ = (Index("ix_community_event_photo_event", "event_id", "added_at"),)

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("community_event.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    suffix: Mapped[str] = mapped_column(String(8))  # ".jpg"
    size: Mapped[int]
    original_name: Mapped[str] = mapped_column(String(120), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
