from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from propdesk.cli import EXIT_OK, EXIT_USAGE, run
from propdesk.config import Paths
from propdesk.domain.personal_data import id_card_checksum_ok, phone_tail
from propdesk.domain.plates import validate_plate
from propdesk.domain.roles import Role
from propdesk.domain.search_keys import pinyin_full, pinyin_initials
from propdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.core.id_numbers import load_key
from propdesk.services.demo.service import DemoResult
from propdesk.store.models import (
    AccessCard,
    Building,
    CardStatusChange,
    Estate,
    ParkingSpace,
    Resident,
    Unit,
    Vehicle,
)

SMALL = 0.05  # one building, about 100 units
ADMIN = system_actor("岗亭")


def _count(services: Services, model: type) -> int:
    with services.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def small(services: Services) -> DemoResult:
    return services.demo.create(ADMIN, seed=7, scale=SMALL)


def test_counts_match_what_was_written(services: Services, small: DemoResult) -> None:
    counts = small.counts
    assert small.created
    assert counts is not None
    assert counts.buildings == _count(services, Building) == 1
    assert counts.units == _count(services, Unit)
    with services.store.read() as session:
        floors = session.scalar(select(Building.floors))
        assert floors is not None
        assert 18 <= floors <= 33
        assert counts.units == floors * 2 * 2  # 2 entrances, 2 flats per floor
        units = session.scalars(select(Unit)).all()
        assert all(u.code == f"1-{u.entrance}-{u.room}" for u in units)
        assert all(7000 <= u.area_centi_m2 <= 15000 for u in units)
        kinds = dict(
            session.execute(select(Resident.kind, func.count()).group_by(Resident.kind)).all()
        )
        assert set(kinds) == {"owner", "tenant", "family"}
        assert kinds["owner"] >= counts.units  # every unit has an owner (sellers too)
        active = session.scalar(
            select(func.count()).select_from(Vehicle).where(Vehicle.voided_at.is_(None))
        )
    assert counts.residents == _count(services, Resident)
    assert 2.5 * counts.units <= counts.residents <= 3.5 * counts.units
    assert counts.vehicles == active
    assert counts.parking_spaces == _count(services, ParkingSpace)
    assert counts.cards == _count(services, AccessCard)
    assert _count(services, CardStatusChange) >= counts.cards  # each card's issue is logged
    assert services.estate.get() is not None


def test_every_plate_is_valid_and_unique(services: Services, small: DemoResult) -> None:
    with services.store.read() as session:
        plates = session.scalars(select(Vehicle.plate)).all()
    assert plates
    assert all(validate_plate(p) == p for p in plates)
    assert len(set(plates)) == len(plates)


def test_id_numbers_have_correct_check_digits_and_birthdays(
    services: Services, small: DemoResult
) -> None:
    key = load_key(services.paths.config_dir)  # stored sealed: opened with the station's key
    assert key is not None
    with services.store.read() as session:
        sealed = [n for n in session.scalars(select(Resident.id_cipher)).all() if n]
    numbers = [key.open(n) for n in sealed]
    assert len(numbers) > 100
    for number in numbers:
        assert len(number) == 18
        assert id_card_checksum_ok(number), number
        born = datetime.strptime(number[6:14], "%Y%m%d").date()
        assert date(1920, 1, 1) < born < date(2027, 1, 1)


def test_search_columns_are_what_the_registers_compute(
    services: Services, small: DemoResult
) -> None:
    with services.store.read() as session:
        residents = session.scalars(select(Resident)).all()
    for r in residents:
        assert r.name_initials == pinyin_initials(r.name)[:40], r.name
        assert r.name_pinyin == pinyin_full(r.name)[:120], r.name
        assert r.phone_tail == phone_tail(r.phone)
        assert 2 <= len(r.name) <= 4
        if r.phone:
            assert len(r.phone) in (11, 12)
    assert sum(1 for r in residents if r.phone) > len(residents) // 2


def test_demo_people_are_found_by_quick_search(services: Services, small: DemoResult) -> None:
    with services.store.read() as session:
        someone = session.scalars(
            select(Resident).where(Resident.move_out.is_(None), Resident.phone != "")
        ).first()
    assert someone is not None
    groups = services.search.search(ADMIN, someone.name_initials, limit_per_kind=500)
    assert someone.id in {h.record_id for g in groups for h in g.hits}
    groups = services.search.search(ADMIN, someone.phone_tail, limit_per_kind=500)
    assert someone.id in {h.record_id for g in groups for h in g.hits}


def test_timestamps_are_now_in_utc(services: Services, small: DemoResult) -> None:
    with services.store.read() as session:
        unit = session.scalars(select(Unit)).first()
        change = session.scalars(select(CardStatusChange)).first()
    assert unit is not None
    assert change is not None
    assert unit.created_at.tzinfo is not None
    assert abs(unit.created_at - datetime.now(UTC)) < timedelta(minutes=5)
    assert change.at.utcoffset() == timedelta(0)
    assert change.at.hour == 2  # issued at 10:00 Beijing time


def test_if_empty_is_idempotent_and_without_it_a_conflict(
    services: Services, small: DemoResult
) -> None:
    residents = _count(services, Resident)
    again = services.demo.create(ADMIN, seed=7, scale=SMALL, if_empty=True)
    assert not again.created
    assert again.counts is None
    assert _count(services, Resident) == residents
    with pytest.raises(ConflictError):
        services.demo.create(ADMIN, seed=8, scale=SMALL)
    assert _count(services, Resident) == residents


def test_one_audit_row_and_the_chain_verifies(services: Services, small: DemoResult) -> None:
    rows = services.audit.page(ADMIN, AuditFilter()).rows
    assert len(rows) == 1
    (row,) = rows
    assert (row.entity, row.action, row.reason) == ("demo_data", "create", "demo data created")
    assert small.counts is not None
    assert row.after["units"] == small.counts.units
    assert row.after["residents"] == small.counts.residents
    assert row.after["seed"] == 7
    assert services.audit.verify().ok


def test_an_existing_estate_name_is_kept(services: Services) -> None:
    services.estate.set_up("碧水湾")
    result = services.demo.create(ADMIN, scale=SMALL)
    assert result.estate_name == "碧水湾"
    assert _count(services, Estate) == 1


def test_empty_database_gets_the_demo_estate_name(services: Services, small: DemoResult) -> None:
    assert small.estate_name == "翠湖花园"
    info = services.estate.get()
    assert info is not None
    assert info.name == "翠湖花园"


def _people(paths: Paths, seed: int) -> list[tuple[str, ...]]:
    services = open_services(paths, fast_hashing=True)
    try:
        services.demo.create(ADMIN, seed=seed, scale=SMALL)
        with services.store.read() as session:
            rows = session.execute(
                select(Unit.code, Resident.name, Resident.phone, Resident.id_masked)
                .join(Unit, Resident.unit_id == Unit.id)
                .order_by(Unit.code, Resident.name, Resident.phone)
            ).all()
            plates = session.scalars(select(Vehicle.plate).order_by(Vehicle.plate)).all()
    finally:
        services.close()
    return [tuple(r) for r in rows] + [(p,) for p in plates]


def test_the_same_seed_makes_the_same_estate(tmp_path: Path) -> None:
    first = _people(Paths.resolve(tmp_path / "a"), 11)
    assert first == _people(Paths.resolve(tmp_path / "b"), 11)
    assert first != _people(Paths.resolve(tmp_path / "c"), 12)


def test_only_an_administrator_may_create_demo_data(services: Services) -> None:
    manager = Actor(None, "mgr", "mgr", Role.MANAGER, "客服中心")
    with pytest.raises(PermissionDeniedError):
        services.demo.create(manager, scale=SMALL)
    assert services.demo.is_empty()


@pytest.mark.parametrize("scale", [0, -1, 10.5])
def test_scale_out_of_range_is_refused(services: Services, scale: float) -> None:
    with pytest.raises(ValidationError) as caught:
        services.demo.create(ADMIN, scale=scale)
    assert caught.value.field == "scale"


def test_command_with_if_empty_runs_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(tmp_path), "demo-data", "--if-empty", "--scale", str(SMALL)]
    assert run(argv) == EXIT_OK
    assert "demo estate 翠湖花园 created" in capsys.readouterr().out
    assert run(argv) == EXIT_OK
    assert "not added" in capsys.readouterr().out
    assert run([*argv[:-3], "--scale", str(SMALL)]) == EXIT_USAGE  # not empty, no --if-empty
    assert "empty" in capsys.readouterr().err


@pytest.mark.slow
def test_full_estate_is_realistic_and_quick(services: Services) -> None:
    result = services.demo.create(ADMIN)  # its speed is measured in tests/bench
    counts = result.counts
    assert counts is not None
    assert (counts.buildings, counts.units) == (20, 2000)
    assert 5500 <= counts.residents <= 6500
    assert 20 <= counts.moved_out <= 600
    assert 2700 <= counts.vehicles <= 3300
    assert 4500 <= counts.cards <= 5500
    assert 10 <= counts.lost_cards <= 250
    with services.store.read() as session:
        plates = session.scalars(select(Vehicle.plate)).all()
        floors = session.scalars(select(Building.floors)).all()
        statuses = set(session.scalars(select(AccessCard.status)).all())
    assert {"active", "lost", "revoked", "returned"} <= statuses
    assert min(floors) >= 18
    assert max(floors) <= 33
    new_energy = sum(1 for p in plates if len(p) == 8) / len(plates)
    assert 0.10 <= new_energy <= 0.20
    yue_b = sum(1 for p in plates if p.startswith("粤B")) / len(plates)
    assert 0.6 <= yue_b <= 0.9
    assert services.audit.verify().ok
