"""Turn driver and OS errors into StorageError with a message a user can act on."""

from __future__ import annotations

import errno
import sqlite3
import sys

from propdesk.errors import QT_TRANSLATE_NOOP, StorageError, StorageProblem, ValidationError

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
    StorageProblem.SERVER_UNREACHABLE: (
        "The database server cannot be reached. Nothing was saved; check this station's "
        "network cable and that the server is on, then try again."
    ),
}


# sqlite3 reports every failure as text; these fragments name the storage problems.
_SQLITE_TEXTS = (
    (("locked", "busy"), StorageProblem.LOCKED),
    (("disk is full",), StorageProblem.DISK_FULL),
    (("readonly", "read-only", "unable to open"), StorageProblem.READ_ONLY),
    (("malformed", "not a database", "corrupt"), StorageProblem.CORRUPT),
    (("disk i/o error",), StorageProblem.UNAVAILABLE),
)


# PostgreSQL names its failures by SQLSTATE (psycopg's `sqlstate`), not by text.
_SERVER_STATES = {
    "55P03": StorageProblem.LOCKED,  # lock_not_available: lock_timeout ran out
    "40P01": StorageProblem.LOCKED,  # deadlock_detected: the other save went first
    "40001": StorageProblem.LOCKED,  # serialization_failure
    "53100": StorageProblem.DISK_FULL,  # disk_full
    "25006": StorageProblem.READ_ONLY,  # read_only_sql_transaction (a standby server)
    "XX001": StorageProblem.CORRUPT,  # data_corrupted
    "57P01": StorageProblem.SERVER_UNREACHABLE,  # admin_shutdown: the server stopped
    "57P02": StorageProblem.SERVER_UNREACHABLE,  # crash_shutdown
    "57P03": StorageProblem.SERVER_UNREACHABLE,  # cannot_connect_now: still starting
}


def _server_problem(sqlstate: object) -> StorageProblem | None:
    """The storage problem a database server's SQLSTATE means. Why a table: a server
    tells a lock timeout or a full disk by code, and the person must hear "busy, try
    again" for a lock rather than "could not be opened"."""
    if not isinstance(sqlstate, str):
        return None
    if sqlstate.startswith("08"):  # connection_exception and its subclasses
        return StorageProblem.SERVER_UNREACHABLE
    return _SERVER_STATES.get(sqlstate)


_OS_ERRNOS = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
}


def storage_message(problem: StorageProblem) -> str:
    return _MESSAGES.get(problem, _MESSAGES[StorageProblem.UNAVAILABLE])


def _sqlalchemy_class(name: str) -> type | None:
    """One of SQLAlchemy's exception classes, if SQLAlchemy is loaded. An exception
    raised before it was imported is none of its own, and the backup and restore code
    that asks here runs before the window's login, which must not wait ~0.3 s for it."""
    module = sys.modules.get("sqlalchemy.exc")
    found = getattr(module, name, None) if module is not None else None
    return found if isinstance(found, type) else None


def _driver_error(exc: BaseException) -> BaseException:
    """The driver's exception SQLAlchemy wrapped (its DBAPIError's `orig`), or `exc`."""
    wrapper = _sqlalchemy_class("DBAPIError")
    if wrapper is not None and isinstance(exc, wrapper):
        original = getattr(exc, "orig", None)
        if isinstance(original, BaseException):
            return original
    return exc


def classify(exc: BaseException) -> StorageProblem | None:
    """Which storage problem an exception means, or None when it is not one."""
    original = _driver_error(exc)
    if isinstance(original, OSError):
        return _OS_ERRNOS.get(original.errno or 0)
    if not isinstance(original, sqlite3.Error):
        by_state = _server_problem(getattr(original, "sqlstate", None))
        if by_state is not None:
            return by_state
        # Another driver's operational error without a state: the connection itself
        # failed (no route, refused, timed out, the server went away).
        operational = _sqlalchemy_class("OperationalError")
        unreachable = operational is not None and isinstance(exc, operational)
        return StorageProblem.SERVER_UNREACHABLE if unreachable else None
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


# SQLSTATEs a server gives for a value it cannot keep. Why mapped to input errors: the
# text guard (text_guard.py) stops these before they are sent, but a value that still
# reaches the server is the person's input, not a failing disk, and nothing was saved.
_INPUT_STATES = {
    "22001": QT_TRANSLATE_NOOP(  # string_data_right_truncation: value too long
        "messages", "A text is longer than the database allows. Nothing was saved; shorten it."
    ),
    "22021": QT_TRANSLATE_NOOP(  # character_not_in_repertoire
        "messages", "This text contains a character that cannot be stored; retype it."
    ),
    "22P05": QT_TRANSLATE_NOOP(  # untranslatable_character
        "messages", "This text contains a character that cannot be stored; retype it."
    ),
}


def as_input_error(exc: BaseException) -> ValidationError | None:
    """The input error a server's refusal of a value means, or None."""
    original = _driver_error(exc)
    message = _INPUT_STATES.get(getattr(original, "sqlstate", None) or "")
    return ValidationError(message) if message else None
