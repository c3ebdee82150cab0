"""Sending a station's rows to the server, inside the caller's server transaction.

A row is written when the server's copy is still the one the station's edit started
from: its newest log line is the revision the station last took (`base`), or it was
written by this station itself (a send whose answer was lost: sending again is
harmless, the upsert writes the same row), or, for rows copied at joining, it has not
changed since that copy. Anything else is a conflict, returned with the server's
version for a person to resolve; nothing is overwritten.

Rows are locked (SELECT … FOR UPDATE) before their revision is read, so two stations
sending the same row one after the other see each other's revision.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from propdesk.store.models.sync import SyncLog
from propdesk.store.sync.changes import Outgoing, PushOutcome, ServerVersion
from propdesk.store.sync.copy_in import copy_in
from propdesk.store.sync.rows import delete_rows, read_rows, upsert_rows
from propdesk.store.sync.tables import key_column, key_value, table_named, table_rank

_CHUNK = 500


def push(
    conn: Connection,
    letter: str,
    join_xmin: int,
    items: Sequence[Outgoing],
    *,
    careful: bool = False,
) -> PushOutcome:
    """`careful`: foreign keys checked at once and each row on its own savepoint, so a
    row the server refuses is named instead of failing the whole batch at commit."""
    conn.execute(text("SET CONSTRAINTS ALL " + ("IMMEDIATE" if careful else "DEFERRED")))
    conn.execute(select(func.set_config("propdesk.station", letter, True)))
    outcome = PushOutcome()
    by_table: dict[str, list[Outgoing]] = defaultdict(list)
    for item in items:
        by_table[item.tbl].append(item)
    rank = table_rank()
    for tbl in sorted(by_table, key=lambda t: rank[t]):
        group = sorted(by_table[tbl], key=lambda i: i.newest_seq)
        for start in range(0, len(group), _CHUNK):
            chunk = group[start : start + _CHUNK]
            _push_chunk(conn, letter, join_xmin, tbl, chunk, outcome, careful)
    return outcome


Revision = tuple[int, int, str]  # seq, xid, station of a row's newest log line


def latest_revisions(conn: Connection, tbl: str, keys: Sequence[str]) -> dict[str, Revision]:
    """Each key's newest log line on the server: (seq, xid, station)."""
    rows = conn.execute(
        select(SyncLog.row_key, SyncLog.seq, SyncLog.xid, SyncLog.station)
        .where(SyncLog.tbl == tbl, SyncLog.row_key.in_(list(keys)))
        .order_by(SyncLog.row_key, SyncLog.seq.desc())
        .distinct(SyncLog.row_key)
    ).all()
    return {key: (int(seq), int(xid), station) for key, seq, xid, station in rows}


def _push_chunk(
    conn: Connection,
    letter: str,
    join_xmin: int,
    tbl: str,
    items: list[Outgoing],
    outcome: PushOutcome,
    careful: bool,
) -> None:
    table = table_named(tbl)
    accepted = [i for i in items if i.new_here]
    checked = [i for i in items if not i.new_here]
    if checked:
        _check(conn, letter, join_xmin, table, checked, accepted, outcome)
    if careful:
        for item in accepted:
            _write_one(conn, table, item, outcome)
    else:
        _write_all(conn, table, accepted)
    refused = {(i.tbl, i.key) for i, _message in outcome.refused}
    written = [i.key for i in accepted if (i.tbl, i.key) not in refused and not i.new_here]
    # The new revision of an edited row becomes its base; rows made here need none
    # (their newest line is this station's own, which push accepts).
    if written:
        for key, (seq, _xid, _station) in latest_revisions(conn, tbl, written).items():
            outcome.applied[(tbl, key)] = seq
    for item in accepted:
        if item.new_here and (item.tbl, item.key) not in refused:
            outcome.applied.setdefault((item.tbl, item.key), 0)


def _check(
    conn: Connection,
    letter: str,
    join_xmin: int,
    table: Table,
    items: list[Outgoing],
    accepted: list[Outgoing],
    outcome: PushOutcome,
) -> None:
    """Lock the rows, compare their revisions, sort them into accepted and conflicts."""
    column = key_column(table)
    keys = [i.key for i in items]
    conn.execute(
        select(column).where(column.in_([key_value(table, k) for k in keys])).with_for_update()
    ).all()
    latest = latest_revisions(conn, table.name, keys)
    server_rows: dict[str, dict[str, object]] | None = None
    for item in items:
        newest = latest.get(item.key)
        if _may_write(item, newest, letter, join_xmin):
            accepted.append(item)
            continue
        if server_rows is None:
            server_rows = read_rows(conn, table, keys)
        assert newest is not None
        version = ServerVersion(
            table.name, item.key, server_rows.get(item.key), newest[0], newest[2]
        )
        if version.row == item.row:
            accepted.append(item)  # the same content: nothing to choose between
        else:
            outcome.conflicts.append((item, version))


def _may_write(
    item: Outgoing, newest: tuple[int, int, str] | None, letter: str, join_xmin: int
) -> bool:
    if newest is None:
        return True  # never written on the server since the log began
    seq, xid, station = newest
    if station == letter:
        return True
    if item.base is not None:
        return seq == item.base
    return xid < join_xmin


def _write_all(conn: Connection, table: Table, items: list[Outgoing]) -> None:
    raws = [i.raw for i in items if i.raw is not None]
    if raws:
        copy_in(conn, table, raws)
    upsert_rows(conn, table, [i.row for i in items if i.row is not None])
    delete_rows(conn, table, [i.key for i in items if i.deleted])


def _write_one(conn: Connection, table: Table, item: Outgoing, outcome: PushOutcome) -> None:
    savepoint = conn.begin_nested()
    try:
        if item.raw is not None:
            copy_in(conn, table, [item.raw])
        elif item.row is None:
            delete_rows(conn, table, [item.key])
        else:
            upsert_rows(conn, table, [item.row])
        savepoint.commit()
    except (IntegrityError, DBAPIError) as exc:
        savepoint.rollback()
        outcome.refused.append((item, _server_message(exc)))


def _server_message(exc: DBAPIError) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0][:380]
