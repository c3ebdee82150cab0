"""The restore offered when a station cannot start on its database file.

A damaged (or empty) file is moved aside at start (station.backup.check_database_file);
then the window names the newest backup that holds the office's data, restores it on
one click and opens the station as on any start. Decided here, shown by the window:
where the damaged file is, which backup, and the restore itself, so all of it is tested
without Qt.

Beside bootstrap, not in station/: restoring ends by opening the station, and only the
top of services may build every service.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.config import Paths, Settings, database_url, load_settings
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.station.backup import restore_file
from propdesk.services.station.backup_summary import BackupSummary, newest_backup
from propdesk.store.backup_contents import read_contents
from propdesk.store.open_check import damage_seen_at_open

# The window asks pending_damage before it paints its login, and the station (with
# SQLAlchemy, ~0.8 s of imports) opens behind that login: only a restore needs it here.
if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services

log = logging.getLogger(__name__)

# How check_database_file names a moved-aside file: propdesk.db.corrupt-20260105-081500.
DAMAGED_MARK = ".corrupt-"


@dataclass(frozen=True)
class Damage:
    """Where the damaged database is, found at once (the backups are looked at later)."""

    file: Path  # where the damaged database is now
    moved_aside: bool  # True: moved aside and kept; False: in place until a restore
    backup_folder: Path

    @property
    def kept_as(self) -> Path | None:
        return self.file if self.moved_aside else None


@dataclass(frozen=True)
class RestoreOffer:
    damage: Damage
    backup: BackupSummary | None  # the newest backup holding the office's data, if any

    @property
    def damaged_kept_as(self) -> Path | None:
        return self.damage.kept_as

    @property
    def backup_folder(self) -> Path:
        return self.damage.backup_folder


def _on_sqlite(paths: Paths, settings: Settings | None) -> bool:
    """A server's backups are the server's (pg_dump): only a SQLite station is offered."""
    chosen = settings if settings is not None else load_settings(paths).settings
    return database_url(paths, chosen).startswith("sqlite")


def _kept_aside(paths: Paths, error: StorageError) -> Path | None:
    """The moved-aside file a CORRUPT error names in its detail, if it is one."""
    if not error.detail:
        return None
    named = Path(error.detail)
    prefix = paths.database_file.name + DAMAGED_MARK
    return named if named.name.startswith(prefix) and named.is_file() else None


def damage_of(paths: Paths, error: StorageError, settings: Settings | None = None) -> Damage | None:
    """After opening the station failed with `error`: the damage to offer a restore
    for; None when a restore is not the answer (another problem, a database server)."""
    if error.problem is not StorageProblem.CORRUPT or not _on_sqlite(paths, settings):
        return None
    kept = _kept_aside(paths, error)
    if kept is not None:
        return Damage(kept, True, paths.backup_dir)
    # Damage found later than the start check (e.g. while migrating): the file is still
    # in place, and restore_file keeps a copy of it before replacing it.
    return Damage(paths.database_file, False, paths.backup_dir)


def _newest_damaged(paths: Paths) -> Path | None:
    db = paths.database_file
    found = [
        f
        for f in db.parent.glob(f"{db.name}{DAMAGED_MARK}*")
        if f.is_file() and not f.name.endswith(("-wal", "-shm"))
    ]
    return max(found, key=lambda f: f.stat().st_mtime) if found else None


def pending_damage(paths: Paths, settings: Settings | None = None) -> Damage | None:
    """Before opening: a damaged file was moved aside at an earlier start and nothing
    has taken the office's data's place since (no database, or one without an estate,
    e.g. made by a command run in between). Offer the restore again rather than a first
    start, which would look as if the office had never existed."""
    if not _on_sqlite(paths, settings):
        return None
    kept = _newest_damaged(paths)
    if kept is None:
        return None
    db = paths.database_file
    if db.exists():
        contents = read_contents(db)
        if contents is not None and contents.holds_data:
            return None  # the office's data is back (restored, or set up anew)
    return Damage(kept, True, paths.backup_dir)


def offer(
    paths: Paths, error: StorageError, settings: Settings | None = None
) -> RestoreOffer | None:
    """The damage and the newest good backup in one call (slow: see newest_backup)."""
    damage = damage_of(paths, error, settings)
    return RestoreOffer(damage, newest_backup(damage.backup_folder)) if damage else None


def seen_damaged(paths: Paths) -> bool:
    """Whether the station's SQLite file shows damage a start would see (its header,
    schema and first rows; store.open_check), read with sqlite3 alone in a few
    milliseconds: the window offers the restore before its login then. False when
    there is no file, or it cannot be read at all (locked: opening it says so)."""
    db = paths.database_file
    if not db.exists():
        return False
    try:
        return damage_seen_at_open(db) is not None
    except (StorageError, OSError):
        return False


def pending_offer(paths: Paths, settings: Settings | None = None) -> RestoreOffer | None:
    damage = pending_damage(paths, settings)
    return RestoreOffer(damage, newest_backup(damage.backup_folder)) if damage else None


def restore_and_open(
    paths: Paths,
    file: Path,
    *,
    damaged_kept_as: Path | None = None,
    fast_hashing: bool = False,
) -> Services:
    """Restore `file` as the database, then open the station as a normal start does.

    Nothing holds the database at this point (opening it failed or never began), so
    the file is replaced directly; the restore is audited in the restored chain, by
    the station's system user (nobody has logged in yet).
    """
    from propdesk.services.bootstrap import open_services
    from propdesk.services.core import audit as audit_service
    from propdesk.services.core.actor import system_actor
    from propdesk.services.core.audit import AuditAction

    kept = restore_file(paths, file)
    services = open_services(paths, fast_hashing=fast_hashing)
    previous = damaged_kept_as if damaged_kept_as is not None else kept
    after = {"file": file.name}
    if os.path.lexists(previous):
        after["previous_kept_as"] = previous.name
    try:
        actor = system_actor(services.settings.current.station_name)
        with services.store.write() as session:
            audit_service.record(
                session, actor, "database", "restore", AuditAction.RESTORE, after=after
            )
    except BaseException:
        services.close()
        raise
    log.info("restored %s at start; previous database %s", file, previous)
    return services
