"""Taking what other writers saved on the server into the station's copy.

The server's log lines carry their transaction's id (xid). Sequence numbers are handed
out when a row is written, not when its transaction commits, so "every line after the
last one I saw" would miss a transaction that committed late. Instead the station asks
for the lines of every transaction with an id below the oldest one still running
(pg_snapshot_xmin: all of those have ended), and remembers that horizon as its cursor;
the next pull starts there. A line may come twice; taking a row twice is harmless.

Rows arrive as they are now, not as each change was: a row changed three times since
the last pull is written once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update

from propdesk.store.models.sync import SyncApplying, SyncBase, SyncConflict, SyncOutbox
from propdesk.store.sync.changes import Change, RowId
from propdesk.store.sync.codec import to_json
from propdesk.store.sync.outbox import open_conflict_ids, set_bases
from propdesk.store.sync.push import latest_revisions
from propdesk.store.sync.rows import delete_rows, existing_keys, read_rows, upsert_rows
from propdesk.store.sync.tables import key_text, table_named, table_rank


def server_horizon(conn: Connection) -> int:
    """Every transaction with an id below this has ended (committed or rolled back)."""
    query = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
    return int(conn.execute(query).scalar_one())


def changes_since(conn: Connection, cursor: int, horizon: int) -> list[Change]:
    """Rows written by transactions in [cursor, horizon), each once with its newest line
    (visible in this snapshot, which may be newer than the horizon: that is fine)."""
    rows = conn.execute(
        text(
            "WITH changed AS (SELECT DISTINCT tbl, row_key FROM sync_log "
            "WHERE xid >= :cursor AND xid < :horizon) "
            "SELECT DISTINCT ON (l.tbl, l.row_key) l.tbl, l.row_key, l.seq, l.station, l.deleted "
            "FROM sync_log l JOIN changed c ON l.tbl = c.tbl AND l.row_key = c.row_key "
            "ORDER BY l.tbl, l.row_key, l.seq DESC"
        ),
        {"cursor": cursor, "horizon": horizon},
    ).all()
    return [Change(t, k, int(seq), st, bool(d)) for t, k, seq, st, d in rows]


@dataclass
class Pulled:
    changes: list[Change]
    rows: dict[RowId, dict[str, Any]] = field(default_factory=dict)  # others' rows, as now


def fetch(conn: Connection, changes: Sequence[Change], letter: str) -> Pulled:
    """The server's current rows for the changes other writers made (server side)."""
    pulled = Pulled(list(changes))
    wanted: dict[str, list[str]] = defaultdict(list)
    for change in changes:
        if change.station != letter and not change.deleted and change.tbl in table_rank():
            wanted[change.tbl].append(change.key)
    for tbl, keys in wanted.items():
        for key, row in read_rows(conn, table_named(tbl), keys).items():
            pulled.rows[(tbl, key)] = row
    return pulled


@dataclass
class Applied:
    written: int = 0
    deleted: int = 0
    held: int = 0  # rows with unsent edits here: the next send decides


def apply_pulled(local: Connection, server: Connection, pulled: Pulled, letter: str) -> Applied:
    """Write the pulled rows into the station's copy (local side, one transaction).

    A row with edits of this station still waiting is left alone (sending it will find
    the conflict); a row under an open conflict gets the server's newer version in the
    conflict. A row whose parent this copy does not hold (an old gate entry left out at
    joining) brings the parent along from the server.
    """
    local.execute(text("PRAGMA defer_foreign_keys = ON"))
    local.execute(insert(SyncApplying).values(id=1))
    outcome = Applied()
    lines = local.execute(select(SyncOutbox.tbl, SyncOutbox.row_key).distinct())
    waiting = {(t, k) for t, k in lines}
    held = open_conflict_ids(local)
    rank = table_rank()
    bases: dict[RowId, int] = {}
    upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    deletions: dict[str, list[str]] = defaultdict(list)
    for change in sorted(pulled.changes, key=lambda c: (rank.get(c.tbl, -1), c.rev)):
        if change.tbl not in rank:
            continue
        row_id = (change.tbl, change.key)
        if change.station == letter:
            if row_id not in waiting:
                bases[row_id] = change.rev
            continue
        if row_id in held:
            _refresh_conflict(local, change, pulled.rows.get(row_id))
            outcome.held += 1
            continue
        if row_id in waiting:
            outcome.held += 1
            continue
        row = pulled.rows.get(row_id)
        if row is None:
            deletions[change.tbl].append(change.key)
        else:
            upserts[change.tbl].append(row)
        bases[row_id] = change.rev
    for tbl in sorted(upserts, key=lambda t: rank[t]):
        upsert_rows(local, table_named(tbl), upserts[tbl])
        outcome.written += len(upserts[tbl])
    for tbl, keys in deletions.items():
        delete_rows(local, table_named(tbl), keys)
        local.execute(delete(SyncBase).where(SyncBase.tbl == tbl, SyncBase.row_key.in_(keys)))
        outcome.deleted += len(keys)
    set_bases(local, bases)
    bring_missing_parents(local, server, dict(upserts))
    local.execute(delete(SyncApplying))
    return outcome


def bring_missing_parents(
    local: Connection, server: Connection, written: dict[str, list[dict[str, Any]]]
) -> int:
    """Fetch from the server every parent row the written rows point at and this copy
    lacks, and theirs in turn. Returns how many rows were brought."""
    brought = 0
    todo = written
    while todo:
        missing: dict[str, set[object]] = defaultdict(set)
        for tbl, rows in todo.items():
            table = table_named(tbl)
            for fk in table.foreign_keys:
                parent = fk.column.table
                if parent.name not in table_rank():
                    continue
                values = {r[fk.parent.name] for r in rows if r.get(fk.parent.name) is not None}
                if values:
                    missing[parent.name].update(values - existing_keys(local, parent, values))
        todo = {}
        for tbl, values in missing.items():
            if not values:
                continue
            table = table_named(tbl)
            rows = list(read_rows(server, table, [key_text(table, v) for v in values]).values())
            upsert_rows(local, table, rows)
            keys = [key_text(table, r[table.primary_key.columns.keys()[0]]) for r in rows]
            revs = latest_revisions(server, tbl, keys) if keys else {}
            set_bases(local, {(tbl, k): seq for k, (seq, _x, _s) in revs.items()})
            brought += len(rows)
            todo[tbl] = rows
    return brought


def _refresh_conflict(local: Connection, change: Change, row: dict[str, Any] | None) -> None:
    local.execute(
        update(SyncConflict)
        .where(
            SyncConflict.tbl == change.tbl,
            SyncConflict.row_key == change.key,
            SyncConflict.resolved_at.is_(None),
            SyncConflict.kind == "edit",
        )
        .values(
            server_row=None if row is None else to_json(row),
            server_rev=change.rev,
            server_station=change.station,
        )
    )
