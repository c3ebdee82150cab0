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
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from propdesk.store.models.sync import SyncApplying, SyncBase, SyncConflict, SyncOutbox
from propdesk.store.sync.changes import Change, RowId
from propdesk.store.sync.codec import to_json
from propdesk.store.sync.outbox import open_conflict_ids, record_conflict, set_bases
from propdesk.store.sync.push import latest_revisions
from propdesk.store.sync.rows import delete_rows, existing_keys, read_rows, upsert_rows
from propdesk.store.sync.tables import key_text, row_key, table_named, table_rank


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
    refused: int = 0  # rows this copy could not take (listed; taken again every round)


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
    _take_again(local, server)
    for tbl in sorted(upserts, key=lambda t: rank[t]):
        table = table_named(tbl)
        for row in _write_taken(local, table, upserts[tbl]):
            bases.pop((tbl, row_key(table, row)), None)
            outcome.refused += 1
        outcome.written += len(upserts[tbl])
    for tbl, keys in deletions.items():
        delete_rows(local, table_named(tbl), keys)
        local.execute(delete(SyncBase).where(SyncBase.tbl == tbl, SyncBase.row_key.in_(keys)))
        outcome.deleted += len(keys)
    set_bases(local, bases)
    brought = bring_missing_parents(local, server, dict(upserts))
    outcome.refused += _drop_orphans(local, {**dict(upserts), **brought})
    local.execute(delete(SyncApplying))
    return outcome


def _drop_orphans(local: Connection, written: dict[str, list[dict[str, Any]]]) -> int:
    """Rows whose parent this copy refused (foreign keys wait for the commit here, and
    would fail it): taken out again and listed as refused, until the parent can be
    taken (_take_again). Returns how many."""
    dropped = 0
    while True:
        orphans: list[tuple[Table, dict[str, Any], str]] = []
        for tbl, rows in written.items():
            table = table_named(tbl)
            for row in rows:
                missing = parent_missing(local, table, row)
                if missing is not None:
                    orphans.append((table, row, missing))
        if not orphans:
            return dropped
        now = datetime.now(UTC)
        for table, row, missing in orphans:
            key = row_key(table, row)
            delete_rows(local, table, [key])
            local.execute(
                delete(SyncBase).where(SyncBase.tbl == table.name, SyncBase.row_key == key)
            )
            _note_not_taken(local, table, row, f"waits for {missing}", now)
            written[table.name] = [r for r in written[table.name] if r is not row]
            dropped += 1


def parent_missing(local: Connection, table: Table, row: dict[str, Any]) -> str | None:
    """The first parent row `row` points at that this copy lacks ("access_card 01a2…")."""
    for fk in table.foreign_keys:
        value = row.get(fk.parent.name)
        parent = fk.column.table
        if value is None or parent.name not in table_rank():
            continue
        if not existing_keys(local, parent, [value]):
            return f"{parent.name} {key_text(parent, value)}"
    return None


def _write_taken(
    local: Connection, table: Table, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Write the pulled rows; the ones this copy refuses (a card number this station
    gave another card, say) are listed as refused and returned. Why not fail the round:
    one such row would stop every pull after it, for good."""
    whole = local.begin_nested()
    try:
        upsert_rows(local, table, rows)
        whole.commit()
        return []
    except IntegrityError:
        whole.rollback()
    failed = []
    now = datetime.now(UTC)
    for row in rows:
        one = local.begin_nested()
        try:
            upsert_rows(local, table, [row])
            one.commit()
        except IntegrityError as exc:
            one.rollback()
            failed.append(row)
            _note_not_taken(local, table, row, _first_line(exc), now)
    return failed


def _take_again(local: Connection, server: Connection) -> None:
    """The rows this copy refused before, as the server has them now: taken when they
    fit (the clash corrected here meanwhile), their lines closed."""
    lines = local.execute(
        select(
            SyncConflict.id, SyncConflict.tbl, SyncConflict.row_key, SyncConflict.server_row
        ).where(SyncConflict.resolved_at.is_(None), SyncConflict.kind == "refused")
    ).all()
    # Lines of rows this copy refused carry the server's row; the server's refusals of
    # this station's rows carry none (a JSON null, which SQL does not see as NULL) and
    # are the send's to retry.
    rows = [(i, t, k) for i, t, k, server_row in lines if server_row is not None]
    now = datetime.now(UTC)
    for conflict_id, tbl, key in rows:
        table = table_named(tbl)
        current = read_rows(server, table, [key]).get(key)
        if current is None:
            continue  # gone from the server: its deletion comes with the pull
        if parent_missing(local, table, current) is not None:
            continue  # its parent first (a later round)
        one = local.begin_nested()
        try:
            upsert_rows(local, table, [current])
            one.commit()
        except IntegrityError as exc:
            one.rollback()
            local.execute(
                update(SyncConflict)
                .where(SyncConflict.id == conflict_id)
                .values(message=_first_line(exc)[:400], detected_at=now)
            )
            continue
        revs = latest_revisions(server, tbl, [key])
        if key in revs:
            set_bases(local, {(tbl, key): revs[key][0]})
        local.execute(
            update(SyncConflict)
            .where(SyncConflict.id == conflict_id)
            .values(resolved_at=now, resolved_by="", resolution="taken")
        )


def _note_not_taken(
    local: Connection, table: Table, row: dict[str, Any], message: str, now: datetime
) -> None:
    key = row_key(table, row)
    open_line = local.execute(
        select(SyncConflict.id).where(
            SyncConflict.tbl == table.name,
            SyncConflict.row_key == key,
            SyncConflict.kind == "refused",
            SyncConflict.resolved_at.is_(None),
        )
    ).scalar()
    if open_line is not None:
        local.execute(
            update(SyncConflict)
            .where(SyncConflict.id == open_line)
            .values(server_row=to_json(row), message=message[:400], detected_at=now)
        )
        return
    record_conflict(local, "refused", table.name, key, None, row, None, "", message, now)


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def bring_missing_parents(
    local: Connection, server: Connection, written: dict[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """Fetch from the server every parent row the written rows point at and this copy
    lacks, and theirs in turn. Returns the rows brought (by table); a parent this copy
    refuses is listed as refused, not brought."""
    brought: dict[str, list[dict[str, Any]]] = defaultdict(list)
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
            refused = _write_taken(local, table, rows)
            rows = [r for r in rows if not any(r is f for f in refused)]
            keys = [row_key(table, r) for r in rows]
            revs = latest_revisions(server, tbl, keys) if keys else {}
            set_bases(local, {(tbl, k): seq for k, (seq, _x, _s) in revs.items()})
            brought[tbl].extend(rows)
            if rows:
                todo[tbl] = rows
    return dict(brought)


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
