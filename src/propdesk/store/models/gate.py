"""The gate log (门岗登记): one journal of everything that passes the gate.

Every kind of event (a resident's card, a refused card, a visitor, a vehicle …) is a
row of `gate_event`; the columns a kind does not use stay empty. An exit points at
its entry through `entry_event_id`; a visit or stay still going has no `closed_at`.
ID numbers are stored masked only.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin

# The open visitor and vehicle entries (kinds as GateEventKind's values).
INSIDE_NOW = "closed_at IS NULL AND voided_at IS NULL AND kind IN ('visitor_in', 'vehicle_in')"


class GateEvent(IdMixin, VoidableMixin, Base):
    __tablename__ = "gate_event"
    __table_args__ = (
        Index("ix_gate_event_occurred", "occurred_at", "id"),
        Index("ix_gate_event_plate", "plate"),
        Index("ix_gate_event_pass_number", "pass_number"),
        Index("ix_gate_event_kind_occurred", "kind", "occurred_at"),
        Index("ix_gate_event_plate_reversed", "plate_reversed"),
        Index("ix_gate_event_person_name", "person_name"),
        Index("ix_gate_event_person_name_initials", "person_name_initials"),
        Index("ix_gate_event_card_number", "card_number"),
        Index("ix_gate_event_permit_number", "permit_number"),
        # Who is inside now: the entries not closed yet, by kind (quick search, the
        # gate's "inside now" lists) without walking the journal's kind index.
        Index("ix_gate_event_open_kind", "closed_at", "kind"),
        # The same question for PostgreSQL's planner, which misjudges the first index
        # (it expects hundreds of thousands of open rows: residents' entries are never
        # closed) and walks the journal instead: an index of the open visitor and
        # vehicle entries alone, a few hundred rows. The queries name the kinds as
        # literals (services.gate.events.INSIDE_KINDS) so both databases can use it.
        Index(
            "ix_gate_event_inside_now",
            "occurred_at",
            postgresql_where=text(INSIDE_NOW),
            sqlite_where=text(INSIDE_NOW),
        ),
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
    # The plate written backwards, so "12345" finds 粤B12345 through an index (suffix search).
    plate_reversed: Mapped[str] = mapped_column(String(10), default="")
    # Vehicles: registered in the estate's vehicle register, the temporary permit handed
    # over, what the guard saw on the exterior at exit, whether the permit came back.
    vehicle_registered: Mapped[bool] = mapped_column(default=False)
    permit_number: Mapped[str] = mapped_column(String(20), default="")
    exterior_check: Mapped[str] = mapped_column(String(100), default="")
    permit_returned: Mapped[bool | None] = mapped_column(default=None)
    # An exit with no entry on record: the entry time the driver stated.
    stated_entry_at: Mapped[datetime | None] = mapped_column(default=None)
    # Items and notices: what, who authorised (owner/management), where.
    description: Mapped[str] = mapped_column(String(200), default="")
    authorisation: Mapped[str] = mapped_column(String(12), default="")
    authorised_by: Mapped[str] = mapped_column(String(40), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    warning_posted: Mapped[bool | None] = mapped_column(default=None)
    # Set when retention blanked the visitor's name, phone and ID (counts stay).
    purged_at: Mapped[datetime | None] = mapped_column(default=None)


class ReleaseAuthorisation(IdMixin, TimestampMixin, VoidableMixin, Base):
    """An owner's or the management's permission to take items out (放行条).

    Recorded at the front desk or gate before the items leave; the guard checks the
    slip number at the gate and the item-out event uses it up.
    """

    __tablename__ = "release_authorisation"

    number: Mapped[str] = mapped_column(String(20), unique=True)  # FX202611-0001
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    authorisation: Mapped[str] = mapped_column(String(12))  # owner / management
    authorised_by: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    valid_until: Mapped[date]
    created_by: Mapped[str] = mapped_column(String(40))
    used_event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gate_event.id"), default=None
    )


class ShiftHandover(IdMixin, TimestampMixin, Base):
    """One shift handed to the next guard, with the shift's counts as they were then."""

    __tablename__ = "shift_handover"
    __table_args__ = (Index("ix_shift_handover_station_end", "station", "shift_end"),)

    number: Mapped[str] = mapped_column(String(20), unique=True)  # JB202611-0001
    station: Mapped[str] = mapped_column(String(40))
    from_username: Mapped[str] = mapped_column(String(40))
    from_name: Mapped[str] = mapped_column(String(40))
    to_name: Mapped[str] = mapped_column(String(40))
    shift_start: Mapped[datetime]
    shift_end: Mapped[datetime]
    open_matters: Mapped[str] = mapped_column(String(1000), default="")
    visitors_in: Mapped[int] = mapped_column(default=0)
    visitors_out: Mapped[int] = mapped_column(default=0)
    vehicles_in: Mapped[int] = mapped_column(default=0)
    vehicles_out: Mapped[int] = mapped_column(default=0)
    fees_fen: Mapped[int] = mapped_column(default=0)
    items_in: Mapped[int] = mapped_column(default=0)
    items_out: Mapped[int] = mapped_column(default=0)
    notices: Mapped[int] = mapped_column(default=0)
    refused_cards: Mapped[int] = mapped_column(default=0)
    resident_entries: Mapped[int] = mapped_column(default=0)
