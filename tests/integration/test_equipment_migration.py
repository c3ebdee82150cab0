"""Migration 0012: an estate at 0011 with a unit and a complaint gains the equipment
table with its indexes, keeps its data, takes an equipment row in a unit, and goes
back down to 0011 without the table and with its data."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect, text

from propdesk.store.engine import make_engine
from propdesk.store.migrate import alembic_config, current_revision

UNIT_ID = "0192f0a0-0000-7000-8000-000000000001"
BUILDING_ID = "0192f0a0-0000-7000-8000-000000000002"
NOW = "2026-12-05 06:00:00.000000"


def _unit_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM unit")).scalar_one())


def test_0012_adds_the_equipment_register_and_comes_back_down(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    cfg = alembic_config(engine)
    command.upgrade(cfg, "0011")
    assert "equipment" not in inspect(engine).get_table_names()
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO number_counter (kind, period, last) VALUES ('TS', '202612', 3)")
        )
        conn.execute(
            text(
                "INSERT INTO building (id, code, name, floors, created_at, updated_at, "
                "void_reason) VALUES (:id, '3', '3栋', 18, :now, :now, '')"
            ),
            {"id": BUILDING_ID.replace("-", ""), "now": NOW},
        )
        conn.execute(
            text(
                "INSERT INTO unit (id, code, building_id, entrance, floor, room, "
                "area_centi_m2, created_at, updated_at, void_reason) VALUES "
                "(:id, '3-2-1502', :b, '2', 15, '1502', 8950, :now, :now, '')"
            ),
            {"id": UNIT_ID.replace("-", ""), "b": BUILDING_ID.replace("-", ""), "now": NOW},
        )
    command.upgrade(cfg, "0012")
    assert current_revision(engine) == "0012"
    found = inspect(engine)
    indexes = {ix["name"]: ix["column_names"] for ix in found.get_indexes("equipment")}
    assert indexes["ix_equipment_kind_code"] == ["kind", "code"]
    assert indexes["ix_equipment_next_due"] == ["next_due", "code"]
    assert indexes["ix_equipment_unit"] == ["unit_id"]
    uniques = {u["name"]: u["column_names"] for u in found.get_unique_constraints("equipment")}
    assert uniques["uq_equipment_code"] == ["code"]
    columns = {c["name"]: c for c in found.get_columns("equipment")}
    assert columns["code"]["type"].length == 30
    assert columns["place"]["type"].length == 100
    assert columns["notes"]["type"].length == 300
    assert columns["next_due"]["nullable"] is True
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO equipment (id, code, kind, name, unit_id, place, "
                "service_interval_months, service_interval_days, expires_on, next_due, notes, "
                "created_at, updated_at, void_reason) VALUES "
                "(:id, 'MHQ-01', 'extinguisher', '灭火器', :u, '', 12, 0, '2030-01-31', "
                "'2027-01-31', '', :now, :now, '')"
            ),
            {"id": "0192f0a0000070008000000000000003", "u": UNIT_ID.replace("-", ""), "now": NOW},
        )
        assert conn.execute(text("SELECT code FROM equipment")).scalar_one() == "MHQ-01"
        assert conn.execute(text("SELECT last FROM number_counter")).scalar() == 3
    assert _unit_count(engine) == 1
    command.downgrade(cfg, "0011")
    assert "equipment" not in inspect(engine).get_table_names()
    assert current_revision(engine) == "0011"
    assert _unit_count(engine) == 1
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last FROM number_counter")).scalar() == 3
