"""What the About box and the status bar show."""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass

from propdesk import __version__
from propdesk.config import Paths
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
