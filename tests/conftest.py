"""Shared fixtures: every test gets its own data folder, never the user's real one."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from propdesk.config import DATA_DIR_ENV, DATABASE_URL_ENV, Paths
from propdesk.services.bootstrap import Services, open_services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    del config
    for item in items:
        if "tests/gui/" in item.nodeid.replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Nothing a test does may reach the developer's real folders or database.
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.resolve(tmp_path / "data")


@pytest.fixture
def services(paths: Paths) -> Iterator[Services]:
    opened = open_services(paths, fast_hashing=True)
    yield opened
    opened.close()


@pytest.fixture
def ready_services(services: Services) -> Services:
    """An estate and a station already set up (past the first-start dialog)."""
    services.estate.set_up("翠湖花园")
    services.settings.set_station_name("岗亭")
    return services


@pytest.fixture
def beijing_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The estate's clock (UTC+8, no DST) for local days, months and printed times,
    whatever the machine's zone; the machine's zone again afterwards."""
    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
