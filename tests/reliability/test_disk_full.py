"""The disk fills in the middle of saving: a clear error, nothing half-written, all else kept.

The limit is SQLite's own `PRAGMA max_page_count` on the connection that saves: SQLite
then fails exactly as on a full disk (SQLITE_FULL, "database or disk is full") in the
middle of the transaction. Filling a real file system would need a mount (root).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.store.failures import as_storage_error
from propdesk.store.models import AuditEntry, Building

ACTOR = system_actor("岗亭")
LONG_NAME = "翠湖花园" * 15  # 60 characters: fills pages quickly


def _page_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def _counts(services: Services) -> tuple[int, int]:
    with services.store.read() as session:
        buildings = session.scalar(select(func.count()).select_from(Building)) or 0
        audits = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return buildings, audits


def test_disk_full_mid_save_is_a_clear_error_and_keeps_earlier_rows(paths: Paths) -> None:
    services = open_services(paths, fast_hashing=True)
    earlier = [f"E{i}" for i in range(30)]
    for code in earlier:
        services.buildings.create(ACTOR, BuildingInput(code, LONG_NAME, 9))

    limit = _page_count(paths.database_file) + 3

    def full_disk(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {limit}")

    engine = services.store.engine
    event.listen(engine, "connect", full_disk)
    engine.dispose()  # every connection from now on has the small "disk"
    saved_before_full: list[str] = []
    failed_code = ""
    try:
        with pytest.raises(StorageError) as caught:  # noqa: PT012
            for i in range(5000):
                failed_code = f"F{i}"
                services.buildings.create(ACTOR, BuildingInput(failed_code, LONG_NAME, 9))
                saved_before_full.append(failed_code)
    finally:
        event.remove(engine, "connect", full_disk)
        engine.dispose()

    error = caught.value
    assert error.problem is StorageProblem.DISK_FULL
    assert "disk is full" in error.message.lower()
    assert "Nothing was saved" in error.message
    assert "full" in error.detail  # the driver's own words are kept for the log
    # The disk filled part-way through: some saves fitted, then one did not.
    assert saved_before_full
    assert failed_code not in saved_before_full
    services.close()

    # The database still opens; everything saved before is there, the failed one is not.
    reopened = open_services(paths, fast_hashing=True)
    try:
        codes = {b.code for b in reopened.buildings.list(ACTOR)}
        assert codes == set(earlier) | set(saved_before_full)
        assert failed_code not in codes
        buildings, audits = _counts(reopened)
        assert buildings == audits == len(codes)  # no orphan audit row
        assert reopened.audit.verify().ok
        # With room again, saving works as before.
        reopened.buildings.create(ACTOR, BuildingInput(failed_code, LONG_NAME, 9))
    finally:
        reopened.close()
    conn = sqlite3.connect(paths.database_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_an_os_level_disk_full_is_named_the_same_way() -> None:
    """ENOSPC from the operating system (a backup copy, a settings file)."""
    error = as_storage_error(OSError(errno.ENOSPC, "No space left on device"))
    assert error is not None
    assert error.problem is StorageProblem.DISK_FULL
    sqlite_error = as_storage_error(sqlite3.OperationalError("database or disk is full"))
    assert sqlite_error is not None
    assert sqlite_error.problem is StorageProblem.DISK_FULL


@pytest.mark.slow
def test_saving_on_a_really_full_disk_is_a_clear_error_and_keeps_earlier_rows(
    tmp_path: Path,
) -> None:
    """The same on a real file system that has no byte left (a small tmpfs)."""
    from tests.reliability.small_disk import fill, small_disk

    with small_disk(tmp_path / "disk", 4096) as disk:
        paths = Paths.resolve(disk / "station")
        services = open_services(paths, fast_hashing=True)
        try:
            earlier = [f"E{i}" for i in range(20)]
            for code in earlier:
                services.buildings.create(ACTOR, BuildingInput(code, LONG_NAME, 9))
            filler = fill(disk)
            saved_after_full: list[str] = []
            failed_code = ""
            with pytest.raises(StorageError) as caught:  # noqa: PT012
                for i in range(5000):  # the -wal's free room first, then no more
                    failed_code = f"F{i}"
                    services.buildings.create(ACTOR, BuildingInput(failed_code, LONG_NAME, 9))
                    saved_after_full.append(failed_code)
            assert caught.value.problem is StorageProblem.DISK_FULL
            assert "Nothing was saved" in caught.value.message
            assert "Traceback" not in caught.value.message
        finally:
            services.close()
        filler.unlink()  # room again

        reopened = open_services(paths, fast_hashing=True)
        try:
            codes = {b.code for b in reopened.buildings.list(ACTOR)}
            assert codes == set(earlier) | set(saved_after_full)
            assert failed_code not in codes
            buildings, audits = _counts(reopened)
            assert buildings == audits == len(codes)
            assert reopened.audit.verify().ok
        finally:
            reopened.close()
