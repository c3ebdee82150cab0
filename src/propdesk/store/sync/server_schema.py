"""What the PostgreSQL server needs for syncing stations: every write logged, foreign
keys that can wait for the end of a transaction.

Why a trigger on the server rather than the stations reporting their writes: stations
that work on the server directly (the second storage mode) write too, and a syncing
station must hear of those writes; the trigger sees every write whoever makes it. Each
log line carries the writing transaction's id, so a station can pull "every transaction
that has ended since" and never miss one that committed late (see pull.py), and the
station letter the syncing session set (`propdesk.station`), so a station can tell its
own writes from others'.

Why deferrable foreign keys: a station sends rows in the order it saved them, but a row
saved early may by now point at a row saved later (a ticket assigned to a technician
added afterwards); deferred to the commit, the whole batch is checked at once.

Idempotent, and run after every migration on the server (store/migrate.py), so a table
added by a later migration is captured too.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from propdesk.store.sync.tables import LOCAL_ONLY

TRIGGER = "propdesk_sync_capture"

_FUNCTION = """
CREATE OR REPLACE FUNCTION propdesk_sync_capture() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    key text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        key := to_jsonb(OLD) ->> TG_ARGV[0];
    ELSE
        key := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    IF TG_ARGV[1] = 'uuid' THEN
        key := replace(key, '-', '');
    END IF;
    INSERT INTO sync_log (xid, tbl, row_key, station, deleted)
    VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, key,
            coalesce(nullif(current_setting('propdesk.station', true), ''), ''),
            TG_OP = 'DELETE');
    RETURN NULL;
END
$$
"""


def install_server_capture(conn: Connection) -> None:
    conn.execute(text(_FUNCTION))
    inspector = inspect(conn)
    for name in inspector.get_table_names():
        if name in LOCAL_ONLY:
            continue
        pk = inspector.get_pk_constraint(name)["constrained_columns"]
        if len(pk) != 1:
            continue
        column = next(c for c in inspector.get_columns(name) if c["name"] == pk[0])
        kind = "uuid" if str(column["type"]).upper() == "UUID" else "text"
        conn.execute(text(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{name}"'))
        conn.execute(
            text(
                f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "{name}" '
                f"FOR EACH ROW EXECUTE FUNCTION propdesk_sync_capture('{pk[0]}', '{kind}')"
            )
        )
    _make_foreign_keys_deferrable(conn)


def _make_foreign_keys_deferrable(conn: Connection) -> None:
    rows = conn.execute(
        text(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
            "WHERE c.contype = 'f' AND NOT c.condeferrable "
            "AND c.connamespace = current_schema()::regnamespace"
        )
    ).all()
    for table, name in rows:
        conn.execute(
            text(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
        )
