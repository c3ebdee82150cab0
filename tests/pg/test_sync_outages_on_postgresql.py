"""Issue 22's proof: two stations register gate events and edit tickets while a proxy
cuts their connections at random moments (mid-send, mid-commit, mid-pull) for 100
cycles; at the end nothing is lost, nothing doubled, every concurrent edit of one ticket
was reported as a conflict, and three stations and the server hold the same rows."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from propdesk.domain.repairs.kinds import RepairCategory as C
from propdesk.domain.repairs.workflow import RepairStep as T
from propdesk.domain.repairs.workflow import StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.services.sync.conflicts import ConflictService, ConflictView
from propdesk.store.models import GateEvent, RepairTicket
from tests.pg.cutting_proxy import CuttingProxy, cutting_proxy
from tests.pg.sync_compare import differences
from tests.pg.sync_stations import Station, empty_server, join, seeded_server

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CYCLES = 100
PAIR_EVERY = 5  # every fifth cycle both stations edit the same ticket


@pytest.fixture
def server(tmp_path: Path, pg_migrated: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    url = empty_server(pg_migrated, monkeypatch)
    services = seeded_server(tmp_path, url, cards=[f"000123456{n}" for n in range(4)])
    tickets = services.module(RepairServices).tickets
    for _ in range(CYCLES // PAIR_EVERY):
        tickets.open_ticket(
            ADMIN,
            TicketInput(
                reporter_name="张三",
                reporter_phone="13812345678",
                category=C.PLUMBING,
                description="厨房水管漏水",
                unit_code="3-2-1502",
            ),
        )
    yield services
    services.close()


@pytest.fixture
def proxy(pg_migrated: str) -> Iterator[CuttingProxy]:
    with cutting_proxy(pg_migrated, seed=22) as cutting:
        yield cutting


def _try_round(station: Station) -> None:
    # A cut fails the round; the next one goes on from where the station's file says.
    with suppress(SQLAlchemyError, OSError):
        station.sync.sync_now()


def _settle(stations: list[Station]) -> None:
    """Rounds until no station has rows waiting and a full pass moves nothing."""
    for _ in range(10):
        moved = 0
        for station in stations:
            report = station.sync.sync_now()
            moved += report.pulled + report.sent + report.deleted
        if moved == 0 and all(s.sync.status().waiting == 0 for s in stations):
            return
    raise AssertionError("the stations did not settle")


def _cycles(
    server: Services, proxy: CuttingProxy, a: Station, b: Station
) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """The 100 cycles: gate events at both stations, every fifth cycle one ticket edited
    at both from the same version, a cycle in ten with the server gone, the rest with
    the proxy cutting at random. Returns the events made and the tickets edited twice."""
    rng = random.Random(22)
    made: list[uuid.UUID] = []
    pairs: list[uuid.UUID] = []
    with server.store.read() as s:
        open_tickets = list(s.scalars(select(RepairTicket.id).order_by(RepairTicket.number)))
    technician = server.module(RepairServices).tickets.technicians(ADMIN)[0].id
    for cycle in range(CYCLES):
        for station in (a, b):
            gate = station.services.module(GateServices).entries
            for _ in range(rng.randint(1, 3)):
                made.append(gate.card_entry(ADMIN, f"000123456{rng.randrange(4)}").event_id)
        if cycle % PAIR_EVERY == 0:
            ticket = open_tickets[len(pairs)]
            pairs.append(ticket)
            a.services.module(RepairServices).tickets.step(
                ADMIN, ticket, StepRequest(T.DISPATCH, technician_id=technician)
            )
            b.services.module(RepairServices).tickets.step(
                ADMIN, ticket, StepRequest(T.CANCEL, reason="住户取消")
            )
        if cycle % 10 == 7:
            proxy.down()  # the server gone for this cycle: saves stay local
        else:
            proxy.up()
            proxy.arm()
        for station in [a, b] if rng.random() < 0.5 else [b, a]:
            _try_round(station)
    return made, pairs


def _conflicts(stations: list[Station]) -> dict[str, tuple[Station, ConflictView]]:
    found: dict[str, tuple[Station, ConflictView]] = {}
    for station in stations:
        for conflict in ConflictService(station.services.store).open_conflicts(ADMIN):
            assert conflict.kind == "edit", conflict.message
            assert conflict.table == "repair_ticket"
            assert conflict.key not in found, "both stations in conflict on one ticket"
            found[conflict.key] = (station, conflict)
    return found


def test_random_cuts_lose_nothing_double_nothing_and_report_every_conflict(
    tmp_path: Path, server: Services, proxy: CuttingProxy, pg_migrated: str
) -> None:
    shaky = proxy.url_for(pg_migrated)
    a = join(tmp_path, "gate-a", pg_migrated, shaky)
    b = join(tmp_path, "gate-b", pg_migrated, shaky)
    c = join(tmp_path, "office-c", pg_migrated, shaky)
    stations = [a, b, c]
    try:
        made, pairs = _cycles(server, proxy, a, b)
        assert proxy.cuts > 20, "the proxy should have cut many times"
        proxy.up()
        proxy.disarm()
        _settle(stations)

        # nothing lost, nothing doubled
        with server.store.read() as s:
            on_server = list(s.scalars(select(GateEvent.id)))
        assert len(made) == len(set(made))
        assert sorted(on_server) == sorted(made)

        # every concurrent edit of one ticket: exactly one conflict, at the later sender
        found = _conflicts([a, b])
        assert sorted(found) == sorted(t.hex for t in pairs)

        # people resolve them (half keep their own version), and all agree again
        for n, (station, conflict) in enumerate(found.values()):
            ConflictService(station.services.store).resolve(
                ADMIN, conflict.id, "mine" if n % 2 else "theirs"
            )
        _settle(stations)
        for station in stations:
            assert differences(server.store.engine, station.services.store.engine) == []
        with server.store.read() as s:
            assert s.scalar(select(func.count()).select_from(GateEvent)) == len(made)
    finally:
        for station in stations:
            station.close()
