"""The gate log (门岗登记): one journal of everything that passes the gate.

Every kind of event (a resident's card, a refused card, a visitor, a vehicle …) is a
row of `gate_event`; the columns a kind does not use stay empty. An exit points at
its entry through `entry_event_id`; a visit or stay still going has no `closed_at`.
ID numbers are stored masked only.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin
from propdesk.store.models.voidable import VoidableMixin


class GateEvent(IdMixin, VoidableMixin, Base):
    __tablename__ = "gate_event"
    __table_args__ = (
        Index("ix_gate_event_occurred", "occurred_at", "id"),
        Index("ix_gate_event_plate", "plate"),
        Index("ix_gate_event_pass_number", "pass_number"),
    )

    kind: Mapped[str] = mapped_column(String(20))  # resident_entry / refused_card / visitor_in …
    occurred_at: Mapped[datetime]
    station: Mapped[str] = mapped_column(String(40))
    username: Mapped[str] = mapped_column(String(40))
    card_number: Mapped[str] = mapped_column(String(32), default="")
    resident_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("resident.id"), index=True, default=None
    )
    unit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("unit.id"), index=True, default=None
    )
    plate: Mapped[str] = mapped_column(String(10), default="")  # normalised
    person_name: Mapped[str] = mapped_column(String(40), default="")
    person_name_initials: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    id_masked: Mapped[str] = mapped_column(String(30), default="")  # never the full number
    pass_number: Mapped[str] = mapped_column(String(20), default="")
    purpose: Mapped[str] = mapped_column(String(100), default="")
    host_confirmation: Mapped[str] = mapped_column(String(10), default="")  # phone/intercom/…
    confirmed_by: Mapped[str] = mapped_column(String(40), default="")
    entry_event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gate_event.id"), index=True, default=None
    )
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    fee_fen: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(String(200), default="")
