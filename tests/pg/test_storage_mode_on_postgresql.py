"""Settings → Station's storage choice against the lane's real server, without Qt: the
server tested (what it is; a missing database named as such), a station on this PC
joined through the storage service (its file set aside, the server's data copied, the
settings saying where it syncs), and a syncing station that may leave only once what
it saved has reached the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from propdesk.config import Paths, Settings, load_settings
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.storage_mode import StorageMode, StorageModeService
from propdesk.store.models import Unit
from tests.pg.sync_stations import empty_server, seeded_server

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "岗亭")


@pytest.fixture
def server_url(pg_migrated: str, monkeypatch: pytest.MonkeyPatch) -> str:
    return empty_server(pg_migrated, monkeypatch)


@pytest.fixture
def server(tmp_path: Path, server_url: str) -> Iterator[Services]:
    services = seeded_server(tmp_path, server_url, cards=())
    yield services
    services.close()


def _open(paths: Paths) -> Services:
    return open_services(paths, fast_hashing=True)


def _storage(services: Services) -> StorageModeService:
    return StorageModeService(services.paths, services.settings, services.store, services.sync)


def test_the_server_is_tested_and_a_missing_database_named(
    server: Services, server_url: str
) -> None:
    address = ServerAddress.of_url(server_url)
    station = _open(Paths.resolve(server.paths.data_dir.parent / "tester"))
    try:
        facts = _storage(station).test(ADMIN, address)
        assert facts.version.split(".")[0].isdigit()
        assert facts.schema is not None
        missing = ServerAddress(address.host, address.port, "no_such_db", address.user, "")
        with pytest.raises(ValidationError) as caught:
            _storage(station).test(ADMIN, missing)
        assert caught.value.field == "database"
    finally:
        station.close()


def test_a_station_on_this_pc_joins_through_the_storage_choice_and_leaves_once_synced(
    tmp_path: Path, server: Services, server_url: str
) -> None:
    paths = Paths.resolve(tmp_path / "gate")
    paths.ensure()
    station = open_services(paths, Settings(station_name="岗亭"), fast_hashing=True)
    station.estate.set_up("本机")  # this PC's own data, set aside by the join
    storage = _storage(station)
    assert storage.state().mode is StorageMode.THIS_PC
    address = ServerAddress.of_url(server_url)
    try:
        report = storage.join(ADMIN, address, "岗亭")
    finally:
        station.close()
    assert report is not None
    assert report.letter
    assert report.rows > 0
    assert report.kept_aside is not None
    assert report.kept_aside.exists()
    assert load_settings(paths).settings.sync_url == address.url

    joined = _open(paths)
    try:
        assert joined.sync is not None
        assert joined.sync.status().letter == report.letter
        estate = joined.estate.get()
        assert estate is not None
        assert estate.name == "翠湖花园"
        with joined.store.read() as s:
            assert [u.code for u in s.scalars(select(Unit))] == ["3-2-1502"]
        again = _storage(joined)
        assert again.state().mode is StorageMode.OWN_COPY
        tickets = joined.module(RepairServices).tickets
        leak = TicketInput(
            "张三", "13812345678", RepairCategory.PLUMBING, "漏水", unit_code="3-2-1502"
        )
        tickets.open_ticket(ADMIN, leak)
        with pytest.raises(ValidationError) as caught:
            again.use_this_pc(ADMIN)
        assert caught.value.field == "mode"
        joined.sync.sync_now()
        assert joined.sync.status().waiting == 0
        assert again.use_this_pc(ADMIN) is True
        assert load_settings(paths).settings.sync_url is None
    finally:
        joined.close()
