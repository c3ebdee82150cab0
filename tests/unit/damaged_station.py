"""A real station with a backup, and real damage to its database file: shared by the
restore-at-start tests (services without Qt, and the window)."""

from __future__ import annotations

import os
import random
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from propdesk.config import Paths, Settings, save_settings
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.station.backup import make_backup
from propdesk.store.backup import backup_sqlite_file, integrity_ok

ESTATE = "翠湖花园"
STATION = "岗亭"
ADMIN = "admin"
ADMIN_PASSWORD = "secret-1"


def station_with_a_backup(paths: Paths, *, backed_up_at: datetime | None = None) -> Path:
    """A real station (estate, administrator, a small demo estate with gate, repair and
    patrol records) and an automatic backup of it; returns the backup."""
    paths.ensure()
    save_settings(paths, Settings(language="en"))
    services = open_services(paths, fast_hashing=True)
    try:
        services.estate.set_up(ESTATE)
        services.settings.set_station_name(STATION)
        services.accounts.create_first_admin(ADMIN, "王经理", ADMIN_PASSWORD, STATION)
        services.demo.create(system_actor(STATION), scale=0.02, traffic_years=0.05)
        when = backed_up_at or datetime.now() - timedelta(hours=2)
        backup = make_backup(paths, "auto-", when)
        os.utime(backup, (when.timestamp(), when.timestamp()))
    finally:
        services.close()  # the last connection folds the WAL into the file
    assert not Path(f"{paths.database_file}-wal").exists()
    return backup


def damage_the_middle(db: Path) -> None:
    """Garbage over the middle of the file, as a failing disk sector leaves it."""
    size = db.stat().st_size
    garbage = random.Random(16).randbytes(64 * 1024)
    with db.open("r+b") as file:
        file.seek(size // 2 - len(garbage) // 2)
        file.write(garbage)
        file.flush()
        os.fsync(file.fileno())
    assert not integrity_ok(db)


def damage_what_a_start_reads(db: Path, table: str = "estate") -> None:
    """Garbage over the root page of `table` (the estate: every start reads it), as a
    failing sector leaves it: the damage the check at start sees (store.open_check).
    Damage elsewhere (damage_the_middle) is found by the full checks instead."""
    with closing(sqlite3.connect(db)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = root.fetchone()[0]
    garbage = random.Random(16).randbytes(page_size)
    with db.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(garbage)
        file.flush()
        os.fsync(file.fileno())
    assert not integrity_ok(db)


def an_empty_backup(paths: Paths, tmp: Path, when: datetime) -> Path:
    """A backup of a database with no estate set up (what a start after the damage made
    before the fix), newer than the real one."""
    other = Paths.resolve(tmp / "empty-station")
    services = open_services(other, fast_hashing=True)
    services.close()
    target = paths.backup_dir / f"auto-{when:%Y%m%d-%H%M%S}.db"
    backup_sqlite_file(other.database_file, target)
    os.utime(target, (when.timestamp(), when.timestamp()))
    return target


def open_fails_as_damaged(paths: Paths) -> StorageError:
    """Open the station as a start does; it must fail as damaged (the file moved aside)."""
    with pytest.raises(StorageError) as caught:
        open_services(paths, fast_hashing=True)
    assert caught.value.problem is StorageProblem.CORRUPT, caught.value
    return caught.value
