"""Settings → Station's storage choice without Qt: what mode is in force, the three
choices with their rules (a server tested before a station is pointed at it, no leaving
the own-copy mode with records waiting or conflicts open, PROPDESK_DATABASE_URL wins,
administrators only), and that a refusal changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from propdesk.config import DATABASE_URL_ENV, Paths, Settings, load_settings
from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.sync.joining import JoinReport, ServerFacts
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.status import SyncStatus
from propdesk.services.sync.storage_mode import (
    StorageMode,
    StorageModeService,
    server_address,
)
from propdesk.store.migrate import SCHEMA_HEAD
from propdesk.store.models.audit import AuditEntry

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "岗亭")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "岗亭")
OFFICE = ServerAddress("192.168.1.10", 5432, "propdesk", "propdesk", "s3cret")
OTHER = ServerAddress("office-pc", 5433, "翠湖", "gate", "pw")


@dataclass
class FakeSync:
    """The parts of SyncService the storage choice asks: the status, and stop."""

    waiting: int = 0
    conflicts: int = 0
    stopped: bool = False

    def status(self) -> SyncStatus:
        now = datetime.now(UTC)
        return SyncStatus("B", OFFICE.shown, self.waiting, self.conflicts, 0, now, None, "")

    def stop(self) -> None:
        self.stopped = True


@dataclass
class FakeServer:
    """test_server and join_server as seen from here: answers, calls recorded."""

    problem: ValidationError | None = None
    tested: list[ServerAddress] = field(default_factory=list)
    joined: list[tuple[Settings, ServerAddress, str]] = field(default_factory=list)

    def test(self, address: ServerAddress) -> ServerFacts:
        self.tested.append(address)
        if self.problem is not None:
            raise self.problem
        return ServerFacts(address.shown, "15.4", SCHEMA_HEAD, 2)

    def join(
        self, paths: Paths, settings: Settings, address: ServerAddress, name: str
    ) -> JoinReport:
        self.test(address)
        self.joined.append((settings, address, name))
        return JoinReport("B", 12_345, paths.backup_dir / "pre-join.db")


def storage(
    services: Services, server: FakeServer, sync: FakeSync | None = None
) -> StorageModeService:
    return StorageModeService(
        services.paths,
        services.settings,
        services.store,
        sync,  # type: ignore[arg-type]
        tester=server.test,
        joiner=server.join,
    )


def _trail(services: Services) -> list[AuditEntry]:
    with services.store.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "station_storage")))


def _saved(services: Services) -> Settings:
    return load_settings(services.paths).settings


def test_a_new_station_keeps_its_data_on_this_pc(ready_services: Services) -> None:
    state = storage(ready_services, FakeServer()).state()
    assert state.mode is StorageMode.THIS_PC
    assert state.address is None
    assert not state.set_by_environment


def test_the_server_is_tested_then_chosen_and_the_change_is_in_the_trail(
    ready_services: Services,
) -> None:
    server = FakeServer()
    service = storage(ready_services, server)
    facts = service.use_server(ADMIN, OFFICE)
    assert facts is not None
    assert facts.version == "15.4"
    assert server.tested == [OFFICE]
    saved = _saved(ready_services)
    assert saved.database_url == OFFICE.url
    assert saved.sync_url is None
    assert saved.station_name == "岗亭"  # the rest of the settings kept
    assert service.state().mode is StorageMode.SERVER
    assert service.state().address == OFFICE
    [line] = _trail(ready_services)
    assert line.after is not None
    assert line.after["server"] == OFFICE.shown
    assert "s3cret" not in str(line.after)  # no password in the trail
    # the same choice again: nothing tested, nothing written
    assert service.use_server(ADMIN, OFFICE) is None
    assert len(server.tested) == 1
    assert len(_trail(ready_services)) == 1


def test_a_server_that_fails_the_test_is_not_chosen(ready_services: Services) -> None:
    unreachable = ValidationError("The server {server} cannot be reached", field="host", server="x")
    service = storage(ready_services, FakeServer(problem=unreachable))
    with pytest.raises(ValidationError) as caught:
        service.use_server(ADMIN, OFFICE)
    assert caught.value.field == "host"
    assert _saved(ready_services).database_url is None
    assert service.state().mode is StorageMode.THIS_PC
    assert _trail(ready_services) == []


def test_this_pc_only_clears_both_server_choices(ready_services: Services) -> None:
    service = storage(ready_services, FakeServer())
    assert service.use_this_pc(ADMIN) is False  # already: nothing written
    assert _trail(ready_services) == []
    ready_services.settings.set_storage(OFFICE.url, None)
    assert service.use_this_pc(ADMIN) is True
    saved = _saved(ready_services)
    assert (saved.database_url, saved.sync_url) == (None, None)
    assert ready_services.settings.current.database_url is None


def test_joining_stops_the_sync_releases_the_file_and_saves_the_server(
    ready_services: Services,
) -> None:
    server, sync = FakeServer(), FakeSync()
    ready_services.settings.set_storage(None, OTHER.url)  # syncing with another server
    service = storage(ready_services, server, sync)
    report = service.join(ADMIN, OFFICE, "  岗亭 北门 ")
    assert report is not None
    assert (report.letter, report.rows) == ("B", 12_345)
    [(settings, address, name)] = server.joined
    assert (address, name, settings.station_name) == (OFFICE, "岗亭 北门", "岗亭 北门")
    assert sync.stopped
    saved = _saved(ready_services)
    assert (saved.sync_url, saved.database_url, saved.station_name) == (
        OFFICE.url,
        None,
        "岗亭 北门",
    )
    assert ready_services.settings.current.sync_url == OFFICE.url  # the service's copy too
    assert service.state().mode is StorageMode.OWN_COPY
    [line] = _trail(ready_services)
    assert line.after is not None
    assert line.after["letter"] == "B"
    # joined already: nothing more
    assert service.join(ADMIN, OFFICE, "岗亭 北门") is None
    assert len(server.joined) == 1


def test_joining_without_a_station_name_or_with_a_bad_server_sets_nothing_aside(
    ready_services: Services,
) -> None:
    server = FakeServer()
    service = storage(ready_services, server)
    with pytest.raises(ValidationError) as caught:
        service.join(ADMIN, OFFICE, "  ")
    assert caught.value.field == "station_name"
    server.problem = ValidationError("wrong password", field="password")
    with pytest.raises(ValidationError) as caught:
        service.join(ADMIN, OFFICE, "岗亭")
    assert caught.value.field == "password"
    assert server.joined == []
    assert _saved(ready_services).sync_url is None


@pytest.mark.parametrize(("waiting", "conflicts"), [(37, 0), (0, 2)])
def test_a_syncing_station_does_not_leave_with_records_waiting_or_conflicts_open(
    ready_services: Services, waiting: int, conflicts: int
) -> None:
    ready_services.settings.set_storage(None, OFFICE.url)
    server = FakeServer()
    service = storage(ready_services, server, FakeSync(waiting, conflicts))
    for leave in (
        lambda: service.use_this_pc(ADMIN),
        lambda: service.use_server(ADMIN, OFFICE),
        lambda: service.join(ADMIN, OTHER, "岗亭"),
    ):
        with pytest.raises(ValidationError) as caught:
            leave()
        assert caught.value.field == "mode"
        assert str(waiting or conflicts) in caught.value.message
    assert server.tested == []
    assert server.joined == []
    assert _saved(ready_services).sync_url == OFFICE.url
    # staying is no change and is allowed
    assert service.join(ADMIN, OFFICE, "岗亭") is None


def test_a_syncing_station_with_nothing_waiting_may_leave(ready_services: Services) -> None:
    ready_services.settings.set_storage(None, OFFICE.url)
    service = storage(ready_services, FakeServer(), FakeSync())
    assert service.use_server(ADMIN, OTHER) is not None
    saved = _saved(ready_services)
    assert (saved.database_url, saved.sync_url) == (OTHER.url, None)


def test_the_environment_s_database_url_wins_and_cannot_be_changed_here(
    ready_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, OFFICE.url)
    service = storage(ready_services, FakeServer())
    state = service.state()
    assert (state.mode, state.address, state.set_by_environment) == (
        StorageMode.SERVER,
        OFFICE,
        True,
    )
    with pytest.raises(ValidationError) as caught:
        service.use_this_pc(ADMIN)
    assert caught.value.field == "mode"
    assert "PROPDESK_DATABASE_URL" in caught.value.message


def test_only_an_administrator_changes_where_the_data_is(ready_services: Services) -> None:
    server = FakeServer()
    service = storage(ready_services, server)
    for change in (
        lambda: service.use_server(MANAGER, OFFICE),
        lambda: service.join(MANAGER, OFFICE, "岗亭"),
        lambda: service.test(MANAGER, OFFICE),
    ):
        with pytest.raises(PermissionDeniedError):
            change()
    assert server.tested == []
    assert service.test(ADMIN, OFFICE).stations == 2


def test_settings_with_a_url_the_form_cannot_read_start_the_form_empty(
    ready_services: Services,
) -> None:
    ready_services.settings.set_storage("postgresql+psycopg://u@h:notaport/db", None)
    state = storage(ready_services, FakeServer()).state()
    assert state.mode is StorageMode.SERVER
    assert state.address is None


@pytest.mark.parametrize(
    ("typed", "field_name"),
    [
        (("", "5432", "propdesk", "u", ""), "host"),
        (("db server", "5432", "propdesk", "u", ""), "host"),
        (("h" * 254, "5432", "propdesk", "u", ""), "host"),
        (("office", "", "propdesk", "u", ""), "port"),
        (("office", "0", "propdesk", "u", ""), "port"),
        (("office", "65536", "propdesk", "u", ""), "port"),
        (("office", "54 32", "propdesk", "u", ""), "port"),
        (("office", "５４３２", "propdesk", "u", ""), "port"),
        (("office", "5432", " ", "u", ""), "database"),
        (("office", "5432", "翠" * 22, "u", ""), "database"),
        (("office", "5432", "d\tb", "u", ""), "database"),
        (("office", "5432", "db", "", ""), "user"),
        (("office", "5432", "db", "u\x00", ""), "user"),
        (("office", "5432", "db", "u", "pw\x00"), "password"),
        (("office", "5432", "db", "u", "\ud800"), "password"),
    ],
)
def test_what_is_typed_into_the_address_form_is_refused_next_to_its_field(
    typed: tuple[str, str, str, str, str], field_name: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        server_address(*typed)
    assert caught.value.field == field_name


def test_a_typed_address_is_cleaned_and_survives_the_settings_url(tmp_path: Path) -> None:
    del tmp_path
    address = server_address(" 192.168.1.10 ", " 5433 ", " 翠湖物业 ", " 岗亭 ", " p@ss:/word ")
    assert address == ServerAddress("192.168.1.10", 5433, "翠湖物业", "岗亭", " p@ss:/word ")
    assert ServerAddress.of_url(address.url) == address
