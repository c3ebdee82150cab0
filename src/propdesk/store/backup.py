"""Copies of the SQLite database made with the online backup API, each verified."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from propdesk.errors import StorageError, StorageProblem
from propdesk.store.failures import as_storage_error


def integrity_ok(db_file: Path, *, quick: bool = False) -> bool:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """Copy `source` into `target` consistently while others may be writing.

    The copy is written under a temporary name, checked with integrity_check and only
    then given its final name, so a backup folder never holds a half copy.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            closing(sqlite3.connect(source, timeout=15)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A backup is a single file: no WAL beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        storage = as_storage_error(exc)
        if storage is not None:
            raise storage from exc
        raise
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise StorageError(
            StorageProblem.CORRUPT,
            "The backup copy failed its integrity check and was discarded; "
            "the database itself was not changed.",
        )
    partial.replace(target)
    return target
