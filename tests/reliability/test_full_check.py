"""Damage a start does not read (a failing sector in the middle of the file) is found
by the full checks, where they keep nobody waiting: `propdesk check` (exit 3, what is
damaged and the backup to restore) and the daily backup ("the database itself is
damaged", not "the copy failed"). Nothing is moved aside by either."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from propdesk.cli import EXIT_OK, EXIT_STORAGE, run
from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.station.backup import ensure_daily_backup, find_damage_in_full
from tests.unit.damaged_station import (
    damage_the_middle,
    damage_what_a_start_reads,
    station_with_a_backup,
)


def _folder(paths: Paths) -> list[str]:
    return sorted(
        p.name for p in paths.data_dir.rglob("*") if p.is_file() and "logs" not in p.parts
    )


def test_propdesk_check_says_a_sound_database_is_sound(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    station_with_a_backup(paths)
    assert run(["--data-dir", str(paths.data_dir), "check", "--lang", "en"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"no damage found: {paths.database_file}" in out


def test_propdesk_check_finds_damage_in_the_middle_and_names_the_backup(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = station_with_a_backup(paths)
    damage_the_middle(paths.database_file)
    damaged = paths.database_file.read_bytes()
    before = _folder(paths)

    code = run(["--data-dir", str(paths.data_dir), "check", "--lang", "en"])

    err = capsys.readouterr().err
    assert code == EXIT_STORAGE
    assert "The database file is damaged: " in err
    assert "Nothing was moved or changed" in err
    assert f"the newest good backup is {backup}" in err
    assert f'restore "{backup}"' in err
    assert "Traceback" not in err
    # Looked at, not touched: no file moved aside, backed up or migrated.
    assert paths.database_file.read_bytes() == damaged
    assert _folder(paths) == before


def test_propdesk_check_on_a_damaged_header_moves_nothing(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    station_with_a_backup(paths)
    with paths.database_file.open("r+b") as file:
        file.write(b"not a database header.")
    code = run(["--data-dir", str(paths.data_dir), "check", "--lang", "en"])
    assert code == EXIT_STORAGE
    assert "does not start with the SQLite header" in capsys.readouterr().err
    assert list(paths.data_dir.glob("propdesk.db.corrupt-*")) == []


def test_the_daily_backup_says_the_database_itself_is_damaged(paths: Paths) -> None:
    backup = station_with_a_backup(paths)
    damage_the_middle(paths.database_file)
    backups = sorted(paths.backup_dir.iterdir())

    with pytest.raises(StorageError) as caught:
        ensure_daily_backup(paths, now=datetime.now() + timedelta(days=1))

    assert caught.value.problem is StorageProblem.CORRUPT
    message = caught.value.message
    assert message.startswith("The database itself is damaged (")
    assert "Do not back up over the backups you have" in message
    assert backup.name in message
    assert "copy failed" not in message
    assert sorted(paths.backup_dir.iterdir()) == backups  # no copy, no partial left


def test_propdesk_backup_of_a_damaged_database_exits_3_with_the_advice(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = station_with_a_backup(paths)
    damage_the_middle(paths.database_file)
    assert run(["--data-dir", str(paths.data_dir), "backup"]) == EXIT_STORAGE
    err = capsys.readouterr().err
    assert "The database itself is damaged" in err
    assert backup.name in err


def test_the_start_opens_a_file_damaged_where_it_does_not_read(paths: Paths) -> None:
    """The start reads no damaged page and takes no backup: the window opens, and its
    daily round's backup and full check tell of the damage (tests/gui/
    test_background_check.py)."""
    from propdesk.services.bootstrap import open_services

    station_with_a_backup(paths, backed_up_at=datetime.now() - timedelta(days=1))
    damage_the_middle(paths.database_file)
    backups = sorted(paths.backup_dir.iterdir())
    services = open_services(paths, fast_hashing=True)
    try:
        assert services.notices == []
    finally:
        services.close()
    assert sorted(paths.backup_dir.iterdir()) == backups
    assert list(paths.data_dir.glob("propdesk.db.corrupt-*")) == []


def test_the_full_check_names_nothing_for_a_sound_file_or_none(paths: Paths) -> None:
    assert find_damage_in_full(paths) is None  # no database yet
    station_with_a_backup(paths)
    assert find_damage_in_full(paths) is None
    damage_what_a_start_reads(paths.database_file)
    found = find_damage_in_full(paths)
    assert found is not None
    assert found.findings
    assert found.newest_good is not None


def _zero(db: Path) -> None:
    db.write_bytes(b"")


def test_the_full_check_calls_a_zero_byte_file_damaged(paths: Paths) -> None:
    station_with_a_backup(paths)
    _zero(paths.database_file)
    found = find_damage_in_full(paths)
    assert found is not None
    assert found.findings == ("the file is empty (0 bytes)",)


def test_the_full_check_stops_when_asked_and_never_holds_up_a_save(paths: Paths) -> None:
    """The window's check runs while people work: a save made while it reads goes
    through at once (WAL: a reader never blocks a writer), and asked to stop it ends
    without a verdict."""
    from propdesk.services.bootstrap import open_services
    from propdesk.services.core.actor import system_actor
    from propdesk.services.master_data.buildings import BuildingInput
    from propdesk.store.backup import CheckStoppedError

    station_with_a_backup(paths)
    services = open_services(paths, fast_hashing=True)
    saved: list[str] = []

    def save_while_checking() -> bool:
        if not saved:
            services.buildings.create(system_actor("岗亭"), BuildingInput("99", "99号楼", 6))
            saved.append("99")
        return False

    try:
        assert services.backups.find_damage(stopped=save_while_checking) is None
        assert saved == ["99"]
        with pytest.raises(CheckStoppedError):
            services.backups.find_damage(stopped=lambda: True)
    finally:
        services.close()


def test_a_check_sqlite_cannot_interrupt_is_left_behind_when_stopped(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite before 3.44 asks neither the progress handler nor an interrupt inside the
    b-tree check (20–40 s on a five-year file): stopping must not wait for it, or the
    window takes that long to close."""
    import threading

    from propdesk.store import backup
    from propdesk.store.backup import CheckStoppedError, integrity_findings

    station_with_a_backup(paths)
    released = threading.Event()
    started = threading.Event()

    def deaf_check(conn: object) -> list[tuple[object, ...]]:
        started.set()
        released.wait(30)  # deaf to the progress handler and to interrupt()
        return [("ok",)]

    monkeypatch.setattr(backup, "_check_rows", deaf_check)
    try:
        with pytest.raises(CheckStoppedError):
            integrity_findings(paths.database_file, stopped=started.is_set)
        assert not released.is_set()  # it returned while SQLite was still at work
    finally:
        released.set()
    # Not stopped, the same check is waited for and gives its verdict.
    assert integrity_findings(paths.database_file, stopped=lambda: False) == []
