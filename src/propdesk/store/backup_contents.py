"""What a database file holds, read without changing it: the estate's name and the
counts a person recognises ("阳光花园, 1,204 residents, 412,000 gate records").

Why: a file can pass the integrity check and still be empty (a database made after
the real one was moved aside). Only a file whose estate is set up holds the office's
data, so only such a file is a good backup, and the restore offer names what is in it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from propdesk.store.backup import readonly_uri

# (table, what it counts) for the summary; a table missing from an older file counts 0.
_COUNTED = ("resident", "gate_event", "repair_ticket", "patrol_round")


@dataclass(frozen=True)
class BackupContents:
    estate_name: str  # "" when no estate is set up
    counts: dict[str, int]  # table name -> rows, for the tables in _COUNTED
    newest_record: datetime | None  # the newest gate event, ticket or audit row (UTC)

    @property
    def holds_data(self) -> bool:
        """The office's data is in it: an estate is set up."""
        return bool(self.estate_name)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _newest(conn: sqlite3.Connection, tables: set[str]) -> datetime | None:
    found: list[datetime] = []
    for table, column in (
        ("gate_event", "occurred_at"),
        ("repair_ticket", "reported_at"),
        ("audit_entry", "at"),
    ):
        if table not in tables:
            continue
        try:
            value = conn.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
        except sqlite3.OperationalError:
            continue  # an older schema without that column
        if isinstance(value, str):
            try:
                found.append(datetime.fromisoformat(value))
            except ValueError:
                continue
    return max(found) if found else None


def read_contents(file: Path, *, timeout: float = 5.0) -> BackupContents | None:
    """What `file` holds, or None when it cannot be read as a propdesk database."""
    try:
        with closing(sqlite3.connect(readonly_uri(file), uri=True, timeout=timeout)) as conn:
            tables = _tables(conn)
            if "estate" not in tables:
                return None
            row = conn.execute("SELECT name FROM estate ORDER BY created_at LIMIT 1").fetchone()
            counts = {
                table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in _COUNTED
                if table in tables
            }
            return BackupContents(row[0] if row else "", counts, _newest(conn, tables))
    except sqlite3.Error:
        return None
