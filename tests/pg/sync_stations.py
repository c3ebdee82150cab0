"""Stations that sync with the lane's server, for the sync tests and benchmarks: the
server set up as a station working on it directly would set it up, stations joined."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from propdesk.config import Paths, Settings
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.sync.joining import join_server
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.service import SyncService


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
