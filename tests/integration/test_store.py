from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import Services
from propdesk.store.models import Estate


def test_sqlite_connection_pragmas(services: Services) -> None:
    with services.store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 15000


def test_writes_begin_immediate_and_hold_the_write_lock(services: Services) -> None:
    import sqlite3

    db = services.paths.database_file
    with services.store.write() as session:
        session.execute(text("SELECT 1"))  # the transaction has begun
        other = sqlite3.connect(db, timeout=0.1, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_timestamps_come_back_timezone_aware_in_utc(services: Services) -> None:
    beijing = timezone(timedelta(hours=8))
    made = datetime(2026, 11, 1, 8, 30, tzinfo=beijing)
    with services.store.write() as session:
        session.add(Estate(name="A", created_at=made, updated_at=made))
    with services.store.read() as session:
        row = session.scalars(select(Estate)).one()
    assert row.created_at == made
    assert row.created_at.tzinfo is UTC


def test_naive_timestamps_are_refused(services: Services) -> None:
    def save_naive() -> None:
        with services.store.write() as session:
            session.add(Estate(name="A", created_at=datetime(2026, 1, 1)))

    with pytest.raises(Exception, match="naive datetime"):
        save_naive()
    assert services.estate.get() is None


def test_failed_unit_of_work_writes_nothing(services: Services) -> None:
    def save_then_fail() -> None:
        with services.store.write() as session:
            session.add(Estate(name="half"))
            session.flush()
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        save_then_fail()
    assert services.estate.get() is None


def test_a_locked_database_is_a_clear_storage_error(services: Services) -> None:
    import sqlite3

    from propdesk.store.engine import make_engine
    from propdesk.store.unit_of_work import Store

    holder = sqlite3.connect(services.paths.database_file, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    impatient = Store(make_engine(f"sqlite:///{services.paths.database_file}", busy_timeout_ms=100))
    try:
        with pytest.raises(StorageError) as caught, impatient.write() as session:
            session.add(Estate(name="blocked"))
        assert caught.value.problem is StorageProblem.LOCKED
    finally:
        holder.rollback()
        holder.close()
        impatient.dispose()
    assert services.estate.get() is None
