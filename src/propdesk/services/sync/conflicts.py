"""The conflicts list: rows two writers changed from the same version, and rows the
server refused; a person looks at both versions and chooses, field by field.

Why a person: the two edits are both someone's work (a ticket closed at the front desk
while a technician's note was added at the gatehouse); which one is right, or which
parts of each, is not something a rule can know. Choosing the server's version writes
it here and sends nothing; anything else is a new edit made on top of the server's
version, which the next sync sends.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import delete, insert, select, update

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, record
from propdesk.services.core.store_service import StoreService
from propdesk.store.models.sync import SyncApplying, SyncBase, SyncConflict, SyncOutbox
from propdesk.store.sync.codec import from_json, to_json
from propdesk.store.sync.rows import delete_rows, read_rows, upsert_rows
from propdesk.store.sync.tables import table_named

Side = Literal["mine", "theirs"]


@dataclass(frozen=True)
class ConflictField:
    name: str
    mine: Any  # JSON value (as kept)
    theirs: Any

    @property
    def differs(self) -> bool:
        return bool(self.mine != self.theirs)


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    key: str
    kind: str  # "edit" or "refused"
    label: str  # the record's number or name, when it has one
    detected_at: datetime
    server_station: str  # "" for a station working on the server directly
    message: str
    mine_deleted: bool
    theirs_deleted: bool
    fields: tuple[ConflictField, ...]


_LABEL_COLUMNS = ("number", "pass_number", "plate", "name", "title", "username", "key")


class ConflictService(StoreService):
    def open_conflicts(self, actor: Actor) -> list[ConflictView]:
        actor.require(Module.SETTINGS, Action.VIEW)
        with self._store.read() as session:
            rows = session.execute(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.detected_at)
            ).scalars()
            conflicts = list(rows)
            views = []
            for c in conflicts:
                table = table_named(c.tbl)
                now_here = read_rows(session.connection(), table, [c.row_key]).get(c.row_key)
                mine = to_json(now_here) if now_here is not None else None
                views.append(_view(c, mine))
        return views

    def resolve(self, actor: Actor, conflict_id: str, choice: Side | Mapping[str, Side]) -> None:
        """Keep "mine", take "theirs", or choose per field ({column: side})."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        with self._store.write() as session:
            conflict = session.execute(
                select(SyncConflict).where(SyncConflict.id == _uuid(conflict_id))
            ).scalar_one_or_none()
            if conflict is None or conflict.resolved_at is not None or conflict.kind != "edit":
                # A refused row is not chosen between: it is corrected in its own tab
                # and its line closes when the server takes it.
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "This conflict was already resolved."),
                    field="conflict",
                )
            conn = session.connection()
            table = table_named(conflict.tbl)
            here = read_rows(conn, table, [conflict.row_key]).get(conflict.row_key)
            mine = to_json(here) if here is not None else None
            theirs = conflict.server_row
            chosen = _merge(mine, theirs, choice)
            take_theirs = chosen == theirs
            if take_theirs:
                conn.execute(insert(SyncApplying).values(id=1))  # written, not sent back
            if chosen is None:
                delete_rows(conn, table, [conflict.row_key])
            else:
                upsert_rows(conn, table, [from_json(table, chosen)])
            if take_theirs:
                conn.execute(delete(SyncApplying))
                conn.execute(
                    delete(SyncOutbox).where(
                        SyncOutbox.tbl == conflict.tbl, SyncOutbox.row_key == conflict.row_key
                    )
                )
            if conflict.server_rev is not None:
                conn.execute(
                    delete(SyncBase).where(
                        SyncBase.tbl == conflict.tbl, SyncBase.row_key == conflict.row_key
                    )
                )
                conn.execute(
                    insert(SyncBase).values(
                        tbl=conflict.tbl, row_key=conflict.row_key, rev=conflict.server_rev
                    )
                )
            resolution = "theirs" if take_theirs else ("mine" if chosen == mine else "merged")
            conn.execute(
                update(SyncConflict)
                .where(SyncConflict.id == conflict.id)
                .values(
                    resolved_at=datetime.now(UTC),
                    resolved_by=actor.username,
                    resolution=resolution,
                )
            )
            record(
                session,
                actor,
                "sync_conflict",
                conflict.id,
                AuditAction.UPDATE,
                before={"table": conflict.tbl, "key": conflict.row_key, "mine": mine},
                after={"table": conflict.tbl, "key": conflict.row_key, "kept": chosen},
                reason=resolution,
            )


def _merge(
    mine: dict[str, Any] | None, theirs: dict[str, Any] | None, choice: Side | Mapping[str, Side]
) -> dict[str, Any] | None:
    if isinstance(choice, str):
        if choice not in ("mine", "theirs"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose this station's version or the server's."),
                field="choice",
            )
        return mine if choice == "mine" else theirs
    if mine is None or theirs is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "One side deleted the record: keep this station's version or the server's "
                "as a whole.",
            ),
            field="choice",
        )
    unknown = set(choice) - set(mine)
    if unknown or any(side not in ("mine", "theirs") for side in choice.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose this station's version or the server's."),
            field="choice",
        )
    merged = dict(theirs)
    for name, side in choice.items():
        merged[name] = mine[name] if side == "mine" else theirs.get(name)
    return merged


def _view(c: SyncConflict, mine: dict[str, Any] | None) -> ConflictView:
    theirs = c.server_row
    names = list((mine or theirs or c.local_row or {}).keys())
    fields = tuple(ConflictField(n, (mine or {}).get(n), (theirs or {}).get(n)) for n in names)
    source = mine or theirs or c.local_row or {}
    label = next((str(source[n]) for n in _LABEL_COLUMNS if source.get(n)), c.row_key[:8])
    return ConflictView(
        id=c.id.hex,
        table=c.tbl,
        key=c.row_key,
        kind=c.kind,
        label=label,
        detected_at=c.detected_at,
        server_station=c.server_station,
        message=c.message,
        mine_deleted=mine is None,
        theirs_deleted=theirs is None and c.kind == "edit",
        fields=fields,
    )


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(hex=text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This conflict was already resolved."),
            field="conflict",
        ) from None
