"""The SQLite file itself: made whole or not at all, and its -wal/-shm kept writable.

Why made aside: SQLite creates an empty (0-byte) file when it opens a path that does
not exist. Were that file visible, a second program starting at the same moment could
not tell it from a file emptied by a failing disk. The new database is made under a
temporary name in the same folder, its header written, and linked into place only if
nothing is there yet; so a 0-byte propdesk.db is always damage.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import uuid
from contextlib import closing
from pathlib import Path

from propdesk.config import PRIVATE_FILE
from propdesk.errors import QT_TRANSLATE_NOOP, StorageError, StorageProblem
from propdesk.store.failures import as_storage_error

log = logging.getLogger(__name__)

# The files SQLite keeps beside a database in WAL mode.
COMPANIONS = ("-wal", "-shm")


def create_database_file(db: Path) -> bool:
    """Make an empty WAL database at `db` unless one is there; True when this call made
    it. Never overwrites: when another program made it first, theirs stays."""
    if db.exists():
        return False
    new = db.with_name(f".{db.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.new")
    try:
        # Created 0600 before SQLite opens it: the file is never readable by others.
        os.close(os.open(new, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        with closing(sqlite3.connect(new)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")  # writes the 4 KiB header
        _fsync(new)
        return _link_if_absent(new, db)
    except (sqlite3.Error, OSError) as exc:
        storage = as_storage_error(exc)
        if storage is not None:
            raise storage from exc
        raise
    finally:
        for leftover in (new, *(Path(f"{new}{s}") for s in COMPANIONS)):
            leftover.unlink(missing_ok=True)


def _link_if_absent(new: Path, db: Path) -> bool:
    """Give `new` the name `db` atomically, only if `db` does not exist."""
    try:
        os.link(new, db)  # fails when db exists: the other program's file stays
    except FileExistsError:
        return False
    except OSError:
        # No hard links here (FAT, some shares). Windows' rename refuses an existing
        # target; elsewhere a last look right before renaming is the best there is.
        if sys.platform != "win32" and db.exists():
            return False
        try:
            os.rename(new, db)
        except FileExistsError:
            return False
    _fsync_folder(db.parent)
    log.info("new database file %s", db)
    return True


def _fsync(file: Path) -> None:
    fd = os.open(file, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """The new name survives a power cut (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def companions(db: Path) -> list[Path]:
    return [Path(f"{db}{suffix}") for suffix in COMPANIONS]


def make_companions_writable(db: Path) -> None:
    """A leftover read-only -wal or -shm makes SQLite open it read-only and every write
    fail, even once the folder's permissions are fixed. Ours: made writable again
    (logged). Another user's: StorageError(READ_ONLY) naming that very file."""
    for part in companions(db):
        try:
            info = part.stat()
        except FileNotFoundError:
            continue
        if os.access(part, os.R_OK | os.W_OK):
            continue
        if _is_mine(info):
            try:
                part.chmod(PRIVATE_FILE)
                log.warning("%s was read-only; made writable again", part)
                continue
            except OSError as exc:
                log.warning("%s is read-only and could not be changed: %s", part, exc)
        raise _companion_error(part)


def _is_mine(info: os.stat_result) -> bool:
    if not hasattr(os, "geteuid"):
        return True  # Windows: no owners here; the read-only flag is ours to clear
    return info.st_uid == os.geteuid()


# Templates the window and the CLI translate, then fill with the file's path.
_WAL_READ_ONLY = QT_TRANSLATE_NOOP(
    "messages",
    "The database cannot be written to: {file} is read-only and belongs to another user. "
    "Nothing was saved; make it writable for this user (do not delete it: it holds the "
    "latest saves), then start propdesk again.",
)
_SHM_READ_ONLY = QT_TRANSLATE_NOOP(
    "messages",
    "The database cannot be written to: {file} is read-only and belongs to another user. "
    "Nothing was saved; make it writable for this user, or delete it while no propdesk "
    "is running, then start propdesk again.",
)


def _companion_error(part: Path) -> StorageError:
    template = _WAL_READ_ONLY if part.name.endswith("-wal") else _SHM_READ_ONLY
    return StorageError(StorageProblem.READ_ONLY, template, detail=str(part), file=str(part))
