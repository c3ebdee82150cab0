"""A throwaway PostgreSQL cluster: the test lane's (tests/pg/conftest.py) and the
benchmarks' (tests/bench/bench_postgresql.py), so both start and stop it one way.

The cluster lives in a temporary folder, listens on a free loopback port (and a unix
socket in the same folder) and is stopped at the end, also when the caller fails.
PostgreSQL refuses to run as root, so under root (CI) the server runs as the
`postgres` system user. Plain Python, no pytest: the benchmarks import it too.
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

from sqlalchemy import create_engine, text

SERVER_USER = "postgres"
# The test lane's settings: nothing there needs to survive a power cut.
THROWAWAY = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    "-c max_connections=60 -c shared_buffers=32MB"
)


def server_bindir() -> Path | None:
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


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def as_server_user() -> list[str]:
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
    settings: str = THROWAWAY

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
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 {self.settings}"
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


class ServerStartError(RuntimeError):
    """initdb or pg_ctl start failed: their output and the server's log."""


@contextlib.contextmanager
def throwaway_server(bindir: Path, settings: str = THROWAWAY) -> Iterator[PgServer]:
    """A started cluster in a new temporary folder; stopped and removed on leaving."""
    prefix = as_server_user()
    # Not under pytest's tmp folder: that one is private to root (0700) and the server
    # user must reach its data folder and socket.
    root = Path(tempfile.mkdtemp(prefix="propdesk-pg-"))
    if prefix:
        shutil.chown(root, SERVER_USER, SERVER_USER)
    server = PgServer(bindir, root, free_port(), prefix, settings)
    try:
        try:
            server.start()
        except subprocess.CalledProcessError as exc:
            raise ServerStartError(f"{exc.stderr}\n{server.log_tail()}") from exc
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def drop_database(server: PgServer, name: str) -> None:
    admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def create_database(server: PgServer, name: str) -> str:
    """A fresh, empty database `name` (one left over is dropped first); its URL."""
    drop_database(server, name)
    admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8'))
    finally:
        admin.dispose()
    return server.url(name)
