"""A station working on its own copy and syncing with the server: joining, sending,
taking others' saves, conflicts found and resolved, nothing doubled."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from propdesk.domain.repairs.kinds import RepairCategory as C
from propdesk.domain.repairs.workflow import RepairStep as T
from propdesk.domain.repairs.workflow import StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.services.sync.conflicts import ConflictService
from propdesk.store.migrate import SCHEMA_HEAD
from propdesk.store.models import RepairTicket
from propdesk.store.models.sync import SyncOutbox
from tests.pg.sync_stations import Station, empty_server, join, seeded_server

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")


@pytest.fixture
def server_url(pg_migrated: str, monkeypatch: pytest.MonkeyPatch) -> str:
    return empty_server(pg_migrated, monkeypatch)


@pytest.fixture
def server(tmp_path: Path, server_url: str) -> Iterator[Services]:
    services = seeded_server(tmp_path, server_url)
    yield services
    services.close()


@pytest.fixture
def station(tmp_path: Path, server: Services, server_url: str) -> Iterator[Station]:
    joined = join(tmp_path, "gate", server_url)
    yield joined
    joined.close()


def leak(**changes: object) -> TicketInput:
    return TicketInput(
        reporter_name="张三",
        reporter_phone="13812345678",
        category=C.PLUMBING,
        description="厨房水管漏水",
        unit_code="3-2-1502",
    )


def _tickets(services: Services) -> list[tuple[str, str]]:
    with services.store.read() as s:
        return sorted((t.number, t.description) for t in s.scalars(select(RepairTicket)))


def _waiting(station: Station) -> int:
    with station.services.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


def test_join_copies_then_saves_travel_both_ways(server: Services, station: Station) -> None:
    assert station.sync.status().letter == "A"
    repairs_here = station.services.module(RepairServices).tickets
    mine = repairs_here.open_ticket(ADMIN, leak())
    assert _waiting(station) > 0
    report = station.sync.sync_now()
    assert report.sent > 0
    assert _waiting(station) == 0
    assert _tickets(server) == _tickets(station.services)
    theirs = server.module(RepairServices).tickets.open_ticket(ADMIN, leak())
    station.sync.sync_now()
    assert _tickets(server) == _tickets(station.services)
    assert {mine.number, theirs.number} <= {n for n, _ in _tickets(station.services)}
    # sending again sends nothing more
    assert station.sync.sync_now().sent == 0
    assert len(_tickets(server)) == 2


def _technician(services: Services) -> uuid.UUID:
    return services.module(RepairServices).tickets.technicians(ADMIN)[0].id


def test_a_card_revoked_on_the_server_is_refused_at_the_station(
    server: Services, station: Station
) -> None:
    gate = station.services.module(GateServices).entries
    assert gate.card_entry(ADMIN, "0001234567").admitted
    card = server.cards.lookup(ADMIN, "0001234567")
    assert card is not None
    server.cards.change_status(ADMIN, card.id, CardStatus.REVOKED, "退房")
    station.sync.sync_now()
    assert not gate.card_entry(ADMIN, "0001234567").admitted
    station.sync.sync_now()
    with server.store.read() as s:
        from propdesk.store.models import GateEvent

        kinds = sorted(e.kind for e in s.scalars(select(GateEvent)))
    assert kinds == ["refused_card", "resident_entry"]


def test_concurrent_edits_of_one_ticket_are_a_conflict_resolved_by_a_person(
    server: Services, station: Station
) -> None:
    there = server.module(RepairServices).tickets
    here = station.services.module(RepairServices).tickets
    ticket = there.open_ticket(ADMIN, leak())
    station.sync.sync_now()
    technician = _technician(server)
    # both edit the same version: the server first, the station offline
    there.step(ADMIN, ticket.id, StepRequest(T.DISPATCH, technician_id=technician))
    here.step(ADMIN, ticket.id, StepRequest(T.CANCEL, reason="住户取消"))
    report = station.sync.sync_now()
    assert report.conflicts >= 1
    conflicts = ConflictService(station.services.store).open_conflicts(ADMIN)
    tickets = [c for c in conflicts if c.table == "repair_ticket"]
    assert len(tickets) == 1
    assert any(f.differs for f in tickets[0].fields)
    # the server's version was not overwritten
    assert there.detail(ADMIN, ticket.id).state.value == "dispatched"
    ConflictService(station.services.store).resolve(ADMIN, tickets[0].id, "theirs")
    station.sync.sync_now()
    assert here.detail(ADMIN, ticket.id).state == there.detail(ADMIN, ticket.id).state
    assert not [
        c
        for c in ConflictService(station.services.store).open_conflicts(ADMIN)
        if c.table == "repair_ticket"
    ]


def test_a_row_deleted_on_the_server_goes_from_the_station(
    server: Services, station: Station
) -> None:
    from datetime import date

    from propdesk.store.models import EstateSetting

    assert server.estate_settings.claim_daily_run("bench.job", date(2026, 12, 5))
    station.sync.sync_now()
    with station.services.store.read() as s:
        assert s.get(EstateSetting, "bench.job") is not None
    server.estate_settings.forget_daily_run("bench.job")
    assert station.sync.sync_now().deleted == 1
    with station.services.store.read() as s:
        assert s.get(EstateSetting, "bench.job") is None


def test_every_table_on_the_server_logs_its_writes(server: Services) -> None:
    from sqlalchemy import text

    from propdesk.store.sync.tables import synced_tables

    with server.store.engine.connect() as conn:
        captured = set(
            conn.execute(
                text(
                    "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE t.tgname = 'propdesk_sync_capture'"
                )
            ).scalars()
        )
        deferrable = conn.execute(
            text("SELECT bool_and(condeferrable) FROM pg_constraint WHERE contype = 'f'")
        ).scalar()
    assert captured == {t.name for t in synced_tables()}
    assert deferrable


def test_a_join_that_fails_half_way_puts_the_station_file_back(
    tmp_path: Path, server: Services, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from propdesk.config import Paths, Settings
    from propdesk.services.bootstrap import open_services
    from propdesk.services.master_data.buildings import BuildingInput
    from propdesk.services.sync import joining
    from propdesk.services.sync.server_address import ServerAddress

    paths = Paths.resolve(tmp_path / "alone")
    alone = open_services(paths, Settings(station_name="岗亭"), fast_hashing=True)
    alone.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    alone.close()

    def broken(*_args: object) -> object:
        raise RuntimeError("the cable, mid-copy")

    monkeypatch.setattr(joining, "copy_from_server", broken)
    with pytest.raises(RuntimeError):
        joining.join_server(
            paths, Settings(station_name="岗亭"), ServerAddress.of_url(server_url), "岗亭"
        )
    again = open_services(paths, Settings(station_name="岗亭"), fast_hashing=True)
    try:
        assert again.sync is None
        assert [b.code for b in again.buildings.list(ADMIN)] == ["9"]
    finally:
        again.close()


def test_the_command_line_joins_syncs_and_tells_the_status(
    tmp_path: Path,
    server: Services,
    server_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sqlalchemy import make_url

    from propdesk.cli import run

    url = make_url(server_url)
    where = ["--host", str(url.host), "--port", str(url.port), "--database", str(url.database)]
    monkeypatch.setenv("PROPDESK_SYNC_PASSWORD", "")
    data = str(tmp_path / "cli")
    assert (
        run(["--data-dir", data, "sync", "test", *where, "--user", "nobody", "--lang", "en"]) == 2
    )
    assert "user name or password" in capsys.readouterr().err
    user = ["--user", str(url.username)]
    assert run(["--data-dir", data, "sync", "test", *where, *user, "--lang", "en"]) == 0
    assert f"propdesk schema {SCHEMA_HEAD}" in capsys.readouterr().out
    assert (
        run(
            ["--data-dir", data, "sync", "join", *where, *user, "--station", "岗亭", "--lang", "en"]
        )
        == 0
    )
    assert "as station A" in capsys.readouterr().out
    assert run(["--data-dir", data, "sync", "now", "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("synced:")
    assert run(["--data-dir", data, "sync", "status", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "station A" in out
    assert "0 waiting" in out


def test_a_server_on_a_newer_schema_stops_the_sync_not_the_saving(
    server: Services, station: Station
) -> None:
    from sqlalchemy import text

    from propdesk.services.sync.engine import NewerServerSchemaError

    station.sync.sync_now()
    with server.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        station.services.module(RepairServices).tickets.open_ticket(ADMIN, leak())
        with pytest.raises(NewerServerSchemaError):
            station.sync.sync_now()
        status = station.sync.status()
        assert "9999" in status.last_error
        assert status.offline_since is not None
        assert status.waiting > 0
    finally:
        with server.store.engine.begin() as conn:
            conn.execute(
                text("UPDATE alembic_version SET version_num = :head"), {"head": SCHEMA_HEAD}
            )
    station.sync.sync_now()
    assert station.sync.status().waiting == 0
    assert _tickets(server) == _tickets(station.services)


def test_a_clash_on_a_unique_number_is_listed_and_stops_nothing_else(
    server: Services, station: Station
) -> None:
    from sqlalchemy import update

    from propdesk.store.models import AccessCard
    from propdesk.store.models.sync import SyncConflict

    # the same new card number given at the station (offline) and at the front desk
    station.services.cards.issue(ADMIN, CardInput("0009999999", "3-2-1502", "张三"))
    server.cards.issue(ADMIN, CardInput("0009999999", "3-2-1502", "张三"))
    theirs = server.module(RepairServices).tickets.open_ticket(ADMIN, leak())
    mine = station.services.module(RepairServices).tickets.open_ticket(ADMIN, leak())
    report = station.sync.sync_now()
    assert report.refused >= 1  # the station's card (and what points at it), refused
    numbers_here = {n for n, _ in _tickets(station.services)}
    assert {theirs.number, mine.number} <= numbers_here  # everything else went through
    assert {theirs.number, mine.number} <= {n for n, _ in _tickets(server)}
    status = station.sync.status()
    assert status.refused >= 2  # and the server's card, which this copy cannot take
    assert status.waiting == report.refused
    # someone corrects the station's card; both cards then travel
    with station.services.store.write() as s:
        s.execute(
            update(AccessCard).where(AccessCard.number == "0009999999").values(number="0009999998")
        )
    station.sync.sync_now()
    station.sync.sync_now()
    assert station.sync.status().refused == 0
    assert station.sync.status().waiting == 0
    for side in (server, station.services):
        with side.store.read() as s:
            assert sorted(s.scalars(select(AccessCard.number))) == [
                "0001234567",
                "0009999998",
                "0009999999",
            ]
    with station.services.store.read() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            == 0
        )
