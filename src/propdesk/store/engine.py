"""Engines with the pragmas a gatehouse record needs.

SQLite: WAL so readers never wait for the writer, foreign keys on, a busy timeout,
synchronous=FULL (a reported save survives a power cut), and writes begun with
BEGIN IMMEDIATE so two processes queue for the write lock instead of failing with
"database is locked" half-way through a transaction. PostgreSQL needs none of this;
it gets the same patience as a lock timeout, and a connect timeout.
"""

from __future__ import annotations

import random
import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 15_000
# Execution option that makes a transaction begin IMMEDIATE (see UnitOfWork.write).
WRITE_OPTION = "propdesk_write"


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
            **kwargs,
        )
        _install_sqlite_pragmas(engine, busy_timeout_ms)
        return engine
    if url.startswith("postgresql"):
        connect_args = {**_server_timeouts(busy_timeout_ms), **kwargs.pop("connect_args", {})}
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)
    return create_engine(url, pool_pre_ping=True, **kwargs)


# Seconds a station waits for an unreachable server before saying so.
SERVER_CONNECT_TIMEOUT_S = 10


def _server_timeouts(busy_timeout_ms: int) -> dict[str, Any]:
    """libpq options for a PostgreSQL station. Why: by default a save waits for a row or
    table lock without end and a dead server address hangs the connect for minutes; a
    station must instead give up like SQLite's busy timeout does, so the person hears
    "busy or locked" (lock_timeout) or "could not be opened" (connect_timeout)."""
    return {
        "connect_timeout": SERVER_CONNECT_TIMEOUT_S,
        "options": f"-c lock_timeout={int(busy_timeout_ms)}",
    }


def _install_sqlite_pragmas(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # Take transaction control away from the driver: we emit BEGIN ourselves.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cur.execute("PRAGMA foreign_keys = ON")
            # A read-only location may refuse WAL; the writes then fail with a clear
            # read-only message, which is what the user needs to hear.
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            dbapi_conn = conn.connection.dbapi_connection
            if not isinstance(dbapi_conn, sqlite3.Connection):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            if _begin_immediate_polling(dbapi_conn, busy_timeout_ms):
                return
            # Time is up (or another error): one last try without waiting, through
            # SQLAlchemy, so the failure arrives wrapped and becomes StorageError.
            dbapi_conn.execute("PRAGMA busy_timeout = 0")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                dbapi_conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        else:
            conn.exec_driver_sql("BEGIN")


def _begin_immediate_polling(dbapi_conn: sqlite3.Connection, timeout_ms: int) -> bool:
    """Take the write lock, polling every few milliseconds with jitter.

    SQLite's own busy handler backs off to one try every 100 ms. A station that saves
    continuously releases the lock for well under a millisecond between two saves, so
    a waiting station polling that slowly can starve for many seconds. Short jittered
    polls take the lock in the next gap. Returns False when the time ran out.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    dbapi_conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                dbapi_conn.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    return False  # not contention: the normal path reports it
                if time.monotonic() >= deadline:
                    return False
                time.sleep(random.uniform(0.0005, 0.003))
    finally:
        dbapi_conn.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
