"""Turn driver and OS errors into StorageError with a message a user can act on."""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError

from propdesk.errors import StorageError, StorageProblem

_MESSAGES = {
    StorageProblem.LOCKED: (
        "The database is busy or locked by another program. Nothing was saved; "
        "close the other program (or wait a moment) and try again."
    ),
    StorageProblem.DISK_FULL: (
        "The disk is full. Nothing was saved; free some space and try again. "
        "Records saved earlier are safe."
    ),
    StorageProblem.READ_ONLY: (
        "The database cannot be written to (read-only file or folder). Nothing was saved; "
        "check the folder's permissions."
    ),
    StorageProblem.CORRUPT: (
        "The database file is damaged or is not a propdesk database. It has not been "
        "changed; restore the newest backup."
    ),
    StorageProblem.UNAVAILABLE: "The database could not be opened.",
}


# sqlite3 reports every failure as text; these fragments name the storage problems.
_SQLITE_TEXTS = (
    (("locked", "busy"), StorageProblem.LOCKED),
    (("disk is full",), StorageProblem.DISK_FULL),
    (("readonly", "read-only", "unable to open"), StorageProblem.READ_ONLY),
    (("malformed", "not a database", "corrupt"), StorageProblem.CORRUPT),
    (("disk i/o error",), StorageProblem.UNAVAILABLE),
)


_OS_ERRNOS = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
}


def storage_message(problem: StorageProblem) -> str:
    return _MESSAGES.get(problem, _MESSAGES[StorageProblem.UNAVAILABLE])


def classify(exc: BaseException) -> StorageProblem | None:
    """Which storage problem an exception means, or None when it is not one."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, OSError):
        return _OS_ERRNOS.get(original.errno or 0)
    if not isinstance(original, sqlite3.Error):
        # Another driver's operational error (a PostgreSQL server gone, …).
        return StorageProblem.UNAVAILABLE if isinstance(exc, OperationalError) else None
    text = str(original).lower()
    for fragments, problem in _SQLITE_TEXTS:
        if any(fragment in text for fragment in fragments):
            return problem
    return None


def as_storage_error(exc: BaseException) -> StorageError | None:
    problem = classify(exc)
    if problem is None:
        return None
    return StorageError(problem, storage_message(problem), detail=str(exc))
