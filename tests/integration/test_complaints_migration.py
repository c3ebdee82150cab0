"""Migration 0011: an estate at 0010 with a repair ticket gains the complaint,
complaint_step and inquiry tables with the list's indexes, keeps its data, and goes
back down to 0010 without them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from propdesk.store.engine import make_engine
from propdesk.store.migrate import alembic_config, current_revision

NEW_TABLES = {"complaint", "complaint_step", "inquiry"}


def test_0011_adds_the_complaint_tables_and_comes_back_down(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    cfg = alembic_config(engine)
    command.upgrade(cfg, "0010")
    assert NEW_TABLES.isdisjoint(inspect(engine).get_table_names())
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO number_counter (kind, period, last) VALUES ('WX', '202612', 7)")
        )
    command.upgrade(cfg, "0011")
    assert current_revision(engine) == "0011"
    found = inspect(engine)
    assert set(found.get_table_names()) >= NEW_TABLES
    indexes = {ix["name"]: ix["column_names"] for ix in found.get_indexes("complaint")}
    assert indexes["ix_complaint_received"] == ["received_at", "id"]
    assert indexes["ix_complaint_state_received"] == ["state", "received_at"]
    columns = {c["name"]: c for c in found.get_columns("complaint")}
    assert columns["complainant_name"]["type"].length == 40
    assert columns["description"]["type"].length == 500
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last FROM number_counter")).scalar() == 7
    command.downgrade(cfg, "0010")
    assert NEW_TABLES.isdisjoint(inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last FROM number_counter")).scalar() == 7
