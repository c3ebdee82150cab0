"""Safe storage: automatic and manual backups, rotation, restore, check at start.

Only for the SQLite store; a PostgreSQL server is backed up on the server.

Photos (store.attachments) travel with the database: every backup copies the data
folder's photos the backup's folder lacks into `attachments/` beside it, one set of
content-named files shared by all the backups there; a restore copies the photos
beside the restored file that the data folder lacks. Copying the backup folder (to a
USB stick) thus carries the photos along. Rotation never deletes a photo: which
backups still need one is in the backups' tables, and a photo is small beside them.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from propdesk.config import Paths, make_private
from propdesk.domain.backup_rotation import backups_to_keep
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, StorageError, StorageProblem, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit_anchors import remember_backup_anchor, remember_restore_anchor
from propdesk.store.attachments import attachments_folder, copy_missing

# Re-exported (mypy's explicit form): the window's background check is stopped with it,
# and the ui imports no store module.
from propdesk.store.backup import CheckStoppedError as CheckStoppedError  # noqa: PLC0414
from propdesk.store.backup import (
    SourceDamagedError,
    backup_sqlite_file,
    integrity_findings,
    readonly_uri,
)
from propdesk.store.backup_contents import read_contents
from propdesk.store.database_file import (
    companions,
    create_database_file,
    make_companions_writable,
)
from propdesk.store.open_check import damage_seen_at_open, header_problem

log = logging.getLogger(__name__)

AUTO_PREFIX = "auto-"
STAMP = "%Y%m%d-%H%M%S"
_AUTO = re.compile(r"^auto-(\d{8}-\d{6})\.db$")


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    when: datetime
    size: int


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).strftime(STAMP)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Finished copies (not .partial), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob("*.db"):
        stat = file.stat()
        found.append(
            BackupInfo(file.name, file, datetime.fromtimestamp(stat.st_mtime), stat.st_size)
        )
    return sorted(found, key=lambda b: (b.when, b.name), reverse=True)


def holds_data(file: Path) -> bool:
    """The office's data is in `file`: an estate is set up (read without changing it)."""
    contents = read_contents(file)
    return contents is not None and contents.holds_data


def is_good_backup(file: Path) -> bool:
    """Holds the office's data (read from the file, which must open as a database).

    Why not a full integrity_check here: every backup was checked in full when it was
    made (backup_sqlite_file), and a restore checks its copy in full again before it
    replaces anything; checking each candidate once more would keep a person waiting
    about a minute per backup of a five-year office before the offer even appears."""
    return holds_data(file)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup worth restoring. Why "holds data" too: a copy of an empty
    database (made after the real one was lost) passes the integrity check, and
    offering it would pass over the last copy of the office's work."""
    for backup in list_backups(folder):
        if is_good_backup(backup.path):
            return backup
    return None


def check_database_file(paths: Paths, now: datetime | None = None) -> None:
    """At start: a missing database is made (whole, 0600); an empty or damaged one is
    moved aside (never overwritten) and StorageError(CORRUPT) raised, the caller offers
    the newest good backup; a leftover read-only -wal/-shm is dealt with.

    "Damaged" here is what a start can see (store.open_check: the header, the schema
    and the pages a start reads), not a read of the whole file: that is
    find_damage_in_full's, where it keeps nobody waiting."""
    db = paths.database_file
    if create_database_file(db):
        return
    # Locked by another program or unreadable: StorageError, and the file stays put.
    reason = damage_seen_at_open(db)
    if reason is None:
        make_companions_writable(db)
        return
    aside = db.with_name(f"{db.name}.corrupt-{_stamp(now)}")
    for part, target in zip((db, *companions(db)), (aside, *companions(aside)), strict=True):
        if part.exists():
            part.replace(target)  # a rename: byte for byte
            make_private(target)
    log.error("database %s is damaged (%s); moved to %s", db, reason, aside)
    raise StorageError(StorageProblem.CORRUPT, DAMAGED_KEPT, detail=str(aside), aside=aside.name)


@dataclass(frozen=True)
class DamageFound:
    """What the full check found wrong (integrity_check's lines), and the backup to
    restore: the newest that holds the office's data, None when there is none."""

    findings: tuple[str, ...]
    newest_good: BackupInfo | None


def find_damage_in_full(
    paths: Paths, *, stopped: Callable[[], bool] | None = None
) -> DamageFound | None:
    """Every page of the database read (integrity_check, read-only: a save goes on
    meanwhile in WAL mode), for `propdesk check` and the window's background check.
    Moves nothing. None when sound or when there is no file yet; StorageError when it
    cannot be read (locked); CheckStoppedError once `stopped()` says True."""
    db = paths.database_file
    if not db.exists():
        return None
    problem = header_problem(db)  # a 0-byte file passes integrity_check: an empty db
    findings = [problem] if problem else integrity_findings(db, stopped=stopped)
    if not findings:
        return None
    log.error("database %s failed its full check: %s", db, "; ".join(findings))
    return DamageFound(tuple(findings), newest_good_backup(paths.backup_dir))


DAMAGED_KEPT = QT_TRANSLATE_NOOP(
    "messages",
    "The database file is damaged or is not a propdesk database. It was moved aside "
    "unchanged as {aside}; restore the newest backup.",
)


NOTHING_TO_BACK_UP = QT_TRANSLATE_NOOP(
    "messages",
    "There is nothing to back up yet: no estate is set up in this database. "
    "Set up the estate first, or restore a backup.",
)


DATABASE_DAMAGED_RESTORE = QT_TRANSLATE_NOOP(
    "messages",
    "The database itself is damaged ({finding}), so no backup was made. Do not back up "
    "over the backups you have: restore the newest good backup, {backup} ({when}).",
)
DATABASE_DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "messages",
    "The database itself is damaged ({finding}), so no backup was made, and the backup "
    "folder holds no good backup to restore. Keep the database file as it is and call "
    "for help.",
)


def database_damaged(paths: Paths, finding: str, detail: str = "") -> StorageError:
    """The database itself failed its full check: what to do (restore, never back up
    over the backups), with the newest good backup named."""
    good = newest_good_backup(paths.backup_dir)
    if good is None:
        return StorageError(
            StorageProblem.CORRUPT, DATABASE_DAMAGED_NO_BACKUP, detail=detail, finding=finding
        )
    return StorageError(
        StorageProblem.CORRUPT,
        DATABASE_DAMAGED_RESTORE,
        detail=detail,
        finding=finding,
        backup=good.name,
        when=f"{good.when:%Y-%m-%d %H:%M}",
    )


def make_backup(
    paths: Paths,
    prefix: str,
    now: datetime | None = None,
    *,
    stopped: Callable[[], bool] | None = None,
) -> Path:
    """A verified copy of the database; refused (ValidationError) when it holds no
    estate: such a copy would only crowd out the backups that hold the office's data.
    A damaged database is refused as damaged (database_damaged), not as a failed copy:
    the copy is verified in full, so the daily backup is also the daily full check."""
    contents = read_contents(paths.database_file)
    if contents is None:
        # Not readable as a propdesk database: damaged, or one not migrated yet. Only
        # on this rare path is it read in full to tell which.
        findings = integrity_findings(paths.database_file)
        if findings:
            raise database_damaged(paths, findings[0], "; ".join(findings))
    if contents is None or not contents.holds_data:
        raise ValidationError(NOTHING_TO_BACK_UP)
    target = paths.backup_dir / f"{prefix}{_stamp(now)}.db"
    try:
        made = backup_sqlite_file(paths.database_file, target, stopped=stopped)
    except SourceDamagedError as exc:
        raise database_damaged(paths, str(exc.params["finding"]), exc.detail) from exc
    carry_photos(paths, made)
    remember_backup_anchor(paths, made)  # logs, never raises: the backup stands
    return made


def carry_photos(paths: Paths, backup: Path) -> None:
    """The data folder's photos into `attachments/` beside `backup`, so the backup is
    whole. Copied after the database: a record names a photo only once the photo is
    stored, so every photo the copy names is there by now. When they cannot be copied
    (full disk) the backup is removed and StorageError raised: a backup without its
    photos would look whole and restore without them."""
    try:
        outcome = copy_missing(
            attachments_folder(paths.data_dir), attachments_folder(backup.parent)
        )
    except StorageError:
        backup.unlink(missing_ok=True)
        raise
    if outcome.copied or outcome.skipped:
        log.info(
            "backup %s: %d photos copied, %d unreadable left out",
            backup.name,
            outcome.copied,
            len(outcome.skipped),
        )


def _newest_auto_with_data(autos: dict[datetime, Path]) -> datetime | None:
    for stamp in sorted(autos, reverse=True):
        if is_good_backup(autos[stamp]):
            return stamp
    return None


STALE_PARTIAL_S = 6 * 3600  # no copy takes this long: its process was killed mid-copy


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Half copies left by a process killed mid-backup (a power cut while the window
    took the day's backup): as big as the database, never finished, never restorable."""
    now = time.time() if now is None else now
    removed = []
    for file in folder.glob("*.partial"):
        with suppress(OSError):  # another process's copy just finished or went
            if now - file.stat().st_mtime > STALE_PARTIAL_S:
                file.unlink()
                removed.append(file)
    return removed


def rotate(folder: Path) -> list[Path]:
    """Delete automatic backups the rotation no longer keeps; manual ones stay, and so
    does the newest automatic one that holds the office's data, however old; and half
    copies left by a killed process."""
    remove_stale_partials(folder)
    autos: dict[datetime, Path] = {}
    for file in folder.glob(f"{AUTO_PREFIX}*.db"):
        match = _AUTO.match(file.name)
        if match:
            autos[datetime.strptime(match.group(1), STAMP)] = file
    keep = backups_to_keep(autos, newest_with_data=_newest_auto_with_data(autos))
    removed = []
    for stamp, file in autos.items():
        if stamp not in keep:
            file.unlink(missing_ok=True)
            removed.append(file)
    return removed


def ensure_daily_backup(
    paths: Paths, now: datetime | None = None, *, stopped: Callable[[], bool] | None = None
) -> Path | None:
    """The automatic backup: one a day, rotated, taken by the window's daily jobs off
    the GUI thread (never on the way to the window or a command: it reads the whole
    file). None when there was nothing to copy (no database, or one without an estate).
    CheckStoppedError when `stopped()` ends its check: no copy is left."""
    now = now or datetime.now()
    today = f"{AUTO_PREFIX}{now:%Y%m%d}-"
    # Today's copy first: holds_data counts the large tables, which a start that has
    # nothing to back up must not pay for.
    if any(f.name.startswith(today) for f in paths.backup_dir.glob(f"{today}*.db")):
        return None
    if not paths.database_file.exists() or not holds_data(paths.database_file):
        return None
    made = make_backup(paths, AUTO_PREFIX, now, stopped=stopped)
    rotate(paths.backup_dir)
    return made


def validate_backup_file(file: Path) -> None:
    """A restorable file: a SQLite database with a propdesk schema this version knows.
    (Its pages are checked in full on the copy a restore makes, before anything is
    replaced: see restore_file.)"""
    if not file.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The file {name} does not exist."),
            field="file",
            name=str(file),
        )
    tables: set[str] = set()
    revision = None
    try:
        with closing(sqlite3.connect(readonly_uri(file), uri=True)) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        tables = set()  # not a database, or its schema pages are damaged
    if "alembic_version" not in tables:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{name} is not a usable propdesk backup (damaged or not a database)."
            ),
            field="file",
            name=file.name,
        )
    # Imported here: migrate loads SQLAlchemy, which the window's login must not wait for.
    from propdesk.store.migrate import is_known_revision

    if revision is not None and not is_known_revision(revision[0]):
        # Checked before anything is replaced: restoring it would leave a database this
        # version cannot open, and `propdesk restore` could then not run to undo it.
        raise StorageError(
            StorageProblem.NEWER_SCHEMA,
            f"{file.name} was written by a newer version of propdesk (schema {revision[0]}). "
            "Install the newer version; nothing was changed.",
        )


def _keep_current(paths: Paths, kept: Path) -> None:
    """Copy the current database to `kept` before it is replaced: a sound one as a
    verified copy, an empty or damaged one byte for byte (its -wal beside it). A file
    locked by another program raises StorageError: it must not be replaced."""
    db = paths.database_file
    copied = False
    if db.stat().st_size > 0:
        try:
            backup_sqlite_file(db, kept)  # a sound file: a consistent, verified copy
            copied = True
        except StorageError as exc:
            if exc.problem is not StorageProblem.CORRUPT:
                raise  # locked, full, read-only: it must not be replaced
    if not copied:
        kept.parent.mkdir(parents=True, exist_ok=True)
        for part, target in zip((db, *companions(db)), (kept, *companions(kept)), strict=True):
            if part.exists() and not part.name.endswith("-shm"):  # -shm: an index, rebuilt
                shutil.copyfile(part, target)
                make_private(target)
    _photos_beside_kept(paths, kept)


def _photos_beside_kept(paths: Paths, kept: Path) -> None:
    """The photos beside the copy kept before a restore, so it can be restored whole
    elsewhere. Why only tried: the restore deletes no photo (they all stay in the data
    folder), and a restore of a damaged database must not fail for want of room for
    copies of photos that are safe where they are."""
    try:
        copy_missing(attachments_folder(paths.data_dir), attachments_folder(kept.parent))
    except StorageError as exc:
        log.warning("photos not copied beside %s (%s); they stay in the data folder", kept, exc)


def restore_file(paths: Paths, file: Path, now: datetime | None = None) -> Path:
    """Replace the database with `file`; the current one is copied aside first (it
    need not be sound: an empty or damaged file is kept byte for byte). Returns where
    it was kept, a path that does not exist when there was no current file.
    The caller must have closed every connection (the store is disposed)."""
    validate_backup_file(file)
    db = paths.database_file
    kept = paths.backup_dir / f"before-restore-{_stamp(now)}.db"
    # The backup is copied and checked in full first: a damaged backup is refused
    # before the current file is touched.
    staging = db.with_name(db.name + ".restoring")
    backup_sqlite_file(file, staging)
    try:
        if db.exists():
            _keep_current(paths, kept)
        bring_back_photos(paths, file)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    for part in companions(db):
        part.unlink(missing_ok=True)
    staging.replace(db)
    remember_restore_anchor(paths, file)  # anchors past the backup's head are retired
    log.info("database restored from %s; previous kept as %s", file, kept)
    return kept


def bring_back_photos(paths: Paths, backup: Path) -> None:
    """The photos in `attachments/` beside `backup` that the data folder lacks, copied
    in before the database is replaced (a full disk then changes nothing). None there
    (a backup copied without its folder): the database is restored all the same, and
    its photos show as missing."""
    beside = attachments_folder(backup.parent)
    if not beside.is_dir():
        log.info("no photos beside %s; the database is restored without them", backup)
        return
    outcome = copy_missing(beside, attachments_folder(paths.data_dir))
    log.info(
        "restore from %s: %d photos copied back, %d unreadable left out",
        backup.name,
        outcome.copied,
        len(outcome.skipped),
    )


class BackupService:
    """The GUI's and CLI's view of the above, with permission checks."""

    def __init__(self, paths: Paths, is_sqlite: bool) -> None:
        self._paths = paths
        self._is_sqlite = is_sqlite

    def _require_sqlite(self) -> None:
        if not self._is_sqlite:
            raise StorageError(
                StorageProblem.UNAVAILABLE,
                "Backups of a PostgreSQL database are made on the server (pg_dump).",
            )

    def backup_now(self, actor: Actor) -> Path:
        actor.require(Module.BACKUP, Action.CREATE)
        self._require_sqlite()
        return make_backup(self._paths, "manual-")

    @property
    def is_sqlite(self) -> bool:
        return self._is_sqlite

    def find_damage(self, *, stopped: Callable[[], bool] | None = None) -> DamageFound | None:
        """The full check (find_damage_in_full); None for a server's database, which
        is checked on the server."""
        return find_damage_in_full(self._paths, stopped=stopped) if self._is_sqlite else None

    def ensure_daily(self, *, stopped: Callable[[], bool] | None = None) -> Path | None:
        return ensure_daily_backup(self._paths, stopped=stopped) if self._is_sqlite else None

    def backups(self) -> list[BackupInfo]:
        return list_backups(self._paths.backup_dir)

    def latest(self) -> BackupInfo | None:
        found = self.backups()
        return found[0] if found else None

    def newest_good(self) -> BackupInfo | None:
        return newest_good_backup(self._paths.backup_dir)
