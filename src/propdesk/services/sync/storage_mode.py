"""Where a station keeps its data — Settings → Station's three choices as use cases:

1. this PC only: the SQLite file in the data folder (neither URL in the settings);
2. on the office server: the station works on the PostgreSQL server directly
   (`database_url`), and cannot save while the network is down;
3. its own copy, synced with the server (`sync_url`): joining copies the server's data
   into the station's file (services/sync/joining.py), the sync keeps it current.

Every change takes effect at the next start (the open store is bound to where the data
was), so the window closes after one. Why the rules live here and not in the dialog:
they must hold for whoever asks, and be testable without Qt — a station may not leave
mode 3 with records that have not reached the server yet, or with conflicts open, as
both live only in its own file; a server is tested before a station is pointed at it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from propdesk.config import DATABASE_URL_ENV, Paths, Settings
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, PropdeskError, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, record
from propdesk.services.core.text import storable_text
from propdesk.services.station.settings import SettingsService
from propdesk.services.sync.joining import JoinReport, ServerFacts, join_server, test_server
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.service import SyncService
from propdesk.store.engine import WRITE_OPTION
from propdesk.store.sync.station_capture import remove_station_capture
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
HOST_MAX = 253  # the longest DNS name
NAME_MAX_BYTES = 63  # PostgreSQL's identifiers (database, user): 63 bytes
PASSWORD_MAX = 200
_HOST = re.compile(r"[A-Za-z0-9._\-:\[\]%]+")  # a DNS name, IPv4 or IPv6 ([::1], fe80::1%eth0)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class StorageMode(StrEnum):
    THIS_PC = "this_pc"
    SERVER = "server"
    OWN_COPY = "own_copy"


@dataclass(frozen=True)
class StorageState:
    mode: StorageMode
    # The server of modes 2 and 3 as the settings hold it (the form is filled with it).
    address: ServerAddress | None
    # PROPDESK_DATABASE_URL chooses the server for this process: the settings cannot.
    set_by_environment: bool


Tester = Callable[[ServerAddress], ServerFacts]
Joiner = Callable[[Paths, Settings, ServerAddress, str], JoinReport]


def server_address(host: str, port: str, database: str, user: str, password: str) -> ServerAddress:
    """The address as typed into the form, cleaned, or ValidationError naming the field
    (host, port, database, user, password) and what is wrong with it."""
    host = storable_text(host, "host").strip()
    if host and (len(host) > HOST_MAX or not _HOST.fullmatch(host)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Enter the server's name (letters, digits, dots and dashes) or its IP address.",
            ),
            field="host",
        )
    digits = storable_text(port, "port").strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The port is a number from 1 to 65535."), field="port"
        )
    address = ServerAddress(
        host,
        int(digits),
        _server_name(database, "database"),
        _server_name(user, "user"),
        _password(password),
    )
    address.validate()
    return address


def _server_name(text: str, field: str) -> str:
    name = storable_text(text, field).strip()
    if _CONTROL.search(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This name cannot contain control characters."),
            field=field,
        )
    if len(name.encode("utf-8")) > NAME_MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "PostgreSQL names are at most 63 bytes long (21 Chinese characters).",
            ),
            field=field,
        )
    return name


def _password(text: str) -> str:
    password = storable_text(text, "password")
    if _CONTROL.search(password) or len(password) > PASSWORD_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The password can have at most {limit} characters and no control characters.",
            ),
            field="password",
            limit=PASSWORD_MAX,
        )
    return password


class StorageModeService:
    """The station's storage choice. `sync` is the running sync of a station in mode 3
    (None otherwise); `tester` and `joiner` are the real ones unless a test gives fakes."""

    def __init__(
        self,
        paths: Paths,
        settings: SettingsService,
        store: Store,
        sync: SyncService | None,
        *,
        tester: Tester = test_server,
        joiner: Joiner = join_server,
    ) -> None:
        self._paths = paths
        self._settings = settings
        self._store = store
        self._sync = sync
        self._tester = tester
        self._joiner = joiner

    # -- what is chosen now ------------------------------------------------------
    def state(self) -> StorageState:
        current = self._settings.current
        from_env = os.environ.get(DATABASE_URL_ENV) or None
        if from_env is not None and not from_env.startswith("sqlite"):
            return StorageState(StorageMode.SERVER, _address_of(from_env), True)
        if current.database_url and not current.database_url.startswith("sqlite"):
            return StorageState(StorageMode.SERVER, _address_of(current.database_url), False)
        if current.sync_url:
            return StorageState(StorageMode.OWN_COPY, _address_of(current.sync_url), False)
        return StorageState(StorageMode.THIS_PC, None, from_env is not None)

    def test(self, actor: Actor, address: ServerAddress) -> ServerFacts:
        """ "Test connection": what the server is, or ValidationError naming the field."""
        actor.require(Module.SETTINGS, Action.ADMINISTER)
        return self._tester(address)

    def changes(
        self, actor: Actor, mode: StorageMode, address: ServerAddress | None = None
    ) -> bool:
        """Whether choosing `mode` (at `address`) changes anything; raises the rule that
        forbids it (quick: the window asks before it starts a join on a worker)."""
        before = self._may_change(actor, mode, address)
        return not _same(before, mode, address)

    # -- the three choices -------------------------------------------------------
    def use_this_pc(self, actor: Actor) -> bool:
        """Mode 1; False when it already is (nothing written)."""
        before = self._may_change(actor, StorageMode.THIS_PC, None)
        if before.mode is StorageMode.THIS_PC:
            return False
        self._record(actor, before, StorageMode.THIS_PC, None)
        if before.mode is StorageMode.OWN_COPY:
            self._stop_capture()
        self._settings.set_storage(None, None)
        log.info("storage: this PC only (was %s)", before.mode.value)
        return True

    def use_server(self, actor: Actor, address: ServerAddress) -> ServerFacts | None:
        """Mode 2, after a successful test; None when it already is (nothing written).
        A server holding no propdesk data yet is set up at the next start."""
        before = self._may_change(actor, StorageMode.SERVER, address)
        if _same(before, StorageMode.SERVER, address):
            return None
        facts = self._tester(address)
        self._record(actor, before, StorageMode.SERVER, address)
        if before.mode is StorageMode.OWN_COPY:
            self._stop_capture()
        self._settings.set_storage(address.url, None)
        log.info("storage: the server %s directly (was %s)", address.shown, before.mode.value)
        return facts

    def join(self, actor: Actor, address: ServerAddress, station_name: str) -> JoinReport | None:
        """Mode 3: the station's file is set aside and filled from the server (seconds to
        a minute: call it off the GUI thread, after everything reading the file has
        finished). None when the station already syncs with this server."""
        name = SettingsService.clean_station_name(station_name)
        before = self._may_change(actor, StorageMode.OWN_COPY, address)
        if _same(before, StorageMode.OWN_COPY, address):
            return None
        self._tester(address)  # the usual problems named before anything is set aside
        if self._sync is not None:
            self._sync.stop()
        self._store.dispose()  # no connection may stay on the file that is set aside
        report = self._joiner(
            self._paths, self._settings.current.with_changes(station_name=name), address, name
        )
        # The joiner saved the settings file; the service that keeps them in memory
        # writes the same, so a later change does not bring the old choice back.
        self._settings.set_station_name(name)
        self._settings.set_storage(None, address.url)
        # On the new copy: the sync sends it to the server with the rest. The join is
        # done by now; a trail line that cannot be written must not undo it.
        try:
            self._record(actor, before, StorageMode.OWN_COPY, address, letter=report.letter)
        except (PropdeskError, SQLAlchemyError):
            log.exception("could not record the join in the audit trail")
        log.info("storage: own copy of %s as station %s", address.shown, report.letter)
        return report

    def _stop_capture(self) -> None:
        """Leaving the own copy: no more outbox lines (nothing would ever send them)."""
        if self._sync is not None:
            self._sync.stop()
        with self._store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            remove_station_capture(conn)

    # -- rules ---------------------------------------------------------------------
    def _may_change(
        self, actor: Actor, mode: StorageMode, address: ServerAddress | None
    ) -> StorageState:
        actor.require(Module.SETTINGS, Action.ADMINISTER)
        before = self.state()
        if before.set_by_environment:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "PROPDESK_DATABASE_URL chooses this station's database; change or remove "
                    "it there to choose here.",
                ),
                field="mode",
            )
        if address is not None:
            address.validate()
        leaving_copy = before.mode is StorageMode.OWN_COPY and not _same(before, mode, address)
        if leaving_copy and self._sync is not None:
            status = self._sync.status()
            if status.waiting > 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} records saved on this station have not reached the server yet. "
                        "Wait until the status bar says synced (the server must be "
                        "reachable), then choose again.",
                    ),
                    field="mode",
                    n=status.waiting,
                )
            if status.conflicts > 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} conflicts are open on this station: resolve them in Settings → "
                        "Sync conflicts first, then choose again.",
                    ),
                    field="mode",
                    n=status.conflicts,
                )
        return before

    def _record(
        self,
        actor: Actor,
        before: StorageState,
        mode: StorageMode,
        address: ServerAddress | None,
        **more: str,
    ) -> None:
        was = {"mode": before.mode.value, "server": before.address.shown if before.address else ""}
        now = {"mode": mode.value, "server": address.shown if address else "", **more}
        with self._store.write() as session:
            record(
                session,
                actor,
                "station_storage",
                "storage",
                AuditAction.UPDATE,
                before=was,
                after=now,
            )


def _address_of(url: str) -> ServerAddress | None:
    try:
        return ServerAddress.of_url(url)
    except (
        ArgumentError,
        ValueError,
    ):  # a URL the form cannot show (hand-edited settings): an empty form
        log.warning("the settings' server URL cannot be read into the form")
        return None


def _same(state: StorageState, mode: StorageMode, address: ServerAddress | None) -> bool:
    """The choice is the one in force (same mode; same server, password included)."""
    if state.mode is not mode:
        return False
    if address is None or state.address is None:
        return address is None and state.address is None
    return state.address.url == address.url
