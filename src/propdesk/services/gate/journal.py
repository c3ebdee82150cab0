"""The gate journal: every gate event, newest first, a page at a time, filtered by date
and kind and searched by card, pass/permit/slip/notice number, plate, unit, name or
pinyin initials. Guards are named as people (services/core/people.py), and a voided
row says who voided it, from its audit row.

Pages are fetched by keyset (the last row's occurred_at and id), so the thousandth page
costs what the first does on millions of rows.

Searching two million rows fast takes care because the right index depends on how many
rows match. The typed text is read in every way it can be meant (a `_Reading` each);
a reading has an *indexed* form (equality, a range `col >= x AND col < x + MAX_CHAR`
instead of LIKE, or an IN list, so the index applies) and a *scan* form (LIKE, EXISTS)
that no index can drive. How many rows the indexed form matches is counted on its index
alone, up to RARE (a fraction of a millisecond):
* rare: its rows are gathered through that index alone (a MATERIALIZED CTE with no other
  condition, so the planner cannot prefer the time index), then filtered and ordered;
* common: the scan form filters a newest-first walk of the time index (per kind), which
  meets a page of matches after a few thousand rows.
SQLite has no statistics here and would otherwise walk the whole time index for a rare
name, or sort a hundred thousand rows for a common one. Each query is plain SQL with
one obvious index, so PostgreSQL runs the same statements.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
    union,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ReadOnlyColumnCollection

from propdesk.domain.numbering import NumberKind
from propdesk.domain.plates import PROVINCES, normalise_plate, validate_plate
from propdesk.domain.roles import Action, Module
from propdesk.errors import ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.date_window import EARLIEST, LATEST, date_in_window
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_names
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import AT_MOST
from propdesk.services.core.typed_keys import lookup_key
from propdesk.services.gate.events import ENTITY, GateEventKind
from propdesk.store.models import AuditEntry, GateEvent, Unit

MAX_PAGE = 500
EXPORT_BATCH = 2000
# A reading matching more rows than this is "common" (see the module docstring). Reading
# RARE rows through an index costs about as much as walking the time index until a page
# of matches at that density: ~25 ms each on two million rows.
RARE = 5000
TEXT_MAX = 40  # the filter bar's search box: a name, a plate, a unit or a number
UNIT_CODES_MAX = 500  # a unit prefix such as "3-" may stand for this many units at most
MAX_CHAR = "\U0010ffff"  # sorts after every character: x <= value < x + MAX_CHAR is "starts with x"

NUMBER_SLACK = timedelta(days=31)  # a pass or slip is used up to this long after its month
_Columns = ReadOnlyColumnCollection[str, ColumnElement[Any]]  # a table's or a CTE's

# A station's letters may follow the dash (FK202612-B0001: domain.numbering).
_KINDS = "|".join(k.value for k in NumberKind)
_DOCUMENT = re.compile(rf"^(?:{_KINDS})[0-9]*(?:-[A-Z]{{0,2}}[0-9]*)?$")
_CARD = re.compile(r"^[0-9A-Z]{4,32}$")
_UNIT = re.compile(r"^[0-9A-Z]+(?:-[0-9A-Z]*)+$")
_PLATE_FRAGMENT = re.compile(rf"^[{PROVINCES}]?[0-9A-Z]+[挂学警港澳]?$")
_LETTERS = re.compile(r"^[a-z]+$")


@dataclass(frozen=True)
class JournalFilter:
    date_from: date | None = None  # local dates; both inclusive
    date_to: date | None = None
    kinds: frozenset[GateEventKind] | None = None  # None (or every kind): all
    text: str = ""  # name, initials, plate, unit, pass/permit number or card
    include_voided: bool = False  # the journal view and its export show them, marked


@dataclass(frozen=True)
class JournalRow:
    id: uuid.UUID
    kind: GateEventKind
    occurred_at: datetime
    station: str
    username: str  # the guard's login (for an administrator)
    guard_name: str  # the guard's name, as people are shown (services/core/people.py)
    card_number: str
    person_name: str
    unit_code: str
    plate: str
    pass_number: str  # visitor pass, release slip or notice number
    permit_number: str  # visitor vehicle's parking permit
    purpose: str
    description: str  # items
    authorisation: str  # owner / management (items)
    authorised_by: str
    place: str  # parking notices
    warning_posted: bool | None
    fee_fen: int
    vehicle_registered: bool
    exterior_check: str
    permit_returned: bool | None
    stated_entry_at: datetime | None  # an exit with no entry on record: the stated time
    host_confirmation: str
    confirmed_by: str
    note: str
    closed_at: datetime | None
    purged: bool  # retention blanked the visitor's personal data
    # A wrong entry voided (services/gate/voiding.py): when, by whom (name and login,
    # from the audit row) and why; counted nowhere, still shown and exported, marked.
    voided_at: datetime | None
    voided_by: str
    voided_by_login: str
    void_reason: str

    @property
    def key(self) -> Key:
        return (self.occurred_at, self.id)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


JournalPage = Page[JournalRow]  # keyed by (occurred_at, id)


@dataclass(frozen=True)
class _Reading:
    """One way the search text may be meant."""

    indexed: ColumnElement[bool]  # a condition an index answers
    scan: ColumnElement[bool]  # the same rows, as a filter no index can drive
    # When all matches lie in a known period (a document number's month), so a walk of
    # the time index can start there instead of at today.
    since: datetime | None = None
    until: datetime | None = None


def _starts(column: SQLColumnExpression[str], prefix: str) -> _Reading:
    return _Reading(
        and_(column >= prefix, column < prefix + MAX_CHAR),
        column.startswith(prefix, autoescape=True),
    )


def _equals(column: SQLColumnExpression[str], value: str) -> _Reading:
    return _Reading(column == value, column.like(_escape(value), escape="/"))


def _escape(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _either(first: _Reading, second: _Reading) -> _Reading:
    return _Reading(or_(first.indexed, second.indexed), or_(first.scan, second.scan))


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _document_readings(code: str) -> list[_Reading]:
    """FK202611-0001 (exact) or FK2026 (prefix): visitor passes, release slips and
    notices are pass numbers, vehicle permits are permit numbers."""
    if not _DOCUMENT.match(code):
        return []
    read = _equals if re.match(r"^[A-Z]{2}\d{6}-(?:[A-Z]{1,2})?\d{4,}$", code) else _starts
    found = _either(read(GateEvent.pass_number, code), read(GateEvent.permit_number, code))
    since, until = _issued_between(code[2:].split("-", maxsplit=1)[0])
    return [replace(found, since=since, until=until)]


def _issued_between(digits: str) -> tuple[datetime | None, datetime | None]:
    """The months a number starting 2026 or 202611 was handed out in (local time), with
    NUMBER_SLACK after them for the exits and slips that use it later."""
    # A year no number was handed out in (FK0001…) gives no period: searched throughout.
    if len(digits) < 4 or not EARLIEST.year <= int(digits[:4]) <= LATEST.year:
        return None, None
    year, month = int(digits[:4]), digits[4:6]
    if month == "":
        first, after = (year, 1), (year + 1, 1)
    elif month in ("0", "1"):
        first, after = ((year, 1), (year, 10)) if month == "0" else ((year, 10), (year + 1, 1))
    elif 1 <= int(month) <= 12:
        first = (year, int(month))
        after = (year + int(month) // 12, int(month) % 12 + 1)
    else:
        return None, None
    return _start_of(date(*first, 1)), _start_of(date(*after, 1)) + NUMBER_SLACK


def _plate_readings(text: str) -> list[_Reading]:
    """A whole plate (exact), a plate's start (粤B12), its end ("12345", through the
    reversed plate), or what follows the province ("B123", one range per province)."""
    plate = normalise_plate(text)
    try:
        return [_equals(GateEvent.plate, validate_plate(plate))]
    except ValidationError:
        pass
    if len(plate) < 2 or not _PLATE_FRAGMENT.match(plate):
        return []
    if plate[0] in PROVINCES:
        return [_starts(GateEvent.plate, plate)]
    if not any(ch.isdigit() for ch in plate):
        return []  # letters alone are pinyin initials
    readings = [_starts(GateEvent.plate_reversed, plate[::-1])]
    if plate[0].isalpha():
        after_province = [_starts(GateEvent.plate, p + plate).indexed for p in PROVINCES]
        readings.append(
            _Reading(
                or_(*after_province),
                func.substr(GateEvent.plate, 2).startswith(plate, autoescape=True),
            )
        )
    return readings


def _unit_readings(session: Session, code: str) -> list[_Reading]:
    """3-2-1502 (that unit) or 3-2-15 (the units whose code starts so)."""
    if not _UNIT.match(code):
        return []
    exact = session.scalar(select(Unit.id).where(Unit.code == code))
    if exact is not None:
        ids = [exact]
        in_unit = Unit.code == code
    else:
        ids = list(
            session.scalars(
                select(Unit.id)
                .where(Unit.code.startswith(code, autoescape=True))
                .order_by(Unit.code)
                .limit(UNIT_CODES_MAX)
            )
        )
        in_unit = Unit.code.startswith(code, autoescape=True)
    if not ids:
        return []
    scan = exists(select(Unit.id).where(Unit.id == GateEvent.unit_id, in_unit))
    return [_Reading(GateEvent.unit_id.in_(ids), scan)]


def _readings(session: Session, typed: str) -> list[_Reading]:
    """Every way the text can be meant; none when it cannot be meant at all."""
    text = " ".join(unicodedata.normalize("NFKC", typed).split())
    if not text:
        return []
    code = "".join(text.split()).upper()
    unit_like = bool(_UNIT.match(code)) and code.replace("-", "").isdigit()
    readings = _document_readings(code) + _unit_readings(session, code)
    if not unit_like:  # 3-2-1502 is not a plate typed with dashes
        readings += _plate_readings(text)
    card = re.sub(r"[\s\-]", "", text).upper()  # as registers.cards.normalise_card_number
    if _CARD.match(card):
        readings.append(_equals(GateEvent.card_number, card))
    if _has_cjk(text):
        readings.append(_starts(GateEvent.person_name, text))
    elif _LETTERS.match(code.lower()):
        readings.append(_starts(GateEvent.person_name_initials, code.lower()))
    return readings


def checked_filter(flt: JournalFilter) -> JournalFilter:
    """`flt`, or ValidationError naming the filter bar's box that holds what cannot be
    searched for: a date outside the years kept, text no encoding can send, or text
    longer than any name, plate or number."""
    for day, field in ((flt.date_from, "date_from"), (flt.date_to, "date_to")):
        if day is not None:
            date_in_window(day, field)
    if len(lookup_key(flt.text, "text")) > TEXT_MAX:
        raise ValidationError(AT_MOST, field="text", limit=TEXT_MAX)
    return flt


def _start_of(day: date) -> datetime:
    """Local midnight of `day`, as an aware datetime (the office's clock)."""
    return datetime.combine(day, time()).astimezone()


def _bounds(flt: JournalFilter) -> tuple[datetime | None, datetime | None]:
    """[from, to) in aware datetimes: local midnight of date_from to that after date_to."""
    start = _start_of(flt.date_from) if flt.date_from else None
    end = _start_of(flt.date_to + timedelta(days=1)) if flt.date_to else None
    return start, end


def _kinds(flt: JournalFilter) -> list[str] | None:
    """The kinds asked for, or None for all of them."""
    if flt.kinds is None or set(flt.kinds) >= set(GateEventKind):
        return None
    return sorted(k.value for k in flt.kinds)


class _Query:
    """One filter, read page by page: finds the keys, then the rows."""

    def __init__(self, session: Session, flt: JournalFilter) -> None:
        self.session = session
        self.flt = flt
        self.start, self.end = _bounds(flt)
        self.kinds = _kinds(flt)
        text = flt.text.strip()
        self.readings = _readings(session, text) if text else None
        self._rare: dict[int, bool] = {}

    def _filters(self, source: _Columns, before: Key | None) -> list[ColumnElement[bool]]:
        """Kinds, dates, voided and the keyset, on the table or on a reading's matches."""
        conditions: list[ColumnElement[bool]] = []
        if not self.flt.include_voided:
            conditions.append(source.voided_at.is_(None))
        if self.start is not None:
            conditions.append(source.occurred_at >= self.start)
        if self.end is not None:
            conditions.append(source.occurred_at < self.end)
        if before is not None:
            at, event_id = before
            conditions.append(
                tuple_(source.occurred_at, source.id)
                < tuple_(
                    literal(at, GateEvent.occurred_at.type), literal(event_id, GateEvent.id.type)
                )
            )
        return conditions

    # -- rare readings: through their own index ---------------------------------------
    def _is_rare(self, index: int) -> bool:
        """At most RARE rows match the reading: counted on its index alone (< 1 ms)."""
        if index not in self._rare:
            assert self.readings is not None
            sample = (
                select(GateEvent.id).where(self.readings[index].indexed).limit(RARE + 1).subquery()
            )
            found = self.session.scalar(select(func.count()).select_from(sample)) or 0
            self._rare[index] = found <= RARE
        return self._rare[index]

    def _matches(self, index: int, before: Key | None) -> Select[tuple[datetime, uuid.UUID]]:
        """The reading's rows, gathered through its index first (a MATERIALIZED CTE, so
        no planner can drive the query from the time index instead) and then filtered."""
        assert self.readings is not None
        matches = (
            select(GateEvent.id, GateEvent.occurred_at, GateEvent.kind, GateEvent.voided_at)
            .where(self.readings[index].indexed)
            .cte(f"matches_{index}")
            .prefix_with("MATERIALIZED")
        )
        conditions = self._filters(matches.c, before)
        if self.kinds is not None:
            conditions.append(matches.c.kind.in_(self.kinds))
        return select(matches.c.occurred_at, matches.c.id).where(*conditions)

    def _rare_keys(self, index: int, before: Key | None, n: int) -> set[Key]:
        query = self._matches(index, before)
        newest_first = [column.desc() for column in query.selected_columns]  # occurred_at, id
        found = self.session.execute(query.order_by(*newest_first).limit(n))
        return {(at, event_id) for at, event_id in found}

    # -- common readings and no search: newest first along the time index -----------------
    def _walk(self, reading: _Reading | None, before: Key | None, n: int) -> set[Key]:
        """Per kind when kinds are chosen: one kind follows its (kind, occurred_at) index,
        several at once would have to be sorted."""
        conditions = self._filters(GateEvent.__table__.c, before)
        if reading is not None:
            conditions.append(reading.scan)
            if reading.since is not None:
                conditions.append(GateEvent.occurred_at >= reading.since)
            if reading.until is not None:
                conditions.append(GateEvent.occurred_at < reading.until)
        found: set[Key] = set()
        for kind in self.kinds if self.kinds is not None else [None]:
            where = conditions if kind is None else [*conditions, GateEvent.kind == kind]
            query = (
                select(GateEvent.occurred_at, GateEvent.id)
                .where(*where)
                .order_by(GateEvent.occurred_at.desc(), GateEvent.id.desc())
                .limit(n)
            )
            found.update((at, event_id) for at, event_id in self.session.execute(query))
        return found

    def keys(self, before: Key | None, n: int) -> list[Key]:
        """Up to n keys of matching events older than `before`, newest first."""
        if self.readings is None:
            found = self._walk(None, before, n)
        else:
            found = set()
            for index, reading in enumerate(self.readings):
                if self._is_rare(index):
                    found |= self._rare_keys(index, before, n)
                else:
                    found |= self._walk(reading, before, n)
        return sorted(found, reverse=True)[:n]

    def count(self) -> int | None:
        """Exact when every reading of a search is rare; None when that would cost."""
        if self.readings is None:
            return None
        if not all(self._is_rare(i) for i in range(len(self.readings))):
            return None
        if not self.readings:
            return 0
        every = union(*(self._matches(i, None) for i in range(len(self.readings))))
        return self.session.scalar(select(func.count()).select_from(every.subquery())) or 0

    # -- the rows -------------------------------------------------------------------------
    def rows(self, keys: list[Key]) -> list[JournalRow]:
        """The events of `keys`, in that order."""
        if not keys:
            return []
        found = self.session.execute(
            select(*_ROW_COLUMNS)
            .outerjoin(Unit, GateEvent.unit_id == Unit.id)
            .where(GateEvent.id.in_([event_id for _, event_id in keys]))
        ).all()
        by_id = {row.id: row._mapping for row in found}
        voiders = _voiders(self.session, [row.id for row in found if row.voided_at is not None])
        names = display_names(
            self.session, [row.username for row in found] + list(voiders.values())
        )
        return [
            JournalRow(
                **{
                    **by_id[event_id],
                    "kind": GateEventKind(by_id[event_id]["kind"]),
                    "unit_code": by_id[event_id]["unit_code"] or "",
                    "guard_name": names.get(by_id[event_id]["username"], ""),
                    "voided_by": names.get(voiders.get(event_id, ""), ""),
                    "voided_by_login": voiders.get(event_id, ""),
                }
            )
            for _, event_id in keys
        ]


def _voiders(session: Session, event_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """event id → the login that voided it, from the void's audit row (which names the
    user also for a headless command); a page shows few voided rows, on their index."""
    if not event_ids:
        return {}
    by_text = {str(event_id): event_id for event_id in event_ids}
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.username).where(
            AuditEntry.entity == ENTITY,
            AuditEntry.entity_id.in_(list(by_text)),
            AuditEntry.action == AuditAction.VOID.value,
        )
    )
    return {by_text[entity_id]: username for entity_id, username in rows}


# A JournalRow's fields, each from its column (labelled with the field's name), but
# those no column of gate_event holds: joined, computed, or people's names looked up.
_NOT_COLUMNS = ("unit_code", "purged", "guard_name", "voided_by", "voided_by_login")
_ROW_COLUMNS = [
    *(
        getattr(GateEvent, name).label(name)
        for name in JournalRow.__dataclass_fields__
        if name not in _NOT_COLUMNS
    ),
    Unit.code.label("unit_code"),
    GateEvent.purged_at.is_not(None).label("purged"),
]


class GateJournalService(StoreService):
    def page(
        self,
        actor: Actor,
        filter: JournalFilter | None = None,  # named as callers know it; None: everything
        before: Key | None = None,
        limit: int = 100,
    ) -> JournalPage:
        """Newest first; `before` is the (occurred_at, id) of the last row already shown."""
        actor.require(Module.GATE, Action.VIEW)
        limit = min(limit, MAX_PAGE)
        with self._store.read() as session:
            return self._page(
                _Query(session, checked_filter(filter or JournalFilter())), before, limit
            )

    @staticmethod
    def _page(query: _Query, before: Key | None, limit: int) -> JournalPage:
        limit = max(1, limit)
        keys = query.keys(before, limit + 1)
        rows = query.rows(keys[:limit])
        more = len(keys) > limit
        return JournalPage(rows, rows[-1].key if more else None)

    def count(
        self,
        actor: Actor,
        filter: JournalFilter | None = None,
    ) -> int | None:
        """How many events match, when that is cheap to know (a search that matches few
        events, up to a few thousand per reading); None otherwise."""
        actor.require(Module.GATE, Action.VIEW)
        with self._store.read() as session:
            return _Query(session, checked_filter(filter or JournalFilter())).count()

    def iter_rows(
        self,
        actor: Actor,
        filter: JournalFilter | None = None,
        batch: int = EXPORT_BATCH,
    ) -> Iterator[JournalRow]:
        """Every matching event, newest first, read in keyset batches (for Excel export of
        millions of rows in flat memory). Each batch is its own short read."""
        actor.require(Module.GATE, Action.VIEW)  # now, not at the first row
        return self._iter_rows(checked_filter(filter or JournalFilter()), batch)

    def _iter_rows(self, flt: JournalFilter, batch: int) -> Iterator[JournalRow]:
        before: Key | None = None
        query: _Query | None = None
        while True:
            with self._store.read() as session:
                if query is None:
                    query = _Query(session, flt)
                query.session = session  # its readings (and which are rare) stay valid
                page = self._page(query, before, batch)
            yield from page.rows
            if page.next_before is None:
                return
            before = page.next_before
