"""PostgreSQL as the shared server of several stations: the schema migrated from an
empty database, human numbers from two stations writing at once, and a server that is
locked or cannot be reached told as a StorageError, never a traceback."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from propdesk.cli import EXIT_STORAGE, run
from propdesk.config import DATABASE_URL_ENV, Paths, Settings
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.buildings import BuildingInput, BuildingService
from propdesk.services.repairs.service import RepairServices
from propdesk.store.engine import make_engine
from propdesk.store.failures import storage_message
from propdesk.store.migrate import SCHEMA_HEAD, current_revision
from propdesk.store.unit_of_work import Store
from tests.pg.conftest import PgServer, reset_schema
from tests.unit.test_gate_service import VISITOR
from tests.unit.test_gate_service import estate as gate_estate  # noqa: F401
from tests.unit.test_repair_service import CLERK, leak

GUARD = system_actor("东门岗亭")
WRITERS = 2
EACH = 15


def test_an_empty_database_is_migrated_to_head(pg_database: str, paths: Paths) -> None:
    reset_schema(pg_database)
    services = open_services(paths, Settings(database_url=pg_database), fast_hashing=True)
    try:
        engine = services.store.engine
        assert engine.dialect.name == "postgresql"
        assert current_revision(engine) == SCHEMA_HEAD
        tables = set(inspect(engine).get_table_names())
        assert {"estate", "audit_entry", "gate_event", "repair_ticket", "number_counter"} <= (
            tables
        )
        services.estate.set_up("翠湖花园")
        assert services.audit.verify().ok
    finally:
        services.close()
    # Opening again finds the schema current and changes nothing.
    again = open_services(paths, Settings(database_url=pg_database), fast_hashing=True)
    again.close()


def test_two_stations_starting_at_once_on_an_empty_database(
    pg_database: str, tmp_path: Path
) -> None:
    """Both migrate "at once": the second waits for the first and finds the schema
    current, instead of failing on tables that already exist."""
    reset_schema(pg_database)
    settings = Settings(database_url=pg_database)
    opened: list[Services] = []
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def station(n: int) -> None:
        try:
            start.wait()
            opened.append(open_services(Paths.resolve(tmp_path / f"s{n}"), settings))
        except BaseException as exc:  # reported below, on the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=station, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for services in opened:
        services.close()
    assert not failures, failures
    assert len(opened) == WRITERS
    engine = make_engine(pg_database)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
    finally:
        engine.dispose()


def _at_once(work: Callable[[int], list[str]]) -> list[str]:
    """Run `work` on WRITERS threads started together; every number they got."""
    start = threading.Barrier(WRITERS)
    results: list[list[str]] = [[] for _ in range(WRITERS)]
    failures: list[BaseException] = []

    def station(n: int) -> None:
        try:
            start.wait()
            results[n] = work(n)
        except BaseException as exc:  # reported below, on the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=station, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures, failures
    return [number for numbers in results for number in numbers]


def test_two_stations_numbering_at_once_get_no_duplicates(
    gate_estate: Services,  # noqa: F811
    paths: Paths,
) -> None:
    """Two stations (each its own services and connections) hand out pass numbers (FK)
    and repair numbers (WX) at the same moment, starting a month no counter exists for
    yet; every number is used once and none is skipped."""
    second = open_services(paths, fast_hashing=True)
    stations = [gate_estate, second]
    try:

        def visitors(n: int) -> list[str]:
            return [
                stations[n]
                .module(GateServices)
                .entries.register_visitor(GUARD, VISITOR)
                .pass_number
                for _ in range(EACH)
            ]

        def tickets(n: int) -> list[str]:
            return [
                stations[n].module(RepairServices).tickets.open_ticket(CLERK, leak()).number
                for _ in range(EACH)
            ]

        for kind, work in (("FK", visitors), ("WX", tickets)):
            numbers = _at_once(work)
            assert len(numbers) == WRITERS * EACH
            assert len(set(numbers)) == len(numbers), sorted(numbers)
            month = f"{kind}{date.today():%Y%m}-"
            assert sorted(numbers) == [f"{month}{n:04d}" for n in range(1, len(numbers) + 1)]
        assert gate_estate.audit.verify().ok
    finally:
        second.close()


def test_an_unreachable_server_is_a_storage_error(
    pg_server: PgServer, paths: Paths, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens there once closed
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/propdesk"
    with pytest.raises(StorageError) as caught:
        open_services(paths, Settings(database_url=url), fast_hashing=True)
    assert caught.value.problem is StorageProblem.SERVER_UNREACHABLE
    assert caught.value.message == storage_message(StorageProblem.SERVER_UNREACHABLE)
    # The headless command says so with its exit code, without a traceback.
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    assert run(["--data-dir", str(paths.data_dir), "audit", "verify"]) == EXIT_STORAGE
    err = capsys.readouterr().err
    assert storage_message(StorageProblem.SERVER_UNREACHABLE) in err
    assert "Traceback" not in err
    del pg_server


def test_a_locked_table_is_a_storage_error_after_the_timeout(
    services: Services, pg_url: str
) -> None:
    """Another program holds the audit trail locked: the save waits the busy timeout,
    then tells "busy or locked" and writes nothing."""
    services.buildings.create(GUARD, BuildingInput("1", "1号楼", 18))
    holder = create_engine(pg_url)
    try:
        with holder.connect() as conn:
            conn.execute(text("LOCK TABLE audit_head IN ACCESS EXCLUSIVE MODE"))
            impatient = Store(make_engine(pg_url, busy_timeout_ms=300))
            try:
                with pytest.raises(StorageError) as caught:
                    BuildingService(impatient).create(GUARD, BuildingInput("2", "2号楼", 18))
            finally:
                impatient.dispose()
            conn.rollback()
    finally:
        holder.dispose()
    assert caught.value.problem is StorageProblem.LOCKED
    assert caught.value.message == storage_message(StorageProblem.LOCKED)
    assert [b.code for b in services.buildings.list(GUARD)] == ["1"]
