"""What the About box and the status bar show, and "Backup now"."""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from propdesk import __version__
from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem
from propdesk.store.backup import backup_sqlite_file
from propdesk.store.migrate import current_revision
from propdesk.store.unit_of_work import Store


@dataclass(frozen=True)
class SystemInfo:
    propdesk_version: str
    python_version: str
    sqlite_version: str
    schema_revision: str
    database: str
    storage_mode: str  # "SQLite (this PC)" or "PostgreSQL server"
    data_dir: str
    backup_dir: str


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    when: datetime
    size: int


class SystemService:
    def __init__(self, store: Store, paths: Paths) -> None:
        self._store = store
        self._paths = paths

    def info(self) -> SystemInfo:
        revision = current_revision(self._store.engine) or "-"
        if self._store.is_sqlite:
            database = str(self._store.engine.url.database)
            mode = "sqlite"
        else:
            database = self._store.url
            mode = self._store.engine.dialect.name
        return SystemInfo(
            propdesk_version=__version__,
            python_version=platform.python_version(),
            sqlite_version=sqlite3.sqlite_version,
            schema_revision=revision,
            database=database,
            storage_mode=mode,
            data_dir=str(self._paths.data_dir),
            backup_dir=str(self._paths.backup_dir),
        )

    def backup_now(self, now: datetime | None = None) -> Path:
        """Copy the database into the backup folder, verified; returns the copy."""
        if not self._store.is_sqlite:
            raise StorageError(
                StorageProblem.UNAVAILABLE,
                "Backups of a PostgreSQL database are made on the server (pg_dump).",
            )
        source = Path(str(self._store.engine.url.database))
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        return backup_sqlite_file(source, self._paths.backup_dir / f"manual-{stamp}.db")

    def backups(self) -> list[BackupInfo]:
        """Finished backup copies, newest first."""
        folder = self._paths.backup_dir
        if not folder.is_dir():
            return []
        found = []
        for file in folder.glob("*.db"):
            stat = file.stat()
            found.append(
                BackupInfo(file.name, file, datetime.fromtimestamp(stat.st_mtime), stat.st_size)
            )
        return sorted(found, key=lambda b: b.when, reverse=True)

    def latest_backup(self) -> BackupInfo | None:
        backups = self.backups()
        return backups[0] if backups else None
