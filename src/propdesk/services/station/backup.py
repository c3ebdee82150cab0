"""Safe storage: automatic and manual backups, rotation, restore, check at start.

Only for the SQLite store; a PostgreSQL server is backed up on the server.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from propdesk.config import Paths
from propdesk.domain.backup_rotation import backups_to_keep
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, StorageError, StorageProblem, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.store.backup import backup_sqlite_file, check_integrity, integrity_ok, readonly_uri
from propdesk.store.failures import storage_message
from propdesk.store.migrate import is_known_revision

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


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for backup in list_backups(folder):
        if integrity_ok(backup.path):
            return backup
    return None


def check_database_file(paths: Paths, now: datetime | None = None) -> None:
    """quick_check at start. A damaged file is moved aside (never overwritten) and
    StorageError(CORRUPT) raised; the caller offers the newest good backup."""
    db = paths.database_file
    if not db.exists() or db.stat().st_size == 0:
        return
    # Locked by another program or unreadable: StorageError, and the file stays put.
    if check_integrity(db, quick=True):
        return
    aside = db.with_name(f"{db.name}.corrupt-{_stamp(now)}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db) + suffix)
        if part.exists():
            part.replace(Path(str(aside) + suffix))
    log.error("database %s failed quick_check; moved to %s", db, aside)
    raise StorageError(
        StorageProblem.CORRUPT,
        storage_message(StorageProblem.CORRUPT) + f" (kept as {aside.name})",
        detail=str(aside),
    )


def make_backup(paths: Paths, prefix: str, now: datetime | None = None) -> Path:
    target = paths.backup_dir / f"{prefix}{_stamp(now)}.db"
    return backup_sqlite_file(paths.database_file, target)


def rotate(folder: Path) -> list[Path]:
    """Delete automatic backups the rotation no longer keeps; manual ones stay."""
    autos: dict[datetime, Path] = {}
    for file in folder.glob(f"{AUTO_PREFIX}*.db"):
        match = _AUTO.match(file.name)
        if match:
            autos[datetime.strptime(match.group(1), STAMP)] = file
    keep = backups_to_keep(autos)
    removed = []
    for stamp, file in autos.items():
        if stamp not in keep:
            file.unlink(missing_ok=True)
            removed.append(file)
    return removed


def ensure_daily_backup(paths: Paths, now: datetime | None = None) -> Path | None:
    """The automatic backup: one a day (at start and from the GUI's timer), rotated."""
    if not paths.database_file.exists():
        return None
    now = now or datetime.now()
    today = f"{AUTO_PREFIX}{now:%Y%m%d}-"
    if any(f.name.startswith(today) for f in paths.backup_dir.glob(f"{today}*.db")):
        return None
    made = make_backup(paths, AUTO_PREFIX, now)
    rotate(paths.backup_dir)
    return made


def validate_backup_file(file: Path) -> None:
    """A restorable file: a SQLite database that passes integrity_check and has a schema."""
    if not file.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The file {name} does not exist."),
            field="file",
            name=str(file),
        )
    if not integrity_ok(file):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{name} is not a usable propdesk backup (damaged or not a database)."
            ),
            field="file",
            name=file.name,
        )
    with closing(sqlite3.connect(readonly_uri(file), uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if "alembic_version" in tables
            else None
        )
    if "alembic_version" not in tables:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{name} is not a usable propdesk backup (damaged or not a database)."
            ),
            field="file",
            name=file.name,
        )
    if revision is not None and not is_known_revision(revision[0]):
        # Checked before anything is replaced: restoring it would leave a database this
        # version cannot open, and `propdesk restore` could then not run to undo it.
        raise StorageError(
            StorageProblem.NEWER_SCHEMA,
            f"{file.name} was written by a newer version of propdesk (schema {revision[0]}). "
            "Install the newer version; nothing was changed.",
        )


def restore_file(paths: Paths, file: Path, now: datetime | None = None) -> Path:
    """Replace the database with `file`; the current one is copied aside first.
    The caller must have closed every connection (the store is disposed)."""
    validate_backup_file(file)
    db = paths.database_file
    kept = paths.backup_dir / f"before-restore-{_stamp(now)}.db"
    if db.exists():
        if integrity_ok(db):
            backup_sqlite_file(db, kept)
        else:
            # A damaged current file is kept byte for byte instead.
            paths.backup_dir.mkdir(parents=True, exist_ok=True)
            shutil.copy2(db, kept)
    staging = db.with_name(db.name + ".restoring")
    backup_sqlite_file(file, staging)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    staging.replace(db)
    log.info("database restored from %s; previous kept as %s", file, kept)
    return kept


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

    def ensure_daily(self) -> Path | None:
        return ensure_daily_backup(self._paths) if self._is_sqlite else None

    def backups(self) -> list[BackupInfo]:
        return list_backups(self._paths.backup_dir)

    def latest(self) -> BackupInfo | None:
        found = self.backups()
        return found[0] if found else None

    def newest_good(self) -> BackupInfo | None:
        return newest_good_backup(self._paths.backup_dir)
