"""Who is inside now on PostgreSQL: quick search's inside-now statement over a journal
of 2 million events (7 in 10 residents' entries, never closed; a few hundred visitors
and vehicles still inside), with the partial index of the open entries (migration
0014) and, as the baseline in the same run, without it — the plan PostgreSQL chose
before (it misjudged the (closed_at, kind) index and walked the journal backwards).

The rows are made by one INSERT … SELECT generate_series on the test lane's throwaway
server, so the benchmark needs no demo build (bench_postgresql runs the real demo).
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, Engine, Select, create_engine, select, text

from propdesk.services.gate.search import _inside_where
from propdesk.store.base import Base
from propdesk.store.models import GateEvent
from tests.bench.timing import percentile, time_calls
from tests.pg.cluster import create_database, server_bindir, throwaway_server

EVENTS = 2_000_000
RUNS = 30
# Expressions for the columns the shape of the journal depends on; every other
# NOT NULL column gets its type's empty value.
SHAPE = {
    "id": "gen_random_uuid()",
    "kind": "CASE WHEN g % 10 < 7 THEN 'resident_entry' WHEN g % 10 < 8 THEN 'visitor_in'"
    " WHEN g % 10 < 9 THEN 'vehicle_in' ELSE 'visitor_out' END",
    "occurred_at": "now() - (g || ' minutes')::interval",
    "plate": "CASE WHEN g % 10 = 8 THEN '粤B' || (g % 100000) ELSE '' END",
    "person_name": "CASE WHEN g % 10 = 7 THEN '张' || (g % 1000) ELSE '' END",
    "closed_at": "CASE WHEN g % 10 IN (7, 8) AND g > 4000 THEN now() ELSE NULL END",
}


def _empty(type_name: str) -> str:
    upper = type_name.upper()
    if "CHAR" in upper or "TEXT" in upper:
        return "''"
    if "BOOL" in upper:
        return "false"
    if "TIME" in upper or "DATE" in upper:
        return "now()"
    return "0"


def _fill(engine: Engine) -> None:
    names, values = [], []
    for column in GateEvent.__table__.columns:
        if column.name in SHAPE:
            names.append(column.name)
            values.append(SHAPE[column.name])
        elif not column.nullable:
            names.append(column.name)
            values.append(_empty(str(column.type)))
    insert = (
        f"INSERT INTO gate_event ({', '.join(names)}) SELECT {', '.join(values)} "
        f"FROM generate_series(1, {EVENTS}) g"
    )
    with engine.begin() as connection:
        connection.exec_driver_sql(insert.replace("%", "%%"))  # psycopg's placeholders
        connection.execute(text("ANALYZE gate_event"))


def _timed(connection: Connection, statement: Select[tuple[uuid.UUID]]) -> list[float]:
    return time_calls(lambda: connection.execute(statement).all(), RUNS)


def run() -> None:
    bindir = server_bindir()
    if bindir is None:
        print("no PostgreSQL server binaries here: skipped")
        return
    with throwaway_server(bindir) as server:
        engine = create_engine(create_database(server, "inside_now"))
        Base.metadata.create_all(engine)
        _fill(engine)
        figures: dict[str, list[float]] = {}
        with engine.connect() as connection:
            for label in ("with the partial index", "without it (before 0014)"):
                for typed in ("B12", "B99999"):  # a plate fragment inside; one no one has
                    statement = (
                        select(GateEvent.id)
                        .where(*_inside_where([GateEvent.plate.contains(typed)]))
                        .order_by(GateEvent.occurred_at.desc(), GateEvent.id.desc())
                        .limit(8)
                    )
                    plain = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
                    times = _timed(connection, statement)
                    plan = " ".join(
                        str(row[0]) for row in connection.exec_driver_sql("EXPLAIN " + plain)
                    )
                    used = "ix_gate_event_inside_now" if "inside_now" in plan else "another plan"
                    median, p99 = percentile(times, 50), percentile(times, 99)
                    figures.setdefault(typed, []).append(median)
                    print(
                        f"  {label}, '{typed}': median {median * 1000:.1f} ms, "
                        f"p99 {p99 * 1000:.1f} ms ({used})"
                    )
                connection.execute(text("DROP INDEX IF EXISTS ix_gate_event_inside_now"))
                connection.commit()
        for typed, (now_median, before_median) in figures.items():
            ratio = before_median / now_median
            print(f"  '{typed}' over {EVENTS:,} events: {ratio:.0f}x with the index")
        engine.dispose()


if __name__ == "__main__":
    run()
