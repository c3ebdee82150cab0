"""The station's side of sending: what is waiting, and writing down the server's answer.

The outbox lines stay until the server's answer is written down in the station's file,
in one transaction with the new revisions and conflicts: a station killed between the
server's commit and its own sends the rows again, which the server takes as its own
earlier write (push.py), so nothing is lost and nothing doubles.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from propdesk.domain.ids import uuid7
from propdesk.store.models.sync import SyncBase, SyncConflict, SyncOutbox
from propdesk.store.sync.changes import Outgoing, PushOutcome, RowId
from propdesk.store.sync.codec import to_json
from propdesk.store.sync.copy_in import read_raw
from propdesk.store.sync.rows import read_rows
from propdesk.store.sync.tables import table_named


def open_conflict_ids(conn: Connection, kind: str = "edit") -> set[RowId]:
    """Rows held back by an open conflict of this kind (refused rows are not held:
    they are sent again at every sync)."""
    rows = conn.execute(
        select(SyncConflict.tbl, SyncConflict.row_key).where(
            SyncConflict.resolved_at.is_(None), SyncConflict.kind == kind
        )
    ).all()
    return {(t, k) for t, k in rows}


def waiting_count(conn: Connection) -> int:
    """Rows (not lines) waiting to be sent."""
    distinct_rows = select(SyncOutbox.tbl, SyncOutbox.row_key).distinct().subquery()
    return int(conn.execute(select(func.count()).select_from(distinct_rows)).scalar_one())


def pending(conn: Connection, limit: int = 20_000) -> tuple[list[Outgoing], int]:
    """The rows waiting (each once, as it is now) and the newest outbox line taken."""
    lines = conn.execute(
        select(SyncOutbox.seq, SyncOutbox.tbl, SyncOutbox.row_key, SyncOutbox.op)
        .order_by(SyncOutbox.seq)
        .limit(limit)
    ).all()
    if not lines:
        return [], 0
    upto = int(lines[-1][0])
    held = open_conflict_ids(conn)
    newest: dict[RowId, int] = {}
    first_op: dict[RowId, str] = {}
    for seq, tbl, key, op in lines:
        if (tbl, key) not in held:
            newest[(tbl, key)] = seq
            first_op.setdefault((tbl, key), op)
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, key in newest:
        by_table[tbl].append(key)
    bases = _bases(conn, upto)
    items: list[Outgoing] = []
    for tbl, keys in by_table.items():
        table = table_named(tbl)
        fresh = [k for k in keys if (tbl, k) not in bases and first_op[(tbl, k)] == "I"]
        raws = read_raw(conn, table, fresh)
        made_here = set(raws)  # a row made and deleted again here is sent as a delete
        rows = read_rows(conn, table, [k for k in keys if k not in made_here])
        for key in keys:
            row_id = (tbl, key)
            if key in made_here:
                items.append(Outgoing(tbl, key, None, None, newest[row_id], True, raws[key]))
            else:
                items.append(Outgoing(tbl, key, rows.get(key), bases.get(row_id), newest[row_id]))
    return items, upto


def _bases(conn: Connection, upto: int) -> dict[RowId, int]:
    """The revisions of the rows with outbox lines up to `upto` (one join, not a
    condition per row)."""
    waiting = (
        select(SyncOutbox.tbl, SyncOutbox.row_key)
        .where(SyncOutbox.seq <= upto)
        .distinct()
        .subquery()
    )
    query = select(SyncBase.tbl, SyncBase.row_key, SyncBase.rev).join(
        waiting, and_(SyncBase.tbl == waiting.c.tbl, SyncBase.row_key == waiting.c.row_key)
    )
    return {(t, k): int(rev) for t, k, rev in conn.execute(query)}


def set_bases(conn: Connection, revisions: dict[RowId, int]) -> None:
    if not revisions:
        return
    values = [{"tbl": t, "row_key": k, "rev": rev} for (t, k), rev in revisions.items()]
    conn.execute(_SET_BASE, values)


_SET_BASE = (
    sqlite_insert(SyncBase)
    .values(tbl=bindparam("tbl"), row_key=bindparam("row_key"), rev=bindparam("rev"))
    .on_conflict_do_update(
        index_elements=[SyncBase.tbl, SyncBase.row_key],
        set_={"rev": sqlite_insert(SyncBase).excluded.rev},
    )
)


def acknowledge(conn: Connection, outcome: PushOutcome, upto: int) -> None:
    """Write down the server's answer for the lines up to `upto` (one local transaction).

    Refused rows keep their lines: they are sent again at the next sync (a parent row
    that was missing may have arrived by then) and stay listed until they go through.
    """
    keep = {(item.tbl, item.key) for item, _message in outcome.refused}
    keep |= open_conflict_ids(conn) - {(i.tbl, i.key) for i, _v in outcome.conflicts}
    # One statement for the common case; the rows kept (refused, or held by a conflict
    # opened before this batch) are few.
    lines = delete(SyncOutbox).where(SyncOutbox.seq <= upto)
    if keep:
        kept = [f"{t} {k}" for t, k in keep]
        lines = lines.where((SyncOutbox.tbl + " " + SyncOutbox.row_key).not_in(kept))
    conn.execute(lines)
    set_bases(conn, {row: rev for row, rev in outcome.applied.items() if rev})
    now = datetime.now(UTC)
    for item, version in outcome.conflicts:
        record_conflict(
            conn,
            "edit",
            item.tbl,
            item.key,
            item.row,
            version.row,
            version.rev,
            version.station,
            "",
            now,
        )
    for item, message in outcome.refused:
        _note_refusal(conn, item, message, now)


def record_conflict(
    conn: Connection,
    kind: str,
    tbl: str,
    key: str,
    local_row: dict[str, object] | None,
    server_row: dict[str, object] | None,
    server_rev: int | None,
    server_station: str,
    message: str,
    now: datetime,
) -> None:
    conn.execute(
        insert(SyncConflict).values(
            id=uuid7(),
            tbl=tbl,
            row_key=key,
            kind=kind,
            local_row=None if local_row is None else to_json(local_row),
            server_row=None if server_row is None else to_json(server_row),
            server_rev=server_rev,
            server_station=server_station,
            message=message[:400],
            detected_at=now,
        )
    )


def _note_refusal(conn: Connection, item: Outgoing, message: str, now: datetime) -> None:
    """One open "refused" line per row, with the server's latest message."""
    existing = conn.execute(
        select(SyncConflict.id).where(
            SyncConflict.tbl == item.tbl,
            SyncConflict.row_key == item.key,
            SyncConflict.kind == "refused",
            SyncConflict.resolved_at.is_(None),
        )
    ).scalar()
    if existing is None:
        record_conflict(conn, "refused", item.tbl, item.key, item.row, None, None, "", message, now)
    else:
        conn.execute(
            update(SyncConflict)
            .where(SyncConflict.id == existing)
            .values(message=message[:400], detected_at=now)
        )


def clear_refusals(conn: Connection, ids: set[RowId], now: datetime) -> None:
    """Rows once refused that went through now: their "refused" lines are closed."""
    refused = open_conflict_ids(conn, "refused") & ids
    for tbl, key in refused:
        conn.execute(
            update(SyncConflict)
            .where(
                SyncConflict.tbl == tbl,
                SyncConflict.row_key == key,
                SyncConflict.kind == "refused",
                SyncConflict.resolved_at.is_(None),
            )
            .values(resolved_at=now, resolved_by="", resolution="sent")
        )
