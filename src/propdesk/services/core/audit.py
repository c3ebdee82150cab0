"""The audit trail: written in the same transaction as the change, verified as a chain.

One chain per writer (issue 22): a station that works on its own copy and syncs with the
server writes its rows offline, in its own order, so it cannot extend the shared chain;
its rows form a chain of their own, named by its letter (audit_entry.chain). Stations
writing on the database directly keep the "" chain. The local audit_head row is the
head of the chain this database's writer extends (the sync join resets it to genesis on
a new station copy).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.config import Paths
from propdesk.domain.audit_chain import (
    GENESIS,
    ChainRow,
    ChainVerdict,
    TrailVerdict,
    entry_hash,
    verify_chain,
)
from propdesk.domain.personal_data import mask_id
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit_anchors import (
    Anchor,
    AnchorBook,
    AnchorKind,
    ChainHead,
    read_anchors,
    remember_head,
)
from propdesk.services.core.audit_labels import EntryKeys, name_entries
from propdesk.services.core.people import display_names
from propdesk.services.core.store_service import StoreService
from propdesk.store.base import utcnow
from propdesk.store.models import AuditEntry, AuditHead
from propdesk.store.sync.identity import station_letter

log = logging.getLogger(__name__)


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    LOGIN = "login"
    RESTORE = "restore"


def jsonable(value: Any) -> Any:
    """Values as they are written into before/after (JSON)."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | StrEnum):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def snapshot(obj: object, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: jsonable(getattr(obj, name)) for name in fields}


# Personal data no audit row may hold in clear, by field name, and how it is written
# instead. Why here: rows are hash-chained and can never be blanked afterwards, so the
# one function that writes them masks whatever any caller passes (110***********1234:
# enough to see that the number changed and to which).
MASKED_FIELDS: Mapping[str, Callable[[str], str]] = {"id_number": mask_id}


def _masked(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {
        name: MASKED_FIELDS[name](value)
        if name in MASKED_FIELDS and isinstance(value, str) and value
        else value
        for name, value in values.items()
    }


def chain_content(entry: AuditEntry) -> dict[str, Any]:
    """What the hash covers: everything but the hashes themselves and the row id. The
    chain's name only when it has one: rows of the "" chain hash as they always did, so
    every trail written before there were stations' chains still verifies."""
    content: dict[str, Any] = {
        "seq": entry.seq,
        "at": jsonable(entry.at),
        "station": entry.station,
        "user_id": jsonable(entry.user_id),
        "username": entry.username,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "action": entry.action,
        "before": entry.before,
        "after": entry.after,
        "reason": entry.reason,
    }
    if entry.chain:
        content["chain"] = entry.chain
    return content


def record(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: object,
    action: AuditAction,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEntry:
    """Append one audit row inside the caller's transaction (never on its own), to the
    chain of this database's writer (a syncing station's letter, else "")."""
    head = session.get(AuditHead, 1, with_for_update=True)
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
    if before is not None and after is not None:
        # Keep only what changed, so the audit log reads as a list of changes.
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: v for k, v in before.items() if k in changed}
        after = {k: v for k, v in after.items() if k in changed}
    # Masked after the comparison: a new number with the same mask is still a change.
    before, after = _masked(before), _masked(after)
    entry = AuditEntry(
        chain=station_letter(session),
        seq=head.seq + 1,
        at=utcnow(),
        station=actor.station,
        user_id=actor.user_id,
        username=actor.username,
        entity=entity,
        entity_id=str(entity_id),
        action=action.value,
        before=before,
        after=after,
        reason=reason,
        prev_hash=head.hash,
        hash="",
    )
    entry.hash = entry_hash(head.hash, chain_content(entry))
    head.seq = entry.seq
    head.hash = entry.hash
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    station: str
    username: str  # the login, as the row keeps it
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    reason: str
    # Names, looked up when the page is read (services.core.audit_labels): the person
    # behind the login, the record's number or name ("" when it has none), and the
    # records and people its changes mention, by (field, value).
    person: str = ""
    record: str = ""
    names: Mapping[tuple[str, str], str] = field(default_factory=dict)
    chain: str = ""  # the syncing station that wrote it (its letter); "" the database

    def name_of(self, field_name: str, value: object) -> str | None:
        """The name of the record or person a field's value stands for, if known."""
        return self.names.get((field_name, value)) if isinstance(value, str) else None


@dataclass(frozen=True)
class AuditChoices:
    """The values the log holds, for the filter drop-downs: the people (login, name)
    by name, the kinds of record and the actions."""

    users: list[tuple[str, str]]
    entities: list[str]
    actions: list[str]


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    username: str | None = None
    entity: str | None = None
    action: str | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int


@dataclass(frozen=True)
class AnchorVerdict:
    """Whether this database's own chain (its writer's) still passes through its
    anchors (audit_anchors): `checked` anchors compared; `missed`, the first (lowest
    seq) it no longer reaches, and `found`, the hash the chain holds at that seq now
    (None: no such entry)."""

    checked: int
    missed: Anchor | None = None
    found: str | None = None

    @property
    def ok(self) -> bool:
        return self.missed is None


def chain_head(session: Session) -> ChainHead:
    """The last seq and hash of the chain this database's writer extends, in `session`'s
    snapshot (what a report or a paper prints as the figures it was read at); 0 and the
    genesis hash while it is empty."""
    chain = station_letter(session)
    head = session.get(AuditHead, 1)
    if head is None:
        return ChainHead(0, GENESIS, chain)
    return ChainHead(head.seq, head.hash, chain)


def chain_names(session: Session) -> list[str]:
    """The chains the trail holds, "" first, then by letter: one index seek each (the
    unique (chain, seq) index), not a walk through every row."""
    names: list[str] = []
    name = session.scalar(select(func.min(AuditEntry.chain)))
    while name is not None:
        names.append(name)
        name = session.scalar(select(func.min(AuditEntry.chain)).where(AuditEntry.chain > name))
    return names


class AuditService(StoreService):
    def verify(self, batch: int = 5000) -> TrailVerdict:
        """Walk every chain in its seq order; names, per chain, the first row that does
        not fit. The head (rows cut off the end) is checked for this database's own
        chain: the other chains' heads are on the stations that write them."""
        with self._store.read() as session:
            own = station_letter(session)
            head = session.get(AuditHead, 1)
            names = chain_names(session)
            if head is not None and head.seq > 0 and own not in names:
                names = sorted([*names, own])  # every row of our own chain was removed
            verdicts: list[ChainVerdict] = []
            for name in names:
                verdict = verify_chain(self._chain_rows(session, name, batch), name)
                if verdict.ok and name == own and head is not None and head.seq != verdict.checked:
                    # Rows removed from the end: the head remembers how many there were.
                    verdict = ChainVerdict(
                        False, verdict.checked, verdict.checked + 1, "missing_row", name
                    )
                verdicts.append(verdict)
            return TrailVerdict(tuple(verdicts))

    @staticmethod
    def _chain_rows(session: Session, chain: str, batch: int) -> Iterator[ChainRow]:
        last = 0
        while True:
            entries = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.chain == chain, AuditEntry.seq > last)
                .order_by(AuditEntry.seq)
                .limit(batch)
            ).all()
            if not entries:
                return
            for entry in entries:
                yield ChainRow(entry.seq, chain_content(entry), entry.prev_hash, entry.hash)
            last = entries[-1].seq
            session.expunge_all()

    def verify_anchors(self, book: AnchorBook, batch: int = 500) -> AnchorVerdict:
        """Each anchor in force must name a row of the chain with the very hash it
        anchored: a row changed with every later hash recomputed (which the chain alone
        cannot tell) or rows cut off the end no longer reach the anchors taken after.
        Anchors are this database's own chain's (its writer's): those of another chain
        (taken before the station joined a server, say) are not compared."""
        held: dict[int, str] = {}
        with self._store.read() as session:
            own = station_letter(session)
            anchors = sorted(
                (a for a in book.in_force() if a.chain == own), key=lambda a: (a.seq, a.line)
            )
            wanted = sorted({a.seq for a in anchors})
            for start in range(0, len(wanted), batch):
                chunk = wanted[start : start + batch]
                rows = session.execute(
                    select(AuditEntry.seq, AuditEntry.hash).where(
                        AuditEntry.chain == own, AuditEntry.seq.in_(chunk)
                    )
                ).all()
                held.update((seq, hash_) for seq, hash_ in rows)
        for anchor in anchors:
            if held.get(anchor.seq) != anchor.hash:
                return AnchorVerdict(len(anchors), anchor, held.get(anchor.seq))
        return AnchorVerdict(len(anchors))

    def head(self) -> ChainHead:
        """This database's own chain's last seq and hash (0 and the genesis hash while
        it is empty)."""
        with self._store.read() as session:
            return chain_head(session)

    def anchor_day(self, paths: Paths, today: date | None = None) -> bool:
        """The day's anchor (at start and by the window's daily round): the chain head,
        once a local day; True when one was written. Never raises: a start or a
        daily round does not fail for want of an anchor (it is logged)."""
        day = today or datetime.now().astimezone().date()
        try:
            if read_anchors(paths).daily_taken(day):
                return False
            return remember_head(paths, AnchorKind.DAILY, self.head(), day.isoformat())
        except Exception:
            log.exception("daily audit anchor not written")
            return False

    def latest_hash(self) -> str:
        with self._store.read() as session:
            head = session.get(AuditHead, 1)
            return head.hash if head else GENESIS

    def page(self, actor: Actor, flt: AuditFilter, offset: int = 0, limit: int = 200) -> AuditPage:
        actor.require(Module.AUDIT, Action.VIEW)
        query = select(AuditEntry)
        if flt.date_from is not None:
            query = query.where(AuditEntry.at >= _start_of(flt.date_from))
        if flt.date_to is not None:
            query = query.where(AuditEntry.at < _start_of(flt.date_to, days=1))
        if flt.username:
            query = query.where(AuditEntry.username == flt.username)
        if flt.entity:
            query = query.where(AuditEntry.entity == flt.entity)
        if flt.action:
            query = query.where(AuditEntry.action == flt.action)
        with self._store.read() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            entries = session.scalars(
                # Newest first by time: the chains' seqs do not compare with each other.
                query.order_by(AuditEntry.at.desc(), AuditEntry.seq.desc(), AuditEntry.chain)
                .offset(offset)
                .limit(limit)
            ).all()
            keys = [
                EntryKeys(
                    e.username, e.entity, e.entity_id, dict(e.before or {}), dict(e.after or {})
                )
                for e in entries
            ]
            names = name_entries(session, keys)
            rows = [
                AuditRow(
                    e.seq,
                    e.at,
                    e.station,
                    e.username,
                    e.entity,
                    e.entity_id,
                    e.action,
                    dict(k.before),
                    dict(k.after),
                    e.reason,
                    n.person,
                    n.record,
                    n.fields,
                    e.chain,
                )
                for e, k, n in zip(entries, keys, names, strict=True)
            ]
        return AuditPage(rows, total)

    def choices(self, actor: Actor) -> AuditChoices:
        """The people, kinds of record and actions that occur, for the filter drop-downs."""
        actor.require(Module.AUDIT, Action.VIEW)
        with self._store.read() as session:
            logins = session.scalars(select(AuditEntry.username).distinct()).all()
            entities = session.scalars(select(AuditEntry.entity).distinct()).all()
            actions = session.scalars(select(AuditEntry.action).distinct()).all()
            people = display_names(session, logins)
        users = sorted(((login, people.get(login, login)) for login in logins), key=_by_name)
        return AuditChoices(users, sorted(entities), sorted(actions))


def _by_name(user: tuple[str, str]) -> tuple[str, str]:
    login, name = user
    return name, login


def _start_of(day: date, days: int = 0) -> datetime:
    """Local midnight of `day` (+days), as an aware datetime."""
    return datetime.combine(day + timedelta(days=days), time()).astimezone()
