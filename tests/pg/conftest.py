"""The PostgreSQL lane: a throwaway cluster for the session, a database per module.

The cluster (tests/pg/cluster.py, shared with the benchmarks) lives in a temporary
folder, listens on a free loopback port, runs without fsync (nothing here needs to
survive a power cut) and is stopped at the end, also when tests fail. Without the
server binaries the lane is skipped with the reason; scripts/setup.sh installs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, inspect, text

from propdesk.config import DATABASE_URL_ENV, Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.store.engine import make_engine
from propdesk.store.migrate import upgrade_to_head
from tests.pg.cluster import (
    PgServer,
    ServerStartError,
    create_database,
    drop_database,
    server_bindir,
    throwaway_server,
)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = server_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
            "/usr/lib/postgresql/*/bin; `bash scripts/setup.sh` installs them"
        )
    try:
        with throwaway_server(bindir) as server:
            yield server
    except ServerStartError as exc:
        pytest.fail(f"the test PostgreSQL server did not start: {exc}")


@pytest.fixture(scope="module")
def pg_database(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database for the module; yields its URL."""
    name = re.sub(r"\W", "_", request.module.__name__.rsplit(".", 1)[-1]).lower()[:60]
    yield create_database(pg_server, name)
    drop_database(pg_server, name)


def reset_schema(url: str) -> None:
    """Make the database empty: no tables at all, as a new server's database is."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def _tables(conn: Connection) -> list[str]:
    return [name for name in inspect(conn).get_table_names() if name != "alembic_version"]


def keep_seed_rows(url: str) -> None:
    """Copy the rows the migrations seed (departments, …) into the schema `seed`."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS seed CASCADE"))
            conn.execute(text("CREATE SCHEMA seed"))
            for name in _tables(conn):
                conn.execute(text(f'CREATE TABLE seed."{name}" AS TABLE public."{name}"'))
    finally:
        engine.dispose()


def back_to_seed_rows(url: str) -> None:
    """Every row a test wrote goes and the seeded ones come back: the database is as
    the migrations left it, much faster than migrating again."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            names = _tables(conn)
            listed = ", ".join(f'public."{name}"' for name in names)
            conn.execute(text(f"TRUNCATE {listed} RESTART IDENTITY CASCADE"))
            # Parents before children does not matter: the checks wait for the commit.
            conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            for name in names:
                conn.execute(text(f'INSERT INTO public."{name}" SELECT * FROM seed."{name}"'))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def pg_migrated(pg_database: str) -> str:
    """The module's database, migrated to head once; yields its URL."""
    reset_schema(pg_database)
    engine = make_engine(pg_database)
    try:
        upgrade_to_head(engine, None)
    finally:
        engine.dispose()
    keep_seed_rows(pg_database)
    return pg_database


@pytest.fixture
def pg_url(pg_migrated: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A migrated database with no rows, chosen the way a station chooses it:
    PROPDESK_DATABASE_URL."""
    back_to_seed_rows(pg_migrated)
    monkeypatch.setenv(DATABASE_URL_ENV, pg_migrated)
    return pg_migrated


@pytest.fixture
def services(paths: Paths, pg_url: str) -> Iterator[Services]:
    """The same services the SQLite tests get, on PostgreSQL (overrides tests/conftest)."""
    del pg_url
    opened = open_services(paths, fast_hashing=True)
    assert opened.store.engine.dialect.name == "postgresql"
    yield opened
    opened.close()
