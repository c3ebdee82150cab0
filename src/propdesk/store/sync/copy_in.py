"""Rows made on a station, sent to PostgreSQL as they lie in the station's file.

Why: a day of gate traffic offline is tens of thousands of rows, and turning each into
Python values (dates parsed, UUIDs built) and back costs more than the server's own
work. SQLite keeps every value in a text form PostgreSQL reads as it is: UUIDs as 32
hex digits, times as UTC "YYYY-MM-DD HH:MM:SS.ffffff" (read with the session's zone set
to UTC), booleans as 0/1, JSON as its text. So the rows are read with the driver's raw
cursor, COPYed into a temporary table and written with one INSERT … ON CONFLICT.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

from propdesk.store.sync.tables import key_column, key_value

RawRow = tuple[Any, ...]


@cache
def column_names(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns)


def read_raw(conn: Connection, table: Table, keys: Sequence[str]) -> dict[str, RawRow]:
    """The rows with these keys as the SQLite file holds them, by key (local side)."""
    names = column_names(table)
    at = names.index(key_column(table).name)
    listed = ", ".join(f'"{n}"' for n in names)
    found: dict[str, RawRow] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        statement = f'SELECT {listed} FROM "{table.name}" WHERE "{names[at]}" IN ({marks})'
        values = [_stored(table, k) for k in chunk]
        for row in conn.exec_driver_sql(statement, tuple(values)):
            found[_text_key(row[at])] = tuple(row)
    return found


def _stored(table: Table, key: str) -> object:
    """A key as SQLite stores it (a UUID: its 32 hex digits)."""
    value = key_value(table, key)
    return getattr(value, "hex", value)


def _text_key(value: object) -> str:
    return str(value)


def copy_in(conn: Connection, table: Table, rows: Iterable[RawRow]) -> None:
    """Write the raw rows into `table` on the server (insert, or overwrite by key)."""
    names = column_names(table)
    listed = ", ".join(f'"{n}"' for n in names)
    staging = f"sync_in_{table.name}"
    key = key_column(table).name
    updates = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n in names if n != key)
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    try:
        _copy_and_insert(dbapi, table, rows, names, listed, staging, key, updates)
    except Exception as exc:
        # The driver's own cursor: its errors arrive unwrapped. Wrapped as SQLAlchemy
        # does (a duplicate number becomes IntegrityError, a cut OperationalError), so
        # the send treats them as it treats every other statement's.
        import psycopg

        if not isinstance(exc, psycopg.Error):
            raise
        raise DBAPIError.instance(f"COPY {table.name}", None, exc, psycopg.Error) from exc


def _copy_and_insert(
    dbapi: Any,
    table: Table,
    rows: Iterable[RawRow],
    names: tuple[str, ...],
    listed: str,
    staging: str,
    key: str,
    updates: str,
) -> None:
    with dbapi.cursor() as cur:
        cur.execute("SET LOCAL TimeZone = 'UTC'")
        cur.execute(
            f'CREATE TEMP TABLE IF NOT EXISTS "{staging}" '
            f'(LIKE "{table.name}" INCLUDING DEFAULTS) ON COMMIT DROP'
        )
        with cur.copy(f'COPY "{staging}" ({listed}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(tuple(_text(v) for v in row))
        cur.execute(
            f'INSERT INTO "{table.name}" ({listed}) SELECT {listed} FROM "{staging}" '
            f'ON CONFLICT ("{key}") DO UPDATE SET {updates}'
        )
        cur.execute(f'TRUNCATE "{staging}"')


def _text(value: object) -> object:
    """Values as text for COPY's text format (None stays NULL)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)
