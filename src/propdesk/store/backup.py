"""Copies of the SQLite database made with the online backup API, each verified."""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path

from propdesk.config import PRIVATE_FILE, PRIVATE_FOLDER
from propdesk.errors import QT_TRANSLATE_NOOP, StorageError, StorageProblem
from propdesk.store.failures import as_storage_error, classify, storage_message


def readonly_uri(db_file: Path) -> str:
    """A read-only SQLite URI for `db_file`.

    Percent-encoded, so a folder named "gate#1" or "100%" opens that very file (a raw
    "file:{path}" would cut the path at '#' or '?' and open, or create, another one).
    """
    return Path(db_file).resolve().as_uri() + "?mode=ro"


def check_integrity(db_file: Path, *, quick: bool = False, timeout: float = 5.0) -> bool:
    """True when the check passes, False when the file is damaged or not a database.

    A file that could not be checked at all (locked by another program, unreadable)
    raises StorageError instead: it is not known to be damaged and must not be treated
    as if it were.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(readonly_uri(db_file), uri=True, timeout=timeout)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        problem = classify(exc)
        if problem is None or problem is StorageProblem.CORRUPT:
            return False
        raise StorageError(problem, storage_message(problem), detail=str(exc)) from exc
    return rows == [("ok",)]


class CheckStoppedError(Exception):
    """The full check was interrupted before it finished (the window closing, a
    restore): nothing is known about the file."""


# What integrity_check says of a sound file; and at most this many of its findings.
_SOUND = ["ok"]
_MAIN = "*** in database main ***"  # the heading line of its findings
FINDINGS = 20
_STEPS_BETWEEN_ASKS = 10_000  # SQLite virtual-machine steps: well under a millisecond
_ASK_EVERY_S = 0.1  # how often a stoppable check asks `stopped` while SQLite works


def _check_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """The PRAGMA itself: one statement that may read the whole file."""
    return conn.execute(f"PRAGMA integrity_check({FINDINGS})").fetchall()


def _stoppable_rows(
    conn: sqlite3.Connection, stopped: Callable[[], bool]
) -> list[tuple[object, ...]]:
    """The check on a thread of its own, so that `stopped` ends it at once. SQLite
    before 3.44 runs the whole b-tree check inside one step of its virtual machine,
    asking neither the progress handler nor an interrupt until it is done (20–40 s on
    a five-year file after a reboot); the window must not wait for that to close. The
    connection is interrupted (which newer SQLite honours) and the thread, read-only and
    a daemon, is left to finish on its own. The thread closes the connection, waited
    for or not."""
    outcome: list[list[tuple[object, ...]] | BaseException] = []

    def work() -> None:
        try:
            outcome.append(_check_rows(conn))
        except BaseException as exc:  # handed to the asking thread
            outcome.append(exc)
        finally:
            conn.close()

    conn.set_progress_handler(lambda: int(stopped()), _STEPS_BETWEEN_ASKS)
    worker = threading.Thread(target=work, name="integrity-check", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(_ASK_EVERY_S)
        if worker.is_alive() and stopped():
            conn.interrupt()
            raise CheckStoppedError("the check was stopped")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def integrity_findings(
    db_file: Path,
    *,
    timeout: float = 5.0,
    stopped: Callable[[], bool] | None = None,
) -> list[str]:
    """What PRAGMA integrity_check finds wrong in `db_file` (read-only), at most
    FINDINGS lines; [] when the file is sound. It reads the whole file, a minute on a
    big office after a reboot: `stopped` is asked every few thousand steps, and when it
    says True the check ends at once with CheckStoppedError.

    A file that could not be checked at all (locked, unreadable) raises StorageError."""
    try:
        if stopped is None:
            with closing(sqlite3.connect(readonly_uri(db_file), uri=True, timeout=timeout)) as conn:
                rows = _check_rows(conn)
        else:
            # Used and closed on the check's own thread (see _stoppable_rows).
            conn = sqlite3.connect(
                readonly_uri(db_file), uri=True, timeout=timeout, check_same_thread=False
            )
            rows = _stoppable_rows(conn, stopped)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc):
            raise CheckStoppedError(str(exc)) from exc
        problem = classify(exc)
        if problem is None or problem is StorageProblem.CORRUPT:
            return [str(exc)]
        raise StorageError(problem, storage_message(problem), detail=str(exc)) from exc
    # One row may hold several findings, a line each, under a heading line.
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    findings = [line for line in lines if line and line != _MAIN]
    return [] if findings == _SOUND else findings[:FINDINGS]


class SourceDamagedError(StorageError):
    """The file being copied is itself damaged (not the copy): a backup of it cannot
    be made, and the caller says what to do (restore, not back up)."""


SOURCE_DAMAGED = QT_TRANSLATE_NOOP(
    "messages",
    "The database {name} itself is damaged ({finding}): no sound copy of it can be made. "
    "The copy was discarded; nothing was changed.",
)
COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "messages",
    "The backup copy failed its integrity check and was discarded; "
    "the database itself was not changed.",
)


def _failed_copy(source: Path) -> StorageError:
    """Why a copy failed its check: the source's own damage when it has some (checked
    in full only now, on this rare path), else the copy's."""
    try:
        findings = integrity_findings(source)
    except (StorageError, CheckStoppedError):
        findings = []  # the source could not be looked at: say what is known
    if findings:
        return SourceDamagedError(
            StorageProblem.CORRUPT,
            SOURCE_DAMAGED,
            detail="; ".join(findings),
            name=source.name,
            finding=findings[0],
        )
    return StorageError(StorageProblem.CORRUPT, COPY_DAMAGED)


def integrity_ok(db_file: Path, *, quick: bool = False) -> bool:
    try:
        return check_integrity(db_file, quick=quick)
    except StorageError:
        return False


def backup_sqlite_file(
    source: Path, target: Path, *, stopped: Callable[[], bool] | None = None
) -> Path:
    """Copy `source` into `target` consistently while others may be writing.

    The copy is written under a temporary name, checked with integrity_check and only
    then given its final name, so a backup folder never holds a half copy. The
    temporary name is this process's own: two programs starting at once both make
    their copy instead of writing into each other's.

    The copy is one step of the backup API (a step-by-step copy starts again whenever
    another connection writes, which a busy gate does every few seconds); its check,
    which takes most of the time, ends at once with CheckStoppedError when `stopped()`
    says True, and the half-checked copy is removed.
    """
    target.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
    try:
        # Made 0600 before SQLite fills it: a backup holds all the office's data.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
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
        if storage is not None and storage.problem is StorageProblem.CORRUPT:
            raise _failed_copy(source) from exc
        if storage is not None:
            raise storage from exc
        raise
    try:
        sound = not integrity_findings(partial, stopped=stopped)
    except CheckStoppedError:
        # The stopped check's thread may still hold the copy open (Windows then refuses
        # the removal): a half copy left here goes at a later rotation.
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    except StorageError:  # the copy could not be read back: no good copy
        sound = False
    if not sound:
        partial.unlink(missing_ok=True)
        raise _failed_copy(source)
    partial.replace(target)
    return target
