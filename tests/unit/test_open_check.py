"""The check at start reads what a start reads (store.open_check), never the whole
file: a 0-byte file, a file that is not SQLite, a header that cannot be, a file cut
short and a damaged page a start reads are moved aside as before; damage elsewhere
waits for the full checks (`propdesk check`, the daily backup, the window's)."""

from __future__ import annotations

import os
from pathlib import Path

from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.store.open_check import damage_seen_at_open, header_problem
from tests.unit.damaged_station import (
    damage_the_middle,
    damage_what_a_start_reads,
    open_fails_as_damaged,
    station_with_a_backup,
)


def _moved_aside(paths: Paths) -> list[Path]:
    found = paths.data_dir.glob("propdesk.db.corrupt-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


def _write_at(db: Path, offset: int, data: bytes) -> None:
    with db.open("r+b") as file:
        file.seek(offset)
        file.write(data)


def test_a_sound_station_passes(paths: Paths) -> None:
    station_with_a_backup(paths)
    assert damage_seen_at_open(paths.database_file) is None


def test_damage_in_the_middle_does_not_stop_a_start(paths: Paths) -> None:
    """Only a read of every page finds it, and a start no longer makes one."""
    station_with_a_backup(paths)
    damage_the_middle(paths.database_file)
    assert damage_seen_at_open(paths.database_file) is None
    services = open_services(paths, fast_hashing=True)
    try:
        estate = services.estate.get()
        assert estate is not None
    finally:
        services.close()
    assert _moved_aside(paths) == []


def test_a_damaged_page_a_start_reads_is_moved_aside(paths: Paths) -> None:
    station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file, "user_account")
    reason = damage_seen_at_open(paths.database_file)
    assert reason is not None
    assert "pages a start reads" in reason
    open_fails_as_damaged(paths)
    assert len(_moved_aside(paths)) == 1


def test_the_header_of_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert header_problem(empty) == "the file is empty (0 bytes)"
    photo = tmp_path / "photo.db"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 8188)
    assert header_problem(photo) == "the file does not start with the SQLite header"


def test_a_header_that_cannot_be(paths: Paths) -> None:
    station_with_a_backup(paths)
    db = paths.database_file
    _write_at(db, 16, (3000).to_bytes(2, "big"))  # not a power of two
    problem = header_problem(db)
    assert problem is not None
    assert "page size 3000" in problem
    open_fails_as_damaged(paths)
    assert len(_moved_aside(paths)) == 1


def test_a_file_cut_short_is_damage_unless_a_log_holds_the_rest(paths: Paths) -> None:
    station_with_a_backup(paths)
    db = paths.database_file
    size = db.stat().st_size
    with db.open("r+b") as file:
        file.truncate(size - 4 * 4096)
    problem = header_problem(db)
    assert problem is not None
    assert "cut short" in problem
    # With a -wal beside it the pages may be in the log until the next checkpoint:
    # not an impossibility the header alone can tell.
    wal = Path(f"{db}-wal")
    wal.write_bytes(b"\x00" * 32)
    try:
        assert header_problem(db) is None
    finally:
        wal.unlink()
    open_fails_as_damaged(paths)
    assert len(_moved_aside(paths)) == 1


def test_a_file_that_is_no_whole_number_of_pages(paths: Paths) -> None:
    station_with_a_backup(paths)
    with paths.database_file.open("ab") as file:
        file.write(b"\x00" * 100)
        os.fsync(file.fileno())
    problem = header_problem(paths.database_file)
    assert problem is not None
    assert "whole number" in problem
