"""Backups: the daily one at start (before migrating), rotation, `propdesk backup`, and
restore (keeps the current file aside, migrates, audits, refuses unusable files)."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from propdesk.cli import EXIT_OK, EXIT_STORAGE, EXIT_USAGE, run
from propdesk.config import Paths
from propdesk.domain.backup_rotation import backups_to_keep
from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError, StorageError, StorageProblem, ValidationError
from propdesk.services.bootstrap import Services, open_services, restore_before_opening
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.station.backup import (
    STAMP,
    ensure_daily_backup,
    list_backups,
    newest_good_backup,
    rotate,
)
from propdesk.store import backup as store_backup
from propdesk.store.backup import CheckStoppedError, integrity_ok
from propdesk.store.engine import make_engine
from propdesk.store.migrate import alembic_config, head_revision

ADMIN = system_actor("岗亭")


def _revision(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _database_at(file: Path, revision: str) -> None:
    """A database as an older propdesk left it: schema `revision`, one estate row."""
    file.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{file}")
    try:
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()
    conn2 = sqlite3.connect(file)
    try:
        with conn2:
            conn2.execute(
                "INSERT INTO estate (id, name, address, hotline, created_at, updated_at) "
                "VALUES (?, '旧小区', '', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
                ("0" * 32,),
            )
    finally:
        conn2.close()


def _codes(services: Services) -> list[str]:
    return [b.code for b in services.buildings.list(ADMIN, include_voided=True)]


def _autos(paths: Paths) -> list[Path]:
    return sorted(paths.backup_dir.glob("auto-*.db"))


# --- automatic backup ----------------------------------------------------------------


def test_the_daily_backup_is_made_once_a_day(paths: Paths) -> None:
    first = open_services(paths, fast_hashing=True)
    assert first.backups.ensure_daily() is None  # only the office's data is copied
    first.estate.set_up("翠湖花园")
    first.buildings.create(ADMIN, BuildingInput("1", "1号楼", 18))
    made = first.backups.ensure_daily()
    first.close()
    assert made is not None
    assert _autos(paths) == [made]
    assert integrity_ok(made)
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("SELECT code FROM building").fetchall() == [("1",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
    finally:
        conn.close()

    assert ensure_daily_backup(paths) is None
    assert _autos(paths) == [made]  # the same day: no second one

    # Tomorrow at noon: an hour later is still tomorrow, whenever the test runs.
    tomorrow = (datetime.now() + timedelta(days=1)).replace(hour=12, minute=0)
    again = ensure_daily_backup(paths, now=tomorrow)
    assert again is not None
    assert again.name == f"auto-{tomorrow.strftime(STAMP)}.db"
    assert ensure_daily_backup(paths, now=tomorrow + timedelta(hours=1)) is None
    assert len(_autos(paths)) == 2


def test_a_copy_is_set_aside_before_migrating(paths: Paths) -> None:
    _database_at(paths.database_file, "0001")
    services = open_services(paths, fast_hashing=True)
    services.close()
    assert _revision(paths.database_file) == head_revision()
    assert _autos(paths) == []  # the day's backup is the window's, taken later
    (pre,) = paths.backup_dir.glob("pre-migrate-0001-*.db")
    assert _revision(pre) == "0001"


def test_no_backup_when_there_is_nothing_to_copy(paths: Paths) -> None:
    paths.ensure()
    assert ensure_daily_backup(paths) is None
    assert list(paths.backup_dir.iterdir()) == []


# --- rotation ------------------------------------------------------------------------


def test_rotation_keeps_daily_weekly_monthly_and_every_manual_copy(paths: Paths) -> None:
    paths.ensure()
    newest = datetime(2026, 11, 26, 8, 15, 0)
    stamps = [newest - timedelta(days=n) for n in range(400)]
    for stamp in stamps:
        (paths.backup_dir / f"auto-{stamp.strftime(STAMP)}.db").write_bytes(b"")
    others = [
        "manual-20240101-000000.db",
        "before-restore-20240101-000000.db",
        "pre-migrate-0001-20240101-000000.db",
        "auto-notastamp.db",
    ]
    for name in others:
        (paths.backup_dir / name).write_bytes(b"")

    removed = rotate(paths.backup_dir)

    kept_autos = {
        datetime.strptime(p.name[len("auto-") : -len(".db")], STAMP)
        for p in paths.backup_dir.glob("auto-2*.db")
    }
    assert kept_autos == backups_to_keep(stamps)
    assert len(removed) == 400 - len(kept_autos)
    assert 20 <= len(kept_autos) <= 31
    for name in others:
        assert (paths.backup_dir / name).exists()


def test_the_daily_backup_rotates(paths: Paths) -> None:
    first = open_services(paths, fast_hashing=True)
    first.estate.set_up("翠湖花园")
    first.close()
    newest = datetime(2030, 6, 30, 9, 0)
    for n in range(1, 40):
        old = newest - timedelta(days=n)
        (paths.backup_dir / f"auto-{old.strftime(STAMP)}.db").write_bytes(b"")
    made = ensure_daily_backup(paths, now=newest)
    assert made is not None
    assert made.exists()
    autos = _autos(paths)
    assert len(autos) < 40
    assert made in autos


# --- manual backup and restore -------------------------------------------------------


def test_restore_replaces_the_data_and_keeps_the_current_file_aside(
    ready_services: Services,
) -> None:
    services = ready_services  # an estate: a database worth backing up
    for code in ("1", "2"):
        services.buildings.create(ADMIN, BuildingInput(code, f"{code}号楼", 18))
    backup = services.backups.backup_now(ADMIN)
    assert backup.name.startswith("manual-")
    assert integrity_ok(backup)
    services.buildings.create(ADMIN, BuildingInput("3", "3号楼", 18))

    kept = services.restore(ADMIN, backup)

    assert _codes(services) == ["1", "2"]
    assert kept.parent == services.paths.backup_dir
    assert kept.name.startswith("before-restore-")
    assert integrity_ok(kept)
    conn = sqlite3.connect(kept)
    try:
        assert conn.execute("SELECT count(*) FROM building").fetchone() == (3,)
    finally:
        conn.close()
    # The restore itself is in the audit trail, and the chain (the backup's) still holds.
    rows = services.audit.page(ADMIN, AuditFilter(), limit=3).rows
    assert [(r.seq, r.entity, r.action) for r in rows] == [
        (4, "database", "restore"),
        (3, "building", "create"),
        (2, "building", "create"),  # 1: the estate's set-up
    ]
    assert rows[0].after == {"file": backup.name, "previous_kept_as": kept.name}
    verdict = services.audit.verify()
    assert (verdict.ok, verdict.checked) == (True, 4)
    # And work goes on as usual.
    services.buildings.create(ADMIN, BuildingInput("3", "3号楼", 18))
    assert services.audit.verify().ok


def test_restore_of_an_older_backup_migrates_it(services: Services, tmp_path: Path) -> None:
    old = tmp_path / "elsewhere" / "old-station.db"
    _database_at(old, "0001")
    services.restore(ADMIN, old)
    assert _revision(services.paths.database_file) == head_revision()
    assert services.estate.get() is not None
    assert services.audit.verify().ok
    assert _revision(old) == "0001"  # the chosen file itself is not changed


@pytest.mark.parametrize("kind", ["garbage", "missing", "not-propdesk"])
def test_restore_refuses_an_unusable_file_and_changes_nothing(
    services: Services, tmp_path: Path, kind: str
) -> None:
    services.buildings.create(ADMIN, BuildingInput("1", "1号楼", 18))
    file = tmp_path / f"{kind}.db"
    if kind == "garbage":
        file.write_bytes(b"\x00not a database\xff" * 500)
    elif kind == "not-propdesk":
        conn = sqlite3.connect(file)
        conn.execute("CREATE TABLE photos (x)")
        conn.close()
    before = sorted(p.name for p in services.paths.backup_dir.iterdir())

    with pytest.raises(ValidationError) as caught:
        services.restore(ADMIN, file)

    assert caught.value.field == "file"
    assert _codes(services) == ["1"]
    assert sorted(p.name for p in services.paths.backup_dir.iterdir()) == before
    assert services.audit.verify().checked == 1


def test_restore_refuses_a_backup_from_a_newer_version(
    ready_services: Services, tmp_path: Path
) -> None:
    services = ready_services  # an estate: a database worth backing up
    services.buildings.create(ADMIN, BuildingInput("1", "1号楼", 18))
    newer = tmp_path / "newer.db"
    backup = services.backups.backup_now(ADMIN)
    newer.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    before = sorted(p.name for p in services.paths.backup_dir.iterdir())

    with pytest.raises(StorageError) as caught:
        services.restore(ADMIN, newer)

    assert caught.value.problem is StorageProblem.NEWER_SCHEMA
    assert "newer version" in caught.value.message
    # Not replaced: this station can still open its database (and restore something else).
    assert _revision(services.paths.database_file) == head_revision()
    assert _codes(services) == ["1"]
    assert sorted(p.name for p in services.paths.backup_dir.iterdir()) == before


def test_only_an_administrator_may_restore(ready_services: Services) -> None:
    services = ready_services  # an estate: a database worth backing up
    services.buildings.create(ADMIN, BuildingInput("1", "1号楼", 18))
    backup = services.backups.backup_now(ADMIN)
    services.buildings.create(ADMIN, BuildingInput("2", "2号楼", 18))
    clerk = Actor(None, "clerk", "clerk", Role.CLERK, "岗亭")
    assert services.backups.backup_now(clerk).exists()  # a clerk may make a copy
    with pytest.raises(PermissionDeniedError):
        services.restore(clerk, backup)
    assert _codes(services) == ["1", "2"]


def test_backups_are_listed_newest_first(ready_services: Services) -> None:
    services = ready_services  # an estate: a database worth backing up
    first = services.backups.backup_now(ADMIN)
    services.buildings.create(ADMIN, BuildingInput("1", "1号楼", 18))
    later = services.paths.backup_dir / "manual-29991231-235959.db"
    later.write_bytes(first.read_bytes())
    names = [b.name for b in list_backups(services.paths.backup_dir)]
    assert later.name in names
    assert services.backups.latest() is not None
    assert services.backups.newest_good() is not None


# --- the command line ----------------------------------------------------------------


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "station"
    paths = Paths.resolve(data)
    services = open_services(paths, fast_hashing=True)
    services.estate.set_up("翠湖花园")
    services.buildings.create(ADMIN, BuildingInput("1", "1号楼", 18))
    services.close()

    assert run(["--data-dir", str(data), "backup"]) == EXIT_OK
    out = capsys.readouterr().out
    (copy,) = paths.backup_dir.glob("manual-*.db")
    assert f"backup written and verified: {copy}" in out

    services = open_services(paths, fast_hashing=True)
    services.buildings.create(ADMIN, BuildingInput("2", "2号楼", 18))
    services.close()

    assert run(["--data-dir", str(data), "restore", str(copy)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"database restored from {copy}" in out
    assert "before-restore-" in out
    services = open_services(paths, fast_hashing=True)
    try:
        assert _codes(services) == ["1"]
        assert services.audit.verify().ok
    finally:
        services.close()


def test_cli_restore_of_unusable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "station"
    assert run(["--data-dir", str(data), "init"]) == EXIT_OK
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"junk" * 1000)
    capsys.readouterr()

    assert run(["--data-dir", str(data), "restore", str(garbage)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "garbage.db is not a usable propdesk backup" in err
    assert "Traceback" not in err

    assert run(["--data-dir", str(data), "restore", str(tmp_path / "nowhere.db")]) == EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err

    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('ffff_from_the_future')")
    conn.close()
    assert run(["--data-dir", str(data), "restore", str(newer)]) == EXIT_STORAGE
    assert "newer version of propdesk" in capsys.readouterr().err
    assert list(Paths.resolve(data).backup_dir.glob("before-restore-*")) == []


def test_opening_a_station_takes_no_backup_and_reads_no_more_than_it_needs(
    tmp_path: Path,
) -> None:
    """The day's backup reads the whole file (40 s on a five-year estate after a
    reboot): no start and no command waits for it; the window's daily jobs take it."""
    paths = Paths.resolve(tmp_path / "station")
    first = open_services(paths, fast_hashing=True)
    first.estate.set_up("翠湖花园")  # a database worth backing up
    first.close()
    opened = open_services(paths, fast_hashing=True)
    try:
        assert _autos(paths) == []
        assert opened.notices == []
        made = opened.backups.ensure_daily()  # what the window's round calls
        assert made is not None
        assert _autos(paths) == [made]
    finally:
        opened.close()


def test_rotation_never_deletes_the_newest_backup_that_holds_data(paths: Paths) -> None:
    services = open_services(paths, fast_hashing=True)
    try:
        services.estate.set_up("翠湖花园")
        services.buildings.create(ADMIN, BuildingInput("1", "1号楼", 18))
        real = services.backups.backup_now(ADMIN)
    finally:
        services.close()
    empty = Paths.resolve(paths.data_dir.parent / "empty")
    open_services(empty, fast_hashing=True).close()  # a database without estate
    newest = datetime(2030, 6, 30, 9, 0)
    with_data = paths.backup_dir / f"auto-{(newest - timedelta(days=300)).strftime(STAMP)}.db"
    real.rename(with_data)
    for n in range(0, 120):
        stamp = newest - timedelta(days=n)
        (paths.backup_dir / f"auto-{stamp.strftime(STAMP)}.db").write_bytes(
            empty.database_file.read_bytes()
        )

    removed = rotate(paths.backup_dir)

    assert removed
    assert with_data.exists()
    offered = newest_good_backup(paths.backup_dir)
    assert offered is not None
    assert offered.path == with_data


def test_restore_when_there_is_no_current_file(tmp_path: Path) -> None:
    """After a damaged file was moved aside: the backup is put in place, nothing is
    named as kept (there was nothing), and the restore is audited."""
    paths = Paths.resolve(tmp_path / "station")
    services = open_services(paths, fast_hashing=True)
    services.estate.set_up("翠湖花园")
    backup = services.backups.backup_now(ADMIN)
    services.close()
    paths.database_file.unlink()

    kept = restore_before_opening(paths, backup)

    assert not kept.exists()
    services = open_services(paths, fast_hashing=True)
    try:
        services.record_restore(ADMIN, backup, kept)
        estate = services.estate.get()
        assert estate is not None
        assert estate.name == "翠湖花园"
        (row,) = services.audit.page(ADMIN, AuditFilter(entity="database")).rows
        assert row.after == {"file": backup.name}
        assert services.audit.verify().ok
    finally:
        services.close()


def test_half_copies_of_a_killed_process_go_at_the_next_rotation(paths: Paths) -> None:
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    stale = paths.backup_dir / "auto-20261201-080000.db.4242-abcd1234.partial"
    fresh = paths.backup_dir / "auto-20261206-080000.db.4343-abcd1234.partial"
    for file in (stale, fresh):
        file.write_bytes(b"half a copy")
    hours_ago = time.time() - 7 * 3600
    os.utime(stale, (hours_ago, hours_ago))
    rotate(paths.backup_dir)
    assert not stale.exists()  # its process is long gone
    assert fresh.exists()  # another process may still be writing it


def test_a_days_backup_stopped_during_its_check_leaves_no_copy(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window closing (or a restore) while the day's copy is being checked: the
    check ends at once, and neither the copy nor a half copy is left."""
    services = open_services(paths, fast_hashing=True)
    services.estate.set_up("翠湖花园")
    services.close()

    def slow_check(_conn: sqlite3.Connection) -> list[tuple[object, ...]]:
        time.sleep(2)  # a five-year file's check, shortened
        return [("ok",)]

    monkeypatch.setattr(store_backup, "_check_rows", slow_check)
    started = time.monotonic()
    with pytest.raises(CheckStoppedError):
        ensure_daily_backup(paths, stopped=lambda: True)
    assert time.monotonic() - started < 1.5  # not after the check
    assert list(paths.backup_dir.iterdir()) == []
