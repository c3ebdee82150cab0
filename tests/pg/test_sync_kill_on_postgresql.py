"""A syncing station killed with SIGKILL in the middle of its syncs loses nothing and
sends nothing twice.

Each round the station saves a batch of gate events in its own copy, then a forked child
(a separate process with its own connections) syncs in a loop and is killed with SIGKILL
after a random delay (seeded): in a pull, in a send, between the server's commit and the
station's, in the station's own write. At the end one more sync: the server holds every
event exactly once and the outbox is empty.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.store.models import GateEvent
from propdesk.store.models.sync import SyncOutbox
from tests.pg.sync_stations import empty_server, join, seeded_server

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "岗亭")
ROUNDS = 15
SEED = 20261205

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL") or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs fork and SIGKILL (POSIX)",
)


@pytest.fixture
def server(tmp_path: Path, pg_migrated: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    services = seeded_server(tmp_path, empty_server(pg_migrated, monkeypatch))
    yield services
    services.close()


def _syncing_child(data_dir: str, started: str) -> None:
    services = open_services(Paths.resolve(data_dir), fast_hashing=True)
    assert services.sync is not None
    Path(started).write_text("started", "utf-8")
    while True:
        try:
            services.sync.sync_now()
        except Exception:  # the test kills us; a failed round is tried again
            time.sleep(0.01)


def _wait_for(file: Path, child: multiprocessing.process.BaseProcess) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.is_alive() and not file.exists():
        time.sleep(0.002)


def test_killed_mid_sync_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, server: Services, pg_migrated: str
) -> None:
    station = join(tmp_path, "gate", pg_migrated)
    station.close()
    paths = station.paths
    rng = random.Random(SEED)
    fork = multiprocessing.get_context("fork")
    made: list[uuid.UUID] = []
    killed_with_waiting = 0
    for round_no in range(ROUNDS):
        here = open_services(paths, fast_hashing=True)
        gate = here.module(GateServices).entries
        for _ in range(rng.randint(5, 300)):
            made.append(gate.card_entry(ADMIN, "0001234567").event_id)
        here.close()  # no connection of ours crosses the fork
        started = tmp_path / f"started-{round_no}"
        child = fork.Process(target=_syncing_child, args=(str(paths.data_dir), str(started)))
        child.start()
        _wait_for(started, child)
        time.sleep(rng.uniform(0.0, 0.25))
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        assert child.exitcode == -signal.SIGKILL, "the child should have been killed mid-sync"
        after = open_services(paths, fast_hashing=True)
        with after.store.read() as s:
            if s.scalar(select(func.count()).select_from(SyncOutbox)):
                killed_with_waiting += 1
        after.close()
    assert killed_with_waiting >= 3, "some kills should land before everything was sent"
    final = open_services(paths, fast_hashing=True)
    try:
        assert final.sync is not None
        for _ in range(3):
            final.sync.sync_now()
        assert final.sync.status().waiting == 0
        with server.store.read() as s:
            on_server = list(s.scalars(select(GateEvent.id)))
        assert len(on_server) == len(set(on_server))
        assert sorted(on_server) == sorted(made)
        with final.store.read() as s:
            assert sorted(s.scalars(select(GateEvent.id))) == sorted(made)
    finally:
        final.close()
