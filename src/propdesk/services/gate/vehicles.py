"""Vehicles at the gate: entry, the fee quoted at exit, the exit itself, who is inside.

The exit is two steps on purpose: `exit_quote` computes the fee without writing, the
guard reads it to the driver, and `vehicle_exit` records exactly that quote (the fee
is recomputed from the quote's times inside the transaction, never taken on trust).
A plate with no entry on record needs the entry time the driver states; the exit row
keeps it in `stated_entry_at` so reports can tell such exits apart.

A visitor's car states the unit it visits and why, as a visitor on foot does (the same
checks, services/gate/visits.py); one still inside past the estate's set hour is
flagged as a visitor is. Residents' registered cars are never flagged: they stay the
night.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.gate.tariff import (
    FREE_MINUTES,
    FREE_RESIDENT,
    FREE_ZERO_LENGTH,
    MINUTES_PER_DAY,
    ParkingFee,
    Tariff,
    compute_fee,
)
from propdesk.domain.gate.visits import is_overdue
from propdesk.domain.numbering import NumberKind
from propdesk.domain.plates import validate_plate
from propdesk.domain.roles import Action, Module
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.core.text import bounded_text
from propdesk.services.core.typed_times import not_older_than, typed_time
from propdesk.services.gate import events as gate_events
from propdesk.services.gate.events import ENTITY, FIELDS, GateEventKind, new_event
from propdesk.services.gate.settings import DEFAULT_GATE
from propdesk.services.gate.visits import FIELD_UNIT, clean_purpose, problems, visited_unit
from propdesk.store.base import utcnow
from propdesk.store.models import GateEvent, Resident, Unit, Vehicle
from propdesk.store.unit_of_work import Store

EXTERIOR_MAX = 100
# A quote older than this is refused at exit: the fee may have grown since it was read out.
QUOTE_VALID = timedelta(minutes=15)
# A stated entry this far back is surely a typing mistake (a year instead of a day).
_STATED_ENTRY_MAX_AGE = timedelta(days=90)


@dataclass(frozen=True)
class VehicleVisit:
    """What a visitor's car states at the barrier: the unit it visits and why."""

    unit_code: str
    purpose: str


@dataclass(frozen=True)
class VehicleEntryResult:
    event_id: uuid.UUID
    plate: str
    registered: bool
    permit_number: str  # "" for a registered vehicle
    owner_name: str
    unit_code: str  # the owner's unit, or the unit a visitor's car visits
    entered_at: datetime
    purpose: str  # a visitor's car: why it came


@dataclass(frozen=True)
class ExitQuote:
    plate: str
    registered: bool
    entry_event_id: uuid.UUID | None  # None: no entry on record, entered_at was stated
    entered_at: datetime
    exited_at: datetime
    permit_number: str
    fee: ParkingFee

    @property
    def entry_stated(self) -> bool:
        return self.entry_event_id is None


@dataclass(frozen=True)
class VehicleExitResult:
    event_id: uuid.UUID
    quote: ExitQuote
    exterior_check: str
    permit_returned: bool


@dataclass(frozen=True)
class VehicleInsideRow:
    event_id: uuid.UUID
    plate: str
    registered: bool
    permit_number: str
    owner_name: str
    unit_code: str  # the owner's unit, or the unit a visitor's car visits
    entered_at: datetime
    minutes_inside: int
    purpose: str  # a visitor's car: why it came
    overdue: bool  # a visitor's car still inside past the estate's set hour


@dataclass(frozen=True)
class _Registration:
    registered: bool
    resident_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    owner_name: str
    unit_code: str


def _registration(session: Session, plate: str) -> _Registration:
    vehicle = session.scalars(
        select(Vehicle).where(Vehicle.plate == plate, Vehicle.voided_at.is_(None))
    ).first()
    if vehicle is None:
        return _Registration(False, None, None, "", "")
    owner = session.get(Resident, vehicle.resident_id) if vehicle.resident_id else None
    unit = session.get(Unit, owner.unit_id) if owner else None
    return _Registration(
        True,
        owner.id if owner else None,
        unit.id if unit else None,
        owner.name if owner else "",
        unit.code if unit else "",
    )


def _open_entry(session: Session, plate: str) -> GateEvent | None:
    return session.scalars(
        select(GateEvent)
        .where(*gate_events.still_open(GateEventKind.VEHICLE_IN), GateEvent.plate == plate)
        .order_by(GateEvent.occurred_at.desc())
    ).first()


def _clean_exterior(text: str) -> str:
    too_long = QT_TRANSLATE_NOOP(
        "messages", "The exterior check can have at most {limit} characters."
    )
    return bounded_text(text, "exterior_check", EXTERIOR_MAX, too_long=too_long)


# A visitor's car came with no visit stated: the form asks for it (the unit first).
NEEDS_VISIT = QT_TRANSLATE_NOOP(
    "messages", "{plate} is a visitor's vehicle: enter the unit it visits and the purpose."
)


class GateVehicleService:
    def __init__(
        self,
        store: Store,
        tariff: Callable[[], Tariff] = Tariff,
        overdue_hour: Callable[[], int] = lambda: DEFAULT_GATE.visitor_overdue_hour,
    ) -> None:
        self._store = store
        self._tariff = tariff  # read at every quote: another station may have changed it
        self._overdue_hour = overdue_hour  # the visitors' hour; read at every refresh

    def visit_problems(self, actor: Actor, visit: VehicleVisit) -> list[UserError]:
        """Everything wrong with a visitor car's visit (the unit, the purpose), so the
        form shows both at once. Writes nothing."""
        actor.require(Module.GATE, Action.CREATE)
        with self._store.read() as session:
            return problems(
                lambda: visited_unit(session, visit.unit_code),
                lambda: clean_purpose(visit.purpose),
            )

    def vehicle_entry(
        self, actor: Actor, plate_text: str, visit: VehicleVisit | None = None
    ) -> VehicleEntryResult:
        """Log a vehicle coming in. A registered vehicle needs nothing more (`visit` is
        ignored); a visitor's vehicle states its `visit` and gets a numbered temporary
        permit. Without a visit: ValidationError(field="unit_code"), so the form can ask
        for it and enter again."""
        actor.require(Module.GATE, Action.CREATE)
        plate = validate_plate(plate_text)
        with self._store.write() as session:
            inside = _open_entry(session, plate)
            if inside is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{plate} is already inside (entered {time}). Record its exit first.",
                    ),
                    field="plate",
                    plate=plate,
                    time=inside.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            reg = _registration(session, plate)
            unit_id, unit_code, purpose, permit = reg.unit_id, reg.unit_code, "", ""
            if not reg.registered:
                if visit is None:
                    raise ValidationError(NEEDS_VISIT, field=FIELD_UNIT, plate=plate)
                purpose = clean_purpose(visit.purpose)
                unit = visited_unit(session, visit.unit_code)
                unit_id, unit_code = unit.id, unit.code
                permit = numbering_service.allocate(
                    session, NumberKind.VEHICLE_PERMIT, date.today()
                )
            event = new_event(
                actor,
                GateEventKind.VEHICLE_IN,
                plate=plate,
                vehicle_registered=reg.registered,
                permit_number=permit,
                resident_id=reg.resident_id,
                unit_id=unit_id,
                person_name=reg.owner_name,
                purpose=purpose,
            )
            records.create(session, actor, ENTITY, event, FIELDS)
            return VehicleEntryResult(
                event.id,
                plate,
                reg.registered,
                permit,
                reg.owner_name,
                unit_code,
                event.occurred_at,
                purpose,
            )

    def exit_quote(
        self,
        actor: Actor,
        plate_text: str,
        stated_entry_at: datetime | None = None,
        now: datetime | None = None,
    ) -> ExitQuote:
        """What the vehicle owes if it leaves now. Writes nothing.

        No entry on record and no stated time: NotFoundError(field="entered_at"), so the
        form can ask the driver when the vehicle came in and quote again.
        """
        actor.require(Module.GATE, Action.UPDATE)
        plate = validate_plate(plate_text)
        now = moment_in_window(now, "now") if now is not None else utcnow()
        with self._store.read() as session:
            entry = _open_entry(session, plate)
            reg = _registration(session, plate)
        if entry is not None:
            entered_at = entry.occurred_at
            permit = entry.permit_number
        elif stated_entry_at is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{plate} has no entry on record. Ask the driver when it came in "
                    "and enter that time.",
                ),
                field="entered_at",
                plate=plate,
            )
        else:
            entered_at = _checked_stated_entry(stated_entry_at, now)
            permit = ""
        fee = compute_fee(self._tariff(), entered_at, now, resident=reg.registered)
        return ExitQuote(
            plate,
            reg.registered,
            entry.id if entry is not None else None,
            entered_at,
            now,
            permit,
            fee,
        )

    def vehicle_exit(
        self,
        actor: Actor,
        quote: ExitQuote,
        exterior_check: str = "",
        permit_returned: bool = True,
    ) -> VehicleExitResult:
        """Record the exit the guard confirmed, with the fee of that quote."""
        actor.require(Module.GATE, Action.UPDATE)
        exterior = _clean_exterior(exterior_check)
        if utcnow() - quote.exited_at > QUOTE_VALID:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "messages", "This fee was quoted too long ago. Check the exit again."
                ),
                field="plate",
            )
        with self._store.write() as session:
            entry = None
            if quote.entry_event_id is not None:
                entry = session.get(GateEvent, quote.entry_event_id)
                if entry is None or entry.closed_at is not None or entry.voided_at is not None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("messages", "{plate} has already left."),
                        field="plate",
                        plate=quote.plate,
                    )
            elif _open_entry(session, quote.plate) is not None:
                # Someone logged its entry at another station since the quote.
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages", "{plate} now has an entry on record. Check the exit again."
                    ),
                    field="plate",
                    plate=quote.plate,
                )
            reg = _registration(session, quote.plate)
            fee = compute_fee(
                self._tariff(), quote.entered_at, quote.exited_at, resident=reg.registered
            )
            # A visitor's car leaves from the unit it visited, as a visitor does.
            visit = entry if entry is not None and not reg.registered else None
            event = new_event(
                actor,
                GateEventKind.VEHICLE_OUT,
                plate=quote.plate,
                vehicle_registered=reg.registered,
                permit_number=quote.permit_number,
                resident_id=reg.resident_id,
                unit_id=visit.unit_id if visit is not None else reg.unit_id,
                purpose=visit.purpose if visit is not None else "",
                person_name=reg.owner_name,
                entry_event_id=quote.entry_event_id,
                stated_entry_at=quote.entered_at if entry is None else None,
                fee_fen=fee.fen,
                exterior_check=exterior,
                permit_returned=permit_returned if quote.permit_number else None,
            )
            event.occurred_at = quote.exited_at  # the time the driver was charged for
            if entry is not None:
                records.update(
                    session, actor, ENTITY, entry, FIELDS, {"closed_at": quote.exited_at}
                )
            records.create(session, actor, ENTITY, event, FIELDS)
            final = ExitQuote(
                quote.plate,
                reg.registered,
                quote.entry_event_id,
                quote.entered_at,
                quote.exited_at,
                quote.permit_number,
                fee,
            )
            return VehicleExitResult(event.id, final, exterior, permit_returned)

    def inside_now(self, actor: Actor, now: datetime | None = None) -> list[VehicleInsideRow]:
        """Vehicles that came in and have not left, oldest first; visitors' cars past
        the set hour flagged."""
        actor.require(Module.GATE, Action.VIEW)
        now = moment_in_window(now, "now") if now is not None else utcnow()
        hour = self._overdue_hour()
        query = gate_events.entries_inside(GateEventKind.VEHICLE_IN)
        with self._store.read() as session:
            return [
                VehicleInsideRow(
                    e.id,
                    e.plate,
                    e.vehicle_registered,
                    e.permit_number,
                    e.person_name,
                    code or "",
                    e.occurred_at,
                    gate_events.minutes_between(e.occurred_at, now),
                    e.purpose,
                    not e.vehicle_registered and is_overdue(e.occurred_at, now, hour),
                )
                for e, code in session.execute(query).all()
            ]

    def exit_record(self, actor: Actor, event_id: uuid.UUID) -> VehicleExitResult:
        """A recorded exit again (to print its receipt later)."""
        actor.require(Module.GATE, Action.VIEW)
        with self._store.read() as session:
            missing = QT_TRANSLATE_NOOP("messages", "That exit is not on record.")
            event = gate_events.recorded(session, event_id, GateEventKind.VEHICLE_OUT, missing)
            entry = session.get(GateEvent, event.entry_event_id) if event.entry_event_id else None
        entered_at = entry.occurred_at if entry is not None else event.stated_entry_at
        if entered_at is None:  # not written by vehicle_exit; nothing to show
            raise NotFoundError(missing)
        charged = _charged_fee(
            event.fee_fen, entered_at, event.occurred_at, event.vehicle_registered
        )
        quote = ExitQuote(
            event.plate,
            event.vehicle_registered,
            event.entry_event_id,
            entered_at,
            event.occurred_at,
            event.permit_number,
            charged,
        )
        return VehicleExitResult(event.id, quote, event.exterior_check, bool(event.permit_returned))


def _checked_stated_entry(stated: datetime, now: datetime) -> datetime:
    future = QT_TRANSLATE_NOOP("messages", "The entry time cannot be in the future.")
    too_old = QT_TRANSLATE_NOOP(
        "messages", "The entry time is more than {days} days ago; check the date."
    )
    moment_in_window(stated, "entered_at")  # before any arithmetic can overflow
    stated = typed_time(stated, now, "entered_at", future)  # no slack: the gate's own clock
    return not_older_than(stated, now, _STATED_ENTRY_MAX_AGE, "entered_at", too_old)


def _charged_fee(
    fen: int, entered_at: datetime, exited_at: datetime, registered: bool
) -> ParkingFee:
    """The fee as recorded (the tariff may have changed since), described for a receipt."""
    minutes = gate_events.minutes_between(entered_at, exited_at)
    reason = None
    if fen == 0:
        reason = FREE_RESIDENT if registered else FREE_ZERO_LENGTH if minutes == 0 else FREE_MINUTES
    return ParkingFee(fen, minutes, 0, minutes // MINUTES_PER_DAY, False, reason)
