"""Stations that sync with the lane's server, for the sync tests and benchmarks: the
server set up as a station working on it directly would set it up, stations joined."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from propdesk.config import DATABASE_URL_ENV, Paths, Settings
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.cards import CardInput
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.sync.joining import join_server
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.service import SyncService
from tests.pg.conftest import back_to_seed_rows

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
OWNER_CARD = "0001234567"


@dataclass
class Station:
    name: str
    paths: Paths
    services: Services
    sync: SyncService

    def close(self) -> None:
        self.services.close()


def server_services(root: Path, url: str) -> Services:
    """The server's data through the services of a station working on it directly."""
    paths = Paths.resolve(root / "direct")
    return open_services(
        paths, Settings(station_name="客服中心", database_url=url), fast_hashing=True
    )


def empty_server(url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The lane's server as the migrations left it, and no server address taken from
    the environment (each station says which it syncs with)."""
    back_to_seed_rows(url)
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return url


def seeded_server(root: Path, url: str, cards: Iterable[str] = (OWNER_CARD,)) -> Services:
    """The server as every sync test starts it: the estate, unit 3-2-1502, its owner
    张三, a plumber, and a gate card in 张三's name for each of `cards`."""
    services = server_services(root, url)
    services.estate.set_up("翠湖花园")
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    services.residents.save(
        ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.staff.save(ADMIN, StaffInput("王师傅", "engineering", "水电工"))
    for number in cards:
        services.cards.issue(ADMIN, CardInput(number, "3-2-1502", "张三"))
    return services


def join(root: Path, name: str, url: str, server_url: str | None = None) -> Station:
    """A station joined to the server at `url`; it syncs through `server_url` (a proxy in
    front of the server, say) when given."""
    paths = Paths.resolve(root / name)
    paths.ensure()
    join_server(paths, Settings(station_name=name), ServerAddress.of_url(url), name)
    settings = Settings(station_name=name, sync_url=server_url or url)
    services = open_services(paths, settings, fast_hashing=True)
    assert services.sync is not None
    return Station(name, paths, services, services.sync)
