"""demo_rows_writer: indexes dropped for a load and built again, with work alongside."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Column, Index, Integer, MetaData, String, Table, create_engine, inspect

from propdesk.services.demo.rows_writer import PlannedRowWriter, indexes_rebuilt_after


def _table() -> Table:
    table = Table(
        "t", MetaData(), Column("id", Integer, primary_key=True), Column("name", String(20))
    )
    Index("ix_t_name", table.c.name)
    return table


def test_rows_are_loaded_and_the_indexes_rebuilt_while_work_runs_alongside() -> None:
    table = _table()
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    ran_on: list[str] = []
    with engine.begin() as connection:
        writer = PlannedRowWriter(connection, table)
        params = writer.params([{"id": n, "name": f"n{n}"} for n in range(12_000)])
        with indexes_rebuilt_after(
            connection, [table], lambda: ran_on.append(threading.current_thread().name)
        ):
            assert inspect(connection).get_indexes("t") == []
            writer.insert(params)
        assert [i["name"] for i in inspect(connection).get_indexes("t")] == ["ix_t_name"]
        assert connection.exec_driver_sql("SELECT count(*) FROM t").scalar() == 12_000
    assert ran_on == ["demo-alongside"]


def test_a_failure_alongside_is_raised_once_the_indexes_are_built() -> None:
    table = _table()
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)

    def fail() -> None:
        raise ValueError("planning failed")

    with engine.connect() as connection:
        with (
            pytest.raises(ValueError, match="planning failed"),
            indexes_rebuilt_after(connection, [table], fail),
        ):
            pass
        # The failure came after the rebuild: the schema is whole again.
        assert [i["name"] for i in inspect(connection).get_indexes("t")] == ["ix_t_name"]
