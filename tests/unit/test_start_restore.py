"""The restore offered at start, without Qt: after a damaged database was moved aside,
the newest backup that holds the office's data is named with what it holds, and
restoring it opens the station with its estate (no first start)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem, ValidationError
from propdesk.services import start_restore
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit import AuditAction, AuditFilter
from propdesk.services.start_restore import (
    offer,
    pending_offer,
    restore_and_open,
    seen_damaged,
)
from propdesk.services.station.backup_summary import describe
from propdesk.store.backup_contents import read_contents
from tests.unit.damaged_station import (
    ADMIN,
    ADMIN_PASSWORD,
    ESTATE,
    STATION,
    an_empty_backup,
    damage_what_a_start_reads,
    open_fails_as_damaged,
    station_with_a_backup,
)


def test_the_offer_names_the_newest_backup_that_holds_data(paths: Paths, tmp_path: Path) -> None:
    real = station_with_a_backup(paths)
    an_empty_backup(paths, tmp_path, datetime.now() - timedelta(minutes=5))
    damage_what_a_start_reads(paths.database_file)
    damaged_bytes = paths.database_file.read_bytes()
    found = offer(paths, open_fails_as_damaged(paths))
    assert found is not None
    assert found.backup is not None
    assert found.backup.file == real, f"offered {found.backup.file.name}, not {real.name}"
    assert found.backup.estate_name == ESTATE
    assert found.backup.holds_data
    assert (found.backup.residents, found.backup.gate_records) == (
        read_contents(real).counts["resident"],  # type: ignore[union-attr]
        read_contents(real).counts["gate_event"],  # type: ignore[union-attr]
    )
    assert found.backup.residents > 0
    assert found.backup.gate_records > 0
    assert found.backup.repair_tickets > 0
    assert found.backup.patrol_rounds > 0
    assert found.backup.size_bytes == real.stat().st_size
    assert abs(found.backup.made_at.timestamp() - real.stat().st_mtime) < 1
    assert found.backup.newest_record is not None
    assert found.backup.newest_record.tzinfo is not None
    # The damaged file is named where it was kept, byte for byte.
    assert found.damaged_kept_as is not None
    assert found.damaged_kept_as.read_bytes() == damaged_bytes
    assert found.backup_folder == paths.backup_dir


def test_restore_and_open_brings_the_data_back_without_a_first_start(paths: Paths) -> None:
    backup = station_with_a_backup(paths)
    expected = read_contents(backup)
    damage_what_a_start_reads(paths.database_file)
    found = offer(paths, open_fails_as_damaged(paths))
    assert found is not None
    assert found.backup is not None
    services = restore_and_open(
        paths, found.backup.file, damaged_kept_as=found.damaged_kept_as, fast_hashing=True
    )
    try:
        estate = services.estate.get()
        assert estate is not None
        assert estate.name == ESTATE
        assert services.settings.current.station_name == STATION
        assert services.accounts.has_users()
        assert services.accounts.login(ADMIN, ADMIN_PASSWORD).username == ADMIN
        # Audited like a restore from the menu, by the station's system user.
        rows = services.audit.page(
            system_actor(STATION), AuditFilter(entity="database", action=AuditAction.RESTORE)
        ).rows
        assert len(rows) == 1
        assert rows[0].after["file"] == backup.name
        assert found.damaged_kept_as is not None
        assert rows[0].after["previous_kept_as"] == found.damaged_kept_as.name
    finally:
        services.close()
    assert read_contents(paths.database_file) is not None
    assert read_contents(paths.database_file).counts == expected.counts  # type: ignore[union-attr]


def test_a_zero_byte_database_is_damage_with_the_backup_offered(paths: Paths) -> None:
    backup = station_with_a_backup(paths)
    paths.database_file.write_bytes(b"")
    found = offer(paths, open_fails_as_damaged(paths))
    assert found is not None
    assert found.backup is not None
    assert found.backup.file == backup
    assert found.damaged_kept_as is not None
    assert found.damaged_kept_as.stat().st_size == 0


def test_no_backup_that_holds_data_offers_none_and_keeps_the_damaged_file(
    paths: Paths, tmp_path: Path
) -> None:
    station_with_a_backup(paths)
    for file in paths.backup_dir.glob("*.db"):
        file.unlink()
    an_empty_backup(paths, tmp_path, datetime.now())
    damage_what_a_start_reads(paths.database_file)
    found = offer(paths, open_fails_as_damaged(paths))
    assert found is not None
    assert found.backup is None
    assert found.damaged_kept_as is not None
    assert found.damaged_kept_as.exists()


def test_describe_a_chosen_file(paths: Paths, tmp_path: Path) -> None:
    backup = station_with_a_backup(paths)
    chosen = describe(backup)
    assert (chosen.file, chosen.estate_name) == (backup, ESTATE)
    garbage = tmp_path / "photo.db"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValidationError) as caught:
        describe(garbage)
    assert caught.value.field == "file"
    empty = describe(an_empty_backup(paths, tmp_path, datetime.now()))
    assert not empty.holds_data
    assert empty.estate_name == ""


def test_a_refused_file_changes_nothing(paths: Paths, tmp_path: Path) -> None:
    station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file)
    open_fails_as_damaged(paths)
    before = sorted(p.name for p in paths.data_dir.rglob("*") if p.is_file())
    garbage = tmp_path / "photo.db"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValidationError):
        restore_and_open(paths, garbage, fast_hashing=True)
    assert sorted(p.name for p in paths.data_dir.rglob("*") if p.is_file()) == before
    assert not paths.database_file.exists()


def test_no_offer_for_other_storage_problems(paths: Paths) -> None:
    locked = StorageError(StorageProblem.LOCKED, "busy")
    assert offer(paths, locked) is None


def test_the_next_start_offers_again_until_the_office_is_back(paths: Paths) -> None:
    backup = station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file)
    kept = offer(paths, open_fails_as_damaged(paths))
    assert kept is not None
    # The person quit at the offer: the next start offers the same, not a first start.
    again = pending_offer(paths)
    assert again is not None
    assert again.damaged_kept_as == kept.damaged_kept_as
    assert again.backup is not None
    assert again.backup.file == backup
    # A command run in between made an empty database: still the office is not back.
    open_services(paths, fast_hashing=True).close()
    assert paths.database_file.exists()
    assert pending_offer(paths) is not None
    restore_and_open(paths, backup, damaged_kept_as=kept.damaged_kept_as).close()
    assert pending_offer(paths) is None


def test_a_station_never_damaged_is_offered_nothing(paths: Paths) -> None:
    station_with_a_backup(paths)
    assert pending_offer(paths) is None
    fresh = Paths.resolve(paths.data_dir.parent / "fresh")
    assert pending_offer(fresh) is None


def test_seen_damaged_reads_what_a_start_reads_and_moves_nothing(paths: Paths) -> None:
    """The window asks this before its login: no file or a sound one is not damaged; a
    file whose estate page is garbage is, and stays where it is (opening moves it)."""
    assert seen_damaged(paths) is False  # no file yet
    station_with_a_backup(paths)
    assert seen_damaged(paths) is False
    damage_what_a_start_reads(paths.database_file)
    assert seen_damaged(paths) is True
    assert paths.database_file.exists()
    assert not list(paths.database_file.parent.glob("*.corrupt-*"))
    paths.database_file.write_bytes(b"")
    assert seen_damaged(paths) is True  # an empty file is damage too


def test_seen_damaged_leaves_an_unreadable_file_to_the_opening(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    station_with_a_backup(paths)

    def locked(_db: Path) -> str | None:
        raise StorageError(StorageProblem.LOCKED, "locked")

    monkeypatch.setattr(start_restore, "damage_seen_at_open", locked)
    assert seen_damaged(paths) is False
