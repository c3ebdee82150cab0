"""Joining: a station takes a letter on the server and a copy of what it needs.

The copy is read in one snapshot of the server (REPEATABLE READ), together with the
horizon of transactions it holds; the station's pulls start at that horizon, so
nothing written during the copy is missed. Everything travels except the long history
of two logs: the gate journal and the patrol visits come for the last days only (and
the gate entries still open, whose exits this station may record); a row kept that
points at a left-out one brings it along.
"""

from __future__ import annotations

import string
import uuid
from collections import defaultdict
from datetime import datetime
from itertools import product
from typing import Any

from sqlalchemy import Connection, Table, func, insert, or_, select, text

from propdesk.store.models.gate import GateEvent
from propdesk.store.models.patrol import PatrolVisit
from propdesk.store.models.sync import SyncStation
from propdesk.store.sync.pull import bring_missing_parents, server_horizon
from propdesk.store.sync.rows import read_rows, upsert_rows
from propdesk.store.sync.tables import key_text, synced_tables, table_named

_JOIN_LOCK_KEY = 0x73796E63  # "sync": two stations joining at once get different letters
_BATCH = 5000


def _letters() -> list[str]:
    single = list(string.ascii_uppercase)
    return single + ["".join(p) for p in product(string.ascii_uppercase, repeat=2)]


def register_station(server: Connection, station_id: uuid.UUID, name: str) -> str:
    """This station's letter on the server (the same one again if it joined before)."""
    server.execute(select(func.pg_advisory_xact_lock(_JOIN_LOCK_KEY)))
    known = server.execute(
        select(SyncStation.letter).where(SyncStation.station_id == station_id)
    ).scalar()
    if known is not None:
        return str(known)
    used = set(server.execute(select(SyncStation.letter)).scalars())
    letter = next(letter for letter in _letters() if letter not in used)
    server.execute(
        insert(SyncStation).values(
            letter=letter, station_id=station_id, name=name[:60], joined_at=func.now()
        )
    )
    return letter


def _partial_filter(table: Table, since: datetime) -> Any:
    if table.name == GateEvent.__tablename__:
        c = table.c
        still_inside = (c.closed_at.is_(None)) & c.kind.in_(("visitor_in", "vehicle_in"))
        return or_(c.occurred_at >= since, still_inside)
    if table.name == PatrolVisit.__tablename__:
        return table.c.at >= since
    return None


def copy_from_server(
    server: Connection, local: Connection, since: datetime
) -> tuple[int, dict[str, int]]:
    """Copy the server's rows into the (empty) station copy. Server: a REPEATABLE READ
    transaction; local: one write transaction with deferred foreign keys. Returns the
    horizon the station's pulls start at and the rows copied per table."""
    horizon = server_horizon(server)
    local.execute(text("PRAGMA defer_foreign_keys = ON"))
    # The rows a new file was seeded with (departments, …) are the server's too.
    for table in reversed(synced_tables()):
        local.execute(table.delete())
    counts: dict[str, int] = {}
    kept_partial: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for table in synced_tables():
        query = select(table)
        condition = _partial_filter(table, since)
        if condition is not None:
            query = query.where(condition)
        result = server.execution_options(yield_per=_BATCH).execute(query)
        copied = 0
        try:
            for batch in result.mappings().partitions(_BATCH):
                rows = [dict(r) for r in batch]
                local.execute(insert(table), rows)
                copied += len(rows)
        finally:
            result.close()
        counts[table.name] = copied
        if condition is not None:
            kept_partial[table.name] = []
    _bring_left_out(server, local, list(kept_partial))
    return horizon, counts


def _bring_left_out(server: Connection, local: Connection, partial: list[str]) -> None:
    """Rows that point at a row of a partly copied table the copy left out: bring
    those rows (and what they point at in turn)."""
    while True:
        brought: dict[str, list[dict[str, Any]]] = {}
        for name in partial:
            parent = table_named(name)
            wanted: set[object] = set()
            for child in synced_tables():
                for fk in child.foreign_keys:
                    if fk.column.table is not parent:
                        continue
                    column = child.c[fk.parent.name]
                    missing = (
                        select(column)
                        .where(column.is_not(None))
                        .where(~select(parent.c.id).where(parent.c.id == column).exists())
                        .distinct()
                    )
                    wanted.update(local.execute(missing).scalars())
            if wanted:
                keys = [key_text(parent, v) for v in wanted]
                rows = list(read_rows(server, parent, keys).values())
                upsert_rows(local, parent, rows)
                brought[name] = rows
        if not brought:
            return
        bring_missing_parents(local, server, brought)
