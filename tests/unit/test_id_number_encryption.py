"""Residents' ID numbers are stored encrypted with the station's key (config folder),
beside a keyed hash for lookups: a copied database or backup alone does not reveal
them, and a station without the key says so plainly instead of failing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.errors import UserError, ValidationError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.id_numbers import KEY_FILE_NAME, IdNumberKey, load_key
from propdesk.services.master_data.id_numbers import KEY_MISSING
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import Resident

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
NUMBER = "11010519491231002X"
OTHER = "110105199001011232"


def _with_resident(services: Services, number: str = NUMBER) -> None:
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    services.residents.save(
        ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number=number)
    )


def _bytes_of(folder: Path) -> bytes:
    """Every file under `folder` (database, -wal, -shm, backups), one after another."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_a_sealed_number_opens_again_and_its_lookup_ignores_spaces_and_case() -> None:
    key = IdNumberKey.generate()
    sealed = key.seal(NUMBER)
    assert NUMBER not in sealed
    assert key.open(sealed) == NUMBER
    assert key.seal(NUMBER) != sealed  # a fresh nonce each time
    assert key.lookup(NUMBER) == key.lookup(" 110105 19491231002x ")
    assert key.lookup(NUMBER) != key.lookup(OTHER)
    assert IdNumberKey.generate().lookup(NUMBER) != key.lookup(NUMBER)
    assert IdNumberKey.from_text(key.to_text()).fingerprint == key.fingerprint


def test_the_key_file_is_made_on_first_need_for_the_owner_only(
    services: Services, paths: Paths
) -> None:
    assert load_key(paths.config_dir) is None
    _with_resident(services)
    key_file = paths.config_dir / KEY_FILE_NAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_key(paths.config_dir) is not None


def test_neither_the_database_nor_a_backup_holds_the_plain_number(
    ready_services: Services, paths: Paths
) -> None:
    _with_resident(ready_services)
    backup = ready_services.backups.backup_now(ADMIN)
    assert NUMBER.encode() not in _bytes_of(paths.data_dir)
    assert NUMBER.encode() not in backup.read_bytes()
    assert b"19491231" not in _bytes_of(paths.data_dir)  # not even the birthday
    # Shown masked as before, and the key is nowhere in the data folder.
    (info,) = ready_services.residents.for_unit(ADMIN, ready_services.units.list_units(ADMIN)[0].id)
    assert info.id_masked == "110***********002X"
    key_text = (paths.config_dir / KEY_FILE_NAME).read_bytes()
    assert key_text.splitlines()[-1] not in _bytes_of(paths.backup_dir)


def test_a_resident_is_found_by_id_number(services: Services) -> None:
    _with_resident(services)
    (found,) = services.residents.find_by_id_number(ADMIN, "110105 19491231002x")
    assert found.name == "张三"
    assert services.residents.find_by_id_number(ADMIN, OTHER) == []


def test_the_same_number_for_another_person_is_refused(services: Services) -> None:
    _with_resident(services)
    with pytest.raises(ValidationError) as caught:
        services.residents.save(
            ADMIN, ResidentInput("3-2-1502", ResidentKind.FAMILY, "李四", id_number=NUMBER)
        )
    assert caught.value.field == "id_number"
    # The same person in a second home is no duplicate.
    services.units.save(ADMIN, UnitInput("3", "2", "1602"))
    services.residents.save(
        ADMIN, ResidentInput("3-2-1602", ResidentKind.OWNER, "张三", id_number=NUMBER)
    )


def test_a_station_without_the_databases_key_says_so_and_goes_on(
    services: Services, paths: Paths
) -> None:
    _with_resident(services)
    services.close()
    (paths.config_dir / KEY_FILE_NAME).unlink()
    IdNumberKey.generate().write(paths.config_dir)  # another station's key
    reopened = open_services(paths, fast_hashing=True)
    try:
        assert [n.template for n in reopened.notices] == [KEY_MISSING]
        unit = reopened.units.list_units(ADMIN)[0]
        # The masked number written with the right key still shows (it is no garbage);
        # the form asks for the key instead of taking a new number.
        (info,) = reopened.residents.for_unit(ADMIN, unit.id)
        assert info.id_masked == "110***********002X"
        problem = reopened.residents.key_problem()
        assert problem is not None
        assert problem.template == KEY_MISSING
        # Everything else works: a phone number is changed, a new person without a number.
        reopened.residents.save(
            ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
        )
        reopened.residents.save(ADMIN, ResidentInput("3-2-1502", ResidentKind.FAMILY, "李四"))
        # A number cannot be written or looked up: the plain message, no garbage.
        for call in (
            lambda: reopened.residents.save(
                ADMIN, ResidentInput("3-2-1502", ResidentKind.FAMILY, "王五", id_number=OTHER)
            ),
            lambda: reopened.residents.find_by_id_number(ADMIN, NUMBER),
        ):
            with pytest.raises(UserError) as caught:
                call()
            assert caught.value.template == KEY_MISSING
        with reopened.store.read() as session:
            stored = session.scalars(select(Resident.id_cipher).where(Resident.name == "张三"))
            assert all(stored)  # the number written with the right key is still there
    finally:
        reopened.close()


def test_a_missing_key_file_is_not_silently_replaced(services: Services, paths: Paths) -> None:
    _with_resident(services)
    services.close()
    os.remove(paths.config_dir / KEY_FILE_NAME)
    reopened = open_services(paths, fast_hashing=True)
    try:
        assert [n.template for n in reopened.notices] == [KEY_MISSING]
        with pytest.raises(UserError):
            reopened.residents.save(
                ADMIN, ResidentInput("3-2-1502", ResidentKind.FAMILY, "王五", id_number=OTHER)
            )
        assert not (paths.config_dir / KEY_FILE_NAME).exists()
    finally:
        reopened.close()
