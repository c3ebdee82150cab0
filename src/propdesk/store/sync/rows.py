"""Reading and writing whole rows by key, on either side, with Core (no ORM objects:
the sync moves rows, not records, and must not fire the services' rules twice)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from propdesk.store.sync.tables import key_column, key_text, key_value

# Bound parameters per statement stay well under SQLite's and PostgreSQL's limits.
_CHUNK = 500


def read_rows(conn: Connection, table: Table, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The rows with these keys that exist, by key."""
    column = key_column(table)
    wanted = [key_value(table, k) for k in keys]
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in conn.execute(select(table).where(column.in_(chunk))).mappings():
            found[key_text(table, row[column.name])] = dict(row)
    return found


def existing_keys(conn: Connection, table: Table, keys: Iterable[object]) -> set[object]:
    column = key_column(table)
    wanted = list(keys)
    found: set[object] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(conn.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def upsert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert each row, or overwrite every column of the row with its key.

    One statement run for many rows (executemany): compiled once and cached, where a
    VALUES list of hundreds of rows is compiled afresh each time (seconds for 10,000)."""
    if not rows:
        return
    conn.execute(_upsert_statement(conn.dialect.name, table), [dict(r) for r in rows])


@cache
def _upsert_statement(dialect_name: str, table: Table) -> Any:
    column = key_column(table)
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    statement = dialect.insert(table)
    others = {c.name: statement.excluded[c.name] for c in table.columns if c.name != column.name}
    if not others:
        return statement.on_conflict_do_nothing(index_elements=[column])
    return statement.on_conflict_do_update(index_elements=[column], set_=others)


def delete_rows(conn: Connection, table: Table, keys: Iterable[str]) -> None:
    column = key_column(table)
    wanted = [key_value(table, k) for k in keys]
    for start in range(0, len(wanted), _CHUNK):
        conn.execute(delete(table).where(column.in_(wanted[start : start + _CHUNK])))
