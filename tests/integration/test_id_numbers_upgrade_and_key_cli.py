"""A database from before schema 0009 has its ID numbers in clear: the first open
encrypts them (once, audited), and `propdesk id-key export / import` carry the key to
another station, refusing a key that is not the database's."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from propdesk.cli import EXIT_OK, EXIT_USAGE, run
from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.core.id_numbers import KEY_FILE_NAME, IdNumberKey, load_key
from propdesk.services.master_data.id_numbers import KEY_MISSING
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.store.migrate import alembic_config
from propdesk.store.models import Resident

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
PLAIN = {"张三": "11010519491231002X", "李四": "E12345678"}


def _estate_at_0008_with_plain_numbers(paths: Paths) -> None:
    """The estate as schema 0008 kept it: the numbers in the id_number column."""
    services = open_services(paths, fast_hashing=True)
    services.estate.set_up("翠湖花园")
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    for name in PLAIN:
        services.residents.save(ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, name))
    services.residents.save(ADMIN, ResidentInput("3-2-1502", ResidentKind.FAMILY, "王五"))
    engine = services.store.engine
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        for name, number in PLAIN.items():
            conn.execute(
                text("UPDATE resident SET id_number = :number WHERE name = :name"),
                {"number": number, "name": name},
            )
    services.close()
    (paths.config_dir / KEY_FILE_NAME).unlink(missing_ok=True)
    assert PLAIN["张三"].encode() in paths.database_file.read_bytes()


def _encrypted_audits(services: Services) -> list[str]:
    rows = services.audit.page(ADMIN, AuditFilter(entity="resident")).rows
    return [r.reason for r in rows if r.reason.startswith("ID numbers encrypted")]


def test_the_first_open_after_0008_encrypts_the_numbers_once(paths: Paths) -> None:
    _estate_at_0008_with_plain_numbers(paths)
    services = open_services(paths, fast_hashing=True)
    try:
        assert services.notices == []
        with services.store.read() as session:
            rows = session.scalars(select(Resident).order_by(Resident.name)).all()
            assert [r.id_plain for r in rows] == ["", "", ""]
            assert {r.name: bool(r.id_cipher) for r in rows} == {
                "张三": True,
                "李四": True,
                "王五": False,
            }
        assert _encrypted_audits(services) == ["ID numbers encrypted: 2"]
        (found,) = services.residents.find_by_id_number(ADMIN, PLAIN["李四"])
        assert (found.name, found.id_masked) == ("李四", "E12**5678")
    finally:
        services.close()
    again = open_services(paths, fast_hashing=True)  # nothing left to do: no second row
    try:
        assert _encrypted_audits(again) == ["ID numbers encrypted: 2"]
    finally:
        again.close()
    database = paths.database_file.read_bytes()
    for number in PLAIN.values():
        assert number.encode() not in database


def _cli(paths: Paths, *argv: str) -> int:
    return run(["--data-dir", str(paths.data_dir), *argv])


def test_the_key_goes_to_a_new_station_through_export_and_import(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(paths, fast_hashing=True)
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    services.residents.save(
        ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number=PLAIN["张三"])
    )
    services.close()
    exported = tmp_path / "usb" / "id-number.key"
    assert _cli(paths, "id-key", "export", str(exported)) == EXIT_OK
    station_key = load_key(paths.config_dir)
    assert station_key is not None
    assert IdNumberKey.from_text(exported.read_text()).fingerprint == station_key.fingerprint

    # The new PC: the database came back from a backup, the config folder is new.
    (paths.config_dir / KEY_FILE_NAME).unlink()
    capsys.readouterr()
    wrong = tmp_path / "wrong.key"
    wrong.write_text(IdNumberKey.generate().to_text())
    assert _cli(paths, "id-key", "import", str(wrong)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "not the key" in err
    assert not (paths.config_dir / KEY_FILE_NAME).exists()

    assert _cli(paths, "id-key", "import", str(exported)) == EXIT_OK
    reopened = open_services(paths, fast_hashing=True)
    try:
        assert [n.template for n in reopened.notices if n.template == KEY_MISSING] == []
        (found,) = reopened.residents.find_by_id_number(ADMIN, PLAIN["张三"])
        assert found.id_masked == "110***********002X"
    finally:
        reopened.close()


def test_a_station_without_the_key_is_told_how_to_import_it(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(paths, fast_hashing=True)
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    services.residents.save(
        ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number=PLAIN["张三"])
    )
    services.close()
    (paths.config_dir / KEY_FILE_NAME).unlink()
    capsys.readouterr()
    assert _cli(paths, "id-key", "export", "x.key", "--lang", "en") == EXIT_USAGE
    assert "propdesk id-key import FILE" in capsys.readouterr().err
