"""The check a start makes of the SQLite file: what opening the station will read.

Why not PRAGMA quick_check: it reads every page, 1.2–1.4 s warm and most of a start
after a reboot on a five-year office, growing with the file, on the way to the window
and to every command. This reads the file's header and the pages a start touches (the
schema, the revision, the estate, its settings, the accounts, the first page of every
table) — a few hundred pages whatever the size. Damage elsewhere is found in full by
`propdesk check`, by the daily backup (it verifies its copy) and by the window's
background check after it is up (services.station.backup.find_damage_in_full).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from propdesk.errors import StorageError, StorageProblem
from propdesk.store.backup import readonly_uri
from propdesk.store.failures import classify, storage_message

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# The small tables a start reads in full (estate, its settings, the logins): counted.
READ_IN_FULL = ("alembic_version", "estate", "estate_setting", "user_account")


def _companion_has_content(db: Path, suffix: str) -> bool:
    part = db.with_name(db.name + suffix)
    try:
        return part.stat().st_size > 0
    except FileNotFoundError:
        return False


def _page_size(header: bytes) -> int:
    raw = int.from_bytes(header[16:18], "big")
    return 65536 if raw == 1 else raw


def _short_by(header: bytes, size: int, pending: bool) -> str | None:
    """Bytes 28-31 hold the database's size in pages; they are valid only when the
    change counter (24-27) equals the version-valid-for number (92-95). A -wal (or a
    hot -journal) may hold pages past the file's end until the next checkpoint, so a
    file shorter than its header says is refused only when neither is there."""
    pages = int.from_bytes(header[28:32], "big")
    valid = pages > 0 and header[24:28] == header[92:96]
    held = size // _page_size(header)
    if valid and not pending and pages > held:
        return f"the file is cut short: the header says {pages} pages, the file holds {held}"
    return None


def _header_impossibility(header: bytes, size: int, pending: bool) -> str | None:
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        return "the file does not start with the SQLite header"
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        return f"the header's page size {page_size} is not a power of two from 512 to 65536"
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return "the header's file format versions are not 1 (rollback) or 2 (WAL)"
    if header[21:24] != b"\x40\x20\x20":
        return "the header's payload fractions are not 64, 32 and 32"
    if size % page_size:
        return f"the file size {size} is not a whole number of {page_size}-byte pages"
    return _short_by(header, size, pending)


def header_problem(db: Path) -> str | None:
    """What makes the file's first 100 bytes impossible for a SQLite database of this
    size, or None (the SQLite file format, section 1.3)."""
    size = db.stat().st_size
    if size == 0:
        return "the file is empty (0 bytes)"
    with db.open("rb") as file:
        header = file.read(HEADER_SIZE)
    pending = _companion_has_content(db, "-wal") or _companion_has_content(db, "-journal")
    return _header_impossibility(header, size, pending)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema_problem(db: Path, *, timeout: float = 5.0) -> str | None:
    """What a start cannot read (the schema, the revision, the small tables it reads in
    full, the first rows of every table), read-only; None when all of it reads.

    A file that could not be read at all (locked by another program, unreadable)
    raises StorageError: it is not known to be damaged."""
    try:
        with closing(sqlite3.connect(readonly_uri(db), uri=True, timeout=timeout)) as conn:
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
                )
            ]
            for table in tables:
                # Root page to the first leaf: a few pages, whatever the table's size.
                conn.execute(f"SELECT * FROM {_quoted(table)} LIMIT 1").fetchall()
            for table in READ_IN_FULL:
                if table in tables:
                    conn.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()
    except sqlite3.DatabaseError as exc:
        problem = classify(exc)
        if problem is None or problem is StorageProblem.CORRUPT:
            return f"the pages a start reads are damaged ({exc})"
        raise StorageError(problem, storage_message(problem), detail=str(exc)) from exc
    return None


def damage_seen_at_open(db: Path) -> str | None:
    """Why `db` cannot be opened as a sound database (for the log), or None."""
    return header_problem(db) or schema_problem(db)
