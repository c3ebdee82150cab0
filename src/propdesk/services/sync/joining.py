"""Testing a server and joining it as a syncing station.

Joining starts the station's copy afresh: the file in the data folder is set aside (a
copy in the backup folder: a station joining keeps nothing of its own that the server
does not have) and filled from the server in one snapshot — every register, setting and
open record, the gate journal and patrol visits of the last days (JOIN_HISTORY_DAYS).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from propdesk.config import Paths, Settings, save_settings, sqlite_url
from propdesk.domain.ids import uuid7
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.sync.server_address import (
    PROBLEM_MESSAGES,
    ServerAddress,
    ServerProblem,
    classify,
    from_server,
    server_engine,
)
from propdesk.store.backup import backup_sqlite_file
from propdesk.store.engine import WRITE_OPTION, make_engine
from propdesk.store.migrate import current_revision, is_known_revision, upgrade_to_head
from propdesk.store.models.audit import AuditHead
from propdesk.store.models.sync import SyncIdentity, SyncStation
from propdesk.store.sync.join import copy_from_server, register_station
from propdesk.store.sync.station_capture import install_station_capture

log = logging.getLogger(__name__)

JOIN_HISTORY_DAYS = 14

# The form field a problem is shown next to.
_PROBLEM_FIELDS = {
    ServerProblem.UNREACHABLE: "host",
    ServerProblem.WRONG_PASSWORD: "password",
    ServerProblem.NO_DATABASE: "database",
    ServerProblem.NEWER_SCHEMA: "host",
    ServerProblem.OTHER: "host",
}


@dataclass(frozen=True)
class ServerFacts:
    server: str
    version: str  # PostgreSQL's
    schema: str | None  # propdesk's schema revision; None: an empty database
    stations: int  # syncing stations that joined


@dataclass(frozen=True)
class JoinReport:
    letter: str
    rows: int
    kept_aside: Path | None


def problem_error(
    problem: ServerProblem, address: ServerAddress, detail: str = "", schema: str = ""
) -> ValidationError:
    return ValidationError(
        PROBLEM_MESSAGES[problem],
        field=_PROBLEM_FIELDS[problem],
        server=address.shown,
        detail=detail,
        schema=schema,
    )


def test_server(address: ServerAddress) -> ServerFacts:
    """What the server is, or ValidationError naming the field and what is wrong."""
    address.validate()
    engine = server_engine(address.url)
    try:
        return _facts(engine, address)
    finally:
        engine.dispose()


def _facts(engine: Engine, address: ServerAddress) -> ServerFacts:
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar())
        schema = current_revision(engine)
        stations = 0
        if schema is not None and inspect(engine).has_table(SyncStation.__tablename__):
            with engine.connect() as conn:
                stations = len(conn.execute(select(SyncStation.letter)).all())
    except DBAPIError as exc:
        first = str(exc.orig or exc).strip().splitlines()
        raise problem_error(classify(exc), address, first[0] if first else "") from exc
    except SQLAlchemyError as exc:
        raise problem_error(ServerProblem.UNREACHABLE, address, str(exc)) from exc
    if schema is not None and not is_known_revision(schema):
        raise problem_error(ServerProblem.NEWER_SCHEMA, address, schema=schema)
    return ServerFacts(address.shown, version, schema, stations)


def join_server(
    paths: Paths,
    settings: Settings,
    address: ServerAddress,
    station_name: str,
    history_days: int = JOIN_HISTORY_DAYS,
) -> JoinReport:
    """Make this station a syncing copy of the server. The settings are saved last, and
    a join that fails half-way puts the station's file back: the station is as it was."""
    if not station_name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the station name."), field="station_name"
        )
    test_server(address)
    server = server_engine(address.url)
    kept: Path | None = None
    moved = False
    try:
        upgrade_to_head(server, None)  # an empty or older server database is set up
        kept, moved = _set_aside(paths), True
        local = make_engine(sqlite_url(paths.database_file))
        try:
            upgrade_to_head(local, None)
            letter, rows = _copy(server, local, address, station_name, history_days)
        finally:
            local.dispose()
    except DBAPIError as exc:
        _put_back(paths, kept, moved)
        if not from_server(exc):
            raise
        first = str(exc.orig or exc).strip().splitlines()
        raise problem_error(classify(exc), address, first[0] if first else "") from exc
    except BaseException:
        _put_back(paths, kept, moved)
        raise
    finally:
        server.dispose()
    save_settings(paths, settings.with_changes(sync_url=address.url, database_url=None))
    log.info("joined %s as station %s (%d rows copied)", address.shown, letter, rows)
    return JoinReport(letter, rows, kept)


def _set_aside(paths: Paths) -> Path | None:
    file = paths.database_file
    if not file.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir / f"pre-join-{stamp}.db"
    backup_sqlite_file(file, target)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{file}{suffix}").unlink(missing_ok=True)
    log.info("station file set aside at %s before joining", target)
    return target


def _put_back(paths: Paths, kept: Path | None, moved: bool) -> None:
    """Undo _set_aside after a failed join: the half-made copy goes, the file comes back
    (the copy set aside stays in the backup folder as well); no file if there was none."""
    if not moved:
        return
    file = paths.database_file
    for suffix in ("", "-wal", "-shm"):
        Path(f"{file}{suffix}").unlink(missing_ok=True)
    if kept is not None:
        backup_sqlite_file(kept, file)
    log.info("join failed: the station's file was put back from %s", kept)


def _copy(
    server: Engine, local: Engine, address: ServerAddress, station_name: str, days: int
) -> tuple[str, int]:
    station_id: uuid.UUID = uuid7()
    with server.begin() as conn:
        letter = register_station(conn, station_id, station_name)
    since = datetime.now(UTC) - timedelta(days=days)
    with server.connect() as plain:
        snapshot = plain.execution_options(isolation_level="REPEATABLE READ")
        with snapshot.begin(), local.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            horizon, counts = copy_from_server(snapshot, conn, since)
            conn.execute(delete(AuditHead))  # this station's own chain starts here
            conn.execute(
                insert(SyncIdentity).values(
                    id=1,
                    station_id=station_id,
                    letter=letter,
                    server=address.shown,
                    joined_at=datetime.now(UTC),
                    cursor_xid=horizon,
                    join_xmin=horizon,
                    last_error="",
                )
            )
            install_station_capture(conn)
    return letter, sum(counts.values())
