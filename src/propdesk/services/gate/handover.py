"""Shift handover (交接班): the outgoing guard hands the gate to the next one.

The shift runs from this station's previous handover (or, for the first one, from
its first event of the last day) to now. Its counts are computed from the journal inside the writing
transaction and stored with the handover, so a sheet printed next month shows what
both guards signed, even after retention has blanked visitors' names.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.reports.monthly.gate_counts import GateCounts
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import filled_text, storable_text
from propdesk.services.gate.counts import count_by_kind
from propdesk.store.base import utcnow
from propdesk.store.models import GateEvent, ShiftHandover

ENTITY = "shift_handover"
FIELDS = (
    "number",
    "station",
    "from_username",
    "from_name",
    "to_name",
    "shift_start",
    "shift_end",
    "open_matters",
    "resident_entries",
    "refused_cards",
    "visitors_in",
    "visitors_out",
    "vehicles_in",
    "vehicles_out",
    "fees_fen",
    "items_in",
    "items_out",
    "notices",
)
FIRST_SHIFT = timedelta(hours=12)
NAME_MAX = 40
MATTERS_MAX = 1000
# The handover's count columns, named as the GateCounts fields.
_COUNT_COLUMNS = tuple(f.name for f in fields(GateCounts))


@dataclass(frozen=True)
class Handover:
    id: uuid.UUID
    number: str
    station: str
    from_name: str  # the outgoing guard's name, as signed
    from_login: str  # and login (for an administrator)
    to_name: str
    shift_start: datetime
    shift_end: datetime
    open_matters: str
    counts: GateCounts


def _counts(session: Session, station: str, start: datetime, end: datetime) -> GateCounts:
    return count_by_kind(session, start, end, GateEvent.station == station).get((), GateCounts())


def _shift_start(session: Session, station: str, now: datetime) -> datetime:
    last = session.scalar(
        select(func.max(ShiftHandover.shift_end)).where(ShiftHandover.station == station)
    )
    if last is not None:
        return last
    # The very first handover: the shift began with this station's first event of the
    # last day (or 12 hours ago on a quiet gate), so the counts cover what was logged.
    first = session.scalar(
        select(func.min(GateEvent.occurred_at)).where(
            GateEvent.station == station, GateEvent.occurred_at >= now - 2 * FIRST_SHIFT
        )
    )
    return first if first is not None else now - FIRST_SHIFT


def _handover(row: ShiftHandover) -> Handover:
    counts = GateCounts(**{field: getattr(row, field) for field in _COUNT_COLUMNS})
    return Handover(
        row.id,
        row.number,
        row.station,
        row.from_name,
        row.from_username,
        row.to_name,
        row.shift_start,
        row.shift_end,
        row.open_matters,
        counts,
    )


class GateHandoverService(StoreService):
    def current_shift(
        self, actor: Actor, now: datetime | None = None
    ) -> tuple[datetime, GateCounts]:
        """This station's shift so far: (start, counts), for the form before it is signed."""
        actor.require(Module.GATE, Action.VIEW)
        now = moment_in_window(now, "now") if now is not None else utcnow()
        with self._store.read() as session:
            start = _shift_start(session, actor.station, now)
            return start, _counts(session, actor.station, start, now)

    def hand_over(self, actor: Actor, *, to_name: str, open_matters: str) -> Handover:
        actor.require(Module.GATE, Action.CREATE)
        no_successor = QT_TRANSLATE_NOOP(
            "messages",
            "Enter who takes over the shift (at most {limit} characters).",
        )
        to = filled_text(to_name, "to_name", NAME_MAX, no_successor, limit=NAME_MAX)
        # Keep the guard's line breaks: open matters are usually a short list.
        matters = "\n".join(
            line.strip()
            for line in storable_text(open_matters, "open_matters").strip().splitlines()
        )
        if len(matters) > MATTERS_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Open matters can have at most {limit} characters."),
                field="open_matters",
                limit=MATTERS_MAX,
            )
        with self._store.write() as session:
            now = utcnow()
            start = _shift_start(session, actor.station, now)
            counts = _counts(session, actor.station, start, now)
            row = ShiftHandover(
                number=numbering_service.allocate(session, NumberKind.HANDOVER, date.today()),
                station=actor.station,
                from_username=actor.username,
                from_name=actor.display_name or actor.username,
                to_name=to,
                shift_start=start,
                shift_end=now,
                open_matters=matters,
                **{field: getattr(counts, field) for field in _COUNT_COLUMNS},
            )
            records.create(session, actor, ENTITY, row, FIELDS)
            return _handover(row)

    def recent(self, actor: Actor, limit: int = 50) -> list[Handover]:
        """The latest handovers of every station, newest first."""
        actor.require(Module.GATE, Action.VIEW)
        with self._store.read() as session:
            rows = session.scalars(
                select(ShiftHandover).order_by(ShiftHandover.shift_end.desc()).limit(limit)
            ).all()
            return [_handover(row) for row in rows]

    def handover(self, actor: Actor, handover_id: uuid.UUID) -> Handover:
        actor.require(Module.GATE, Action.VIEW)
        with self._store.read() as session:
            row = session.get(ShiftHandover, handover_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That handover is not on record.")
                )
            return _handover(row)
