"""A syncing station's outbox, filled by triggers in its SQLite copy.

Why triggers rather than session events: the gate journal's fast path, the importers
and the demo write with Core statements that no ORM event sees; a trigger sees every
write, in the same transaction, so a save and its outbox line are kept or lost
together (a station killed mid-save loses neither one alone). Rows the sync itself
writes (pulled from the server) are not sent back: it holds a row in sync_applying
while it writes them.

Idempotent; run at joining and at every start of a syncing station, so tables added by
a later migration are captured too.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, text

from propdesk.store.sync.tables import key_column, synced_tables

_OPS = (("i", "INSERT", "NEW", "I"), ("u", "UPDATE", "NEW", "U"), ("d", "DELETE", "OLD", "D"))


def install_station_capture(conn: Connection) -> None:
    for table in synced_tables():
        for suffix, event, row, op in _OPS:
            name = f"propdesk_sync_{table.name}_{suffix}"
            conn.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
            conn.execute(text(_trigger(name, table, event, row, op)))


def remove_station_capture(conn: Connection) -> None:
    for table in synced_tables():
        for suffix, _event, _row, _op in _OPS:
            conn.execute(text(f'DROP TRIGGER IF EXISTS "propdesk_sync_{table.name}_{suffix}"'))


def _trigger(name: str, table: Table, event: str, row: str, op: str) -> str:
    key = f'{row}."{key_column(table).name}"'
    return (
        f'CREATE TRIGGER "{name}" AFTER {event} ON "{table.name}" '
        "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) "
        f"BEGIN INSERT INTO sync_outbox (tbl, row_key, op) "
        f"VALUES ('{table.name}', {key}, '{op}'); END"
    )
