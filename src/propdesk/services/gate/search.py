"""Quick search over the gate: a visitor pass (FK…), a vehicle permit (CL…) or a
release slip (FX…) by its number or its start, and whoever is inside now — visitors by
name or pinyin initials, vehicles by any part of the plate ("234" finds 粤B12345).

The gate journal holds two million rows. Numbers are read as ranges on their own
indexes (`col >= x AND col < x + MAX_CHAR`, which SQLite drives by the index where a
LIKE with an escape would scan). A name or plate fragment from the middle has no index
at all, so it is looked for among the entries still inside only: the visits and
vehicles of the (kind, occurred_at) index not closed yet, a few dozen at a time —
what a guard means by "the car with 234 in it". Registered vehicles are found the
same way by the master data's own kind (the vehicle register).

Enter opens a hit in the gate tab: `GateSearchService.place` says where the record is
shown now (inside now, the open release slips, else the journal searched by its
number), as it may have moved on since the search.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError
from propdesk.services.core.actor import Actor
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.core.store_service import StoreService
from propdesk.services.gate.events import GateEventKind, literal_kind
from propdesk.store.models import GateEvent, ReleaseAuthorisation, Unit

KIND_VISITOR_PASS = "visitor_pass"
KIND_VEHICLE_PERMIT = "vehicle_permit"
KIND_RELEASE_SLIP = "release_slip"
KIND_INSIDE = "gate_inside"
# What a gate hit opens (TabParts.record_kinds of the gate tab): a journal row, a slip.
OPEN_EVENT = "gate_event"
OPEN_SLIP = "release_slip"
# Tags the quick-search dialog translates.
TAG_INSIDE = "inside"
TAG_USED = "used"
TAG_EXPIRED = "expired"

NUMBER_PREFIX_MIN = 4  # "FK20": fewer would list every pass
MAX_CHAR = "\U0010ffff"  # x <= value < x + MAX_CHAR is "starts with x", through an index
_ENTERED = (GateEventKind.VISITOR_IN.value, GateEventKind.VEHICLE_IN.value)
_SEP = " · "


def _join(*parts: str) -> str:
    return _SEP.join(p for p in parts if p)


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _starts(column: SQLColumnExpression[str], prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix + MAX_CHAR)


def _number_prefix(query: SearchQuery, kind: NumberKind) -> str:
    """FK2026, FK202612-0003: the typed start of a number of `kind`; else ""."""
    code = query.code
    return code if code.startswith(kind.value) and len(code) >= NUMBER_PREFIX_MIN else ""


def _is_a_number(query: SearchQuery) -> bool:
    """A number of any kind (FK2026, WX2026 …) or a unit code (3-2-15, typed with its
    dashes): not a name or a plate fragment."""
    unit_code = "-" in query.code and query.code.replace("-", "").isdigit()
    return unit_code or any(_number_prefix(query, kind) for kind in NumberKind)


# -- visitor passes and vehicle permits: gate events by their number -------------------
def _event_where(
    column: SQLColumnExpression[str], kind: GateEventKind, prefix: str
) -> list[ColumnElement[bool]]:
    """The entries (not the exits, which carry the same number) whose number starts so.

    The kind is compared as `kind || ''`, which no index answers: SQLite has no
    statistics here and would otherwise walk the (kind, occurred_at) index through a
    few hundred thousand entries (100 ms) instead of the number's range (1 ms).
    """
    return [
        _starts(column, prefix),
        (GateEvent.kind + "") == kind.value,
        GateEvent.voided_at.is_(None),
    ]


def _event_hits(
    session: Session,
    found: str,
    column: InstrumentedAttribute[str],
    conditions: list[ColumnElement[bool]],
    limit: int,
) -> list[SearchHit]:
    """Newest number first, with who (the visitor, or the plate), the unit and when."""
    rows = session.execute(
        select(
            GateEvent.id,
            column.label("number"),
            GateEvent.person_name,
            GateEvent.plate,
            GateEvent.occurred_at,
            GateEvent.closed_at,
            Unit.code,
        )
        .outerjoin(Unit, GateEvent.unit_id == Unit.id)
        .where(*conditions)
        .order_by(column.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            found,
            row.id,
            row.number,
            _join(row.plate, row.person_name, row.code or "", _local(row.occurred_at)),
            OPEN_EVENT,
            row.id,
            (TAG_INSIDE,) if row.closed_at is None else (),
        )
        for row in rows
    ]


def search_visitor_passes(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """A visitor pass by its number or its start: FK202612-0003, FK2026."""
    prefix = _number_prefix(query, NumberKind.VISITOR_PASS)
    if not prefix:
        return []
    where = _event_where(GateEvent.pass_number, GateEventKind.VISITOR_IN, prefix)
    return _event_hits(session, KIND_VISITOR_PASS, GateEvent.pass_number, where, limit)


def count_visitor_passes(session: Session, query: SearchQuery, cap: int) -> int:
    prefix = _number_prefix(query, NumberKind.VISITOR_PASS)
    if not prefix:
        return 0
    where = _event_where(GateEvent.pass_number, GateEventKind.VISITOR_IN, prefix)
    return count_capped(session, select(GateEvent.id).where(*where), cap)


def search_vehicle_permits(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """A visitor vehicle's parking permit by its number or its start: CL2026…"""
    prefix = _number_prefix(query, NumberKind.VEHICLE_PERMIT)
    if not prefix:
        return []
    where = _event_where(GateEvent.permit_number, GateEventKind.VEHICLE_IN, prefix)
    return _event_hits(session, KIND_VEHICLE_PERMIT, GateEvent.permit_number, where, limit)


def count_vehicle_permits(session: Session, query: SearchQuery, cap: int) -> int:
    prefix = _number_prefix(query, NumberKind.VEHICLE_PERMIT)
    if not prefix:
        return 0
    where = _event_where(GateEvent.permit_number, GateEventKind.VEHICLE_IN, prefix)
    return count_capped(session, select(GateEvent.id).where(*where), cap)


# -- release slips ------------------------------------------------------------------------
def _slip_where(prefix: str) -> list[ColumnElement[bool]]:
    return [_starts(ReleaseAuthorisation.number, prefix), ReleaseAuthorisation.voided_at.is_(None)]


def search_release_slips(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """A release slip by its number or its start (FX2026…), tagged used or expired."""
    prefix = _number_prefix(query, NumberKind.RELEASE_SLIP)
    if not prefix:
        return []
    slip = ReleaseAuthorisation
    rows = session.execute(
        select(
            slip.id, slip.number, slip.description, slip.valid_until, slip.used_event_id, Unit.code
        )
        .join(Unit, slip.unit_id == Unit.id)
        .where(*_slip_where(prefix))
        .order_by(slip.number.desc())
        .limit(limit)
    ).all()
    today = date.today()
    hits = []
    for row in rows:
        tags: tuple[str, ...] = ()
        if row.used_event_id is not None:
            tags = (TAG_USED,)
        elif row.valid_until < today:
            tags = (TAG_EXPIRED,)
        subtitle = _join(row.code, row.description, row.valid_until.isoformat())
        hits.append(
            SearchHit(KIND_RELEASE_SLIP, row.id, row.number, subtitle, OPEN_SLIP, row.id, tags)
        )
    return hits


def count_release_slips(session: Session, query: SearchQuery, cap: int) -> int:
    prefix = _number_prefix(query, NumberKind.RELEASE_SLIP)
    if not prefix:
        return 0
    matches = select(ReleaseAuthorisation.id).where(*_slip_where(prefix))
    return count_capped(session, matches, cap)


# -- inside now -----------------------------------------------------------------------------
def _inside_conditions(query: SearchQuery) -> list[ColumnElement[bool]]:
    """A visitor's (or driver's) name or its pinyin initials, any part of a plate."""
    if _is_a_number(query):
        return []
    conditions: list[ColumnElement[bool]] = []
    if query.name_fragment:
        conditions.append(GateEvent.person_name.contains(query.name_fragment, autoescape=True))
    if query.letters:
        conditions.append(GateEvent.person_name_initials.startswith(query.letters, autoescape=True))
    if query.plate:
        conditions.append(GateEvent.plate.contains(query.plate, autoescape=True))
    return conditions


def _inside_where(conditions: list[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    """Entries no exit has closed: read along the (kind, occurred_at) index, a few
    hundred thousand index entries at most, never the whole journal."""
    return [
        GateEvent.kind.in_([literal_kind(kind) for kind in _ENTERED]),
        GateEvent.closed_at.is_(None),
        GateEvent.voided_at.is_(None),
        or_(*conditions),
    ]


def search_inside_now(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """Visitors and vehicles inside now: the plate, or the name, is the title."""
    conditions = _inside_conditions(query)
    if not conditions:
        return []
    rows = session.execute(
        select(
            GateEvent.id,
            GateEvent.plate,
            GateEvent.person_name,
            GateEvent.pass_number,
            GateEvent.permit_number,
            GateEvent.occurred_at,
            Unit.code,
        )
        .outerjoin(Unit, GateEvent.unit_id == Unit.id)
        .where(*_inside_where(conditions))
        .order_by(GateEvent.occurred_at.desc(), GateEvent.id.desc())
        .limit(limit)
    ).all()
    hits = []
    for row in rows:
        title = row.plate or row.person_name
        who = row.person_name if row.plate else ""
        number = row.pass_number or row.permit_number
        subtitle = _join(who, row.code or "", number, _local(row.occurred_at))
        hits.append(
            SearchHit(KIND_INSIDE, row.id, title, subtitle, OPEN_EVENT, row.id, (TAG_INSIDE,))
        )
    return hits


def count_inside_now(session: Session, query: SearchQuery, cap: int) -> int:
    conditions = _inside_conditions(query)
    if not conditions:
        return 0
    return count_capped(session, select(GateEvent.id).where(*_inside_where(conditions)), cap)


# -- where a hit is shown ---------------------------------------------------------------
@dataclass(frozen=True)
class GateRecordPlace:
    """Where the gate tab shows a record quick search found, as things stand now."""

    inside: bool  # a visitor or a vehicle still inside: "inside now" lists it
    open_slip: bool  # a release slip not used yet and still valid: the open slips list
    journal_text: str  # else the journal, searched by this (a number, or the plate)
    event_id: uuid.UUID | None  # the journal row (or list row) to select


class GateSearchService(StoreService):
    def place(
        self, actor: Actor, record_id: uuid.UUID, today: date | None = None
    ) -> GateRecordPlace:
        """Where the gate event or release slip `record_id` is shown now."""
        actor.require(Module.GATE, Action.VIEW)
        with self._store.read() as session:
            event = session.get(GateEvent, record_id)
            if event is not None:
                return _event_place(event)
            slip = session.get(ReleaseAuthorisation, record_id)
            if slip is not None:
                return _slip_place(slip, today or date.today())
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "No such gate record."))


def _event_place(event: GateEvent) -> GateRecordPlace:
    inside = event.kind in _ENTERED and event.closed_at is None and event.voided_at is None
    text = event.pass_number or event.permit_number or event.plate or event.card_number
    return GateRecordPlace(inside, False, text, event.id)


def _slip_place(slip: ReleaseAuthorisation, today: date) -> GateRecordPlace:
    still_open = slip.used_event_id is None and slip.voided_at is None and slip.valid_until >= today
    # An open slip is selected in its list by its own id; a used one shows its item-out
    # row in the journal.
    row = slip.id if still_open else slip.used_event_id
    return GateRecordPlace(False, still_open, slip.number, row)
