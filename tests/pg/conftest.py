"""The PostgreSQL lane: a throwaway cluster for the session, a database per module.

The cluster lives in a temporary folder, listens on a free loopback port (and a unix
socket in the same folder), runs without fsync (nothing here needs to survive a power
cut) and is stopped at the end, also when tests fail. PostgreSQL refuses to run as
root, so under root (CI) the server runs as the `postgres` system user. Without the
server binaries the lane is skipped with the reason; scripts/setup.sh installs them.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, inspect, text

from propdesk.config import DATABASE_URL_ENV, Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.store.engine import make_engine
from propdesk.store.migrate import upgrade_to_head

SERVER_USER = "postgres"


def _server_bindir() -> Path | None:
    """Where initdb and pg_ctl are: PATH first, then Debian's versioned folder."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and Path(initdb).resolve().parent == Path(pg_ctl).resolve().parent:
        return Path(pg_ctl).resolve().parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(re.sub(r"\D", "", Path(p).parts[-3]) or 0),
    )
    for pg_ctl_path in reversed(found):
        folder = Path(pg_ctl_path).parent
        if (folder / "initdb").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user() -> list[str]:
    """The command prefix that runs the server as an unprivileged user under root."""
    if os.geteuid() != 0:
        return []
    try:
        import pwd

        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
             SERVER_USER],
            check=True,
            capture_output=True,
        )  # fmt: skip
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SERVER_USER, "--"]
    return ["setpriv", f"--reuid={SERVER_USER}", f"--regid={SERVER_USER}", "--init-groups"]


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    prefix: list[str]

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.prefix, *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.root,
        )

    def start(self) -> None:
        self.run(
            str(self.bindir / "initdb"),
            "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=32MB"
        )
        self.run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        pid = self.postmaster_pid()
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                     "-w", "-t", "20", "stop", timeout=30)  # fmt: skip
        if pid is not None and self.postmaster_pid() == pid:
            # pg_ctl could not stop it: kill -9 the postmaster (its children notice and
            # exit) and, where it leads a process group, the whole group.
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)

    def log_tail(self) -> str:
        try:
            return (self.root / "log").read_text(errors="replace")[-2000:]
        except OSError:
            return ""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _server_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
            "/usr/lib/postgresql/*/bin; `bash scripts/setup.sh` installs them"
        )
    prefix = _as_server_user()
    # Not under pytest's tmp folder: that one is private to root (0700) and the server
    # user must reach its data folder and socket.
    root = Path(tempfile.mkdtemp(prefix="propdesk-pg-"))
    if prefix:
        shutil.chown(root, SERVER_USER, SERVER_USER)
    server = PgServer(bindir, root, _free_port(), prefix)
    try:
        try:
            server.start()
        except subprocess.CalledProcessError as exc:
            pytest.fail(
                f"the test PostgreSQL server did not start: {exc.stderr}\n{server.log_tail()}"
            )
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _drop_database(server: PgServer, name: str) -> None:
    admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(scope="module")
def pg_database(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database for the module; yields its URL."""
    name = re.sub(r"\W", "_", request.module.__name__.rsplit(".", 1)[-1]).lower()[:60]
    _drop_database(pg_server, name)
    admin = create_engine(pg_server.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8'))
    finally:
        admin.dispose()
    yield pg_server.url(name)
    _drop_database(pg_server, name)


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
