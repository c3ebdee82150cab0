"""Bulk writing of the demo's gate events: rows arrive as tuples of values already in
the form SQLite stores, and go in by executemany of one INSERT per kind.

On SQLite a Uuid is stored as its 32 hex digits and an AwareDateTime as UTC text
'2026-11-26 03:04:05.000000'; the row builders make exactly that (`uuid_text`,
`TimeText`), so nothing is converted per value here. Each kind's statement names the
columns its rows carry, in their order, and has the kind, the station and every other
column's default written into the SQL. When the dialect is not SQLite, or SQLAlchemy
would store other text than these formats (checked against its own bind processors
when the writer is made), the same rows are converted back and go through Core.

gate_event's secondary indexes are dropped for the load and built again at the end
(demo_rows_writer.indexes_rebuilt_after): one sort per index beats two million random
B-tree inserts into each of a dozen indexes.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, ColumnDefault, Connection, String, Table, Uuid, insert, literal

from propdesk.services.demo.gate.calendar import DAY
from propdesk.store.models import GateEvent
from propdesk.store.types import AwareDateTime

GATE_EVENT: Table = GateEvent.__table__  # type: ignore[assignment]  # declared: a Table
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's SQLite text of a datetime
Row = tuple[Any, ...]
Layouts = Mapping[str, Sequence[str]]  # kind → the columns its rows carry, in order


class _DayPrefixes(dict[int, str]):
    """UTC day number → 'YYYY-MM-DD ', made when first asked for."""

    def __missing__(self, day: int) -> str:
        text = self[day] = time.strftime("%Y-%m-%d ", time.gmtime(day * DAY))
        return text


_CLOCK: list[str] = []  # second of the day → 'HH:MM:SS.000000', made once


class TimeText:
    """Whole Unix seconds as the text SQLite keeps for AwareDateTime (UTC).

    Hot loops write `prefix[ts // DAY] + clock[ts % DAY]` themselves: a call costs more
    than the lookups."""

    def __init__(self) -> None:
        if not _CLOCK:
            _CLOCK.extend(
                f"{h:02d}:{m:02d}:{s:02d}.000000"
                for h in range(24)
                for m in range(60)
                for s in range(60)
            )
        self.clock = _CLOCK
        self.prefix = _DayPrefixes()

    def __call__(self, ts: int) -> str:
        return self.prefix[ts // DAY] + self.clock[ts % DAY]


def uuid_text(value: int) -> str:
    """A UUID given as its 128-bit integer, as SQLite keeps it (`uuid.UUID.hex`)."""
    return value.to_bytes(16).hex()


def _to_python(column: Column[Any]) -> Callable[[Any], Any] | None:
    """Turns a stored form made for SQLite back into the value Core expects."""
    if isinstance(column.type, Uuid):
        return lambda value: None if value is None else uuid.UUID(hex=value)
    if isinstance(column.type, AwareDateTime):
        return lambda value: (
            None if value is None else datetime.strptime(value, SQLITE_TIME).replace(tzinfo=UTC)
        )
    return None


def stores_as_made(connection: Connection) -> bool:
    """True when SQLAlchemy would store ids and times exactly as the row builders make
    them (SQLite, and its formats unchanged)."""
    dialect = connection.dialect
    if dialect.name != "sqlite":
        return False
    times = GATE_EVENT.c.occurred_at.type.dialect_impl(dialect).bind_processor(dialect)
    ids = GATE_EVENT.c.id.type.dialect_impl(dialect).bind_processor(dialect)
    sample_ts = 1_764_126_245  # 2025-11-26 03:04:05 UTC
    sample_id = uuid.UUID("01923456-789a-7bcd-8ef0-123456789abc")
    at = datetime.fromtimestamp(sample_ts, UTC)
    return (times(at) if times else at) == TimeText()(sample_ts) and (
        ids(sample_id) if ids else sample_id
    ) == uuid_text(sample_id.int)


def _default_sql(column: Column[Any]) -> str:
    """A column's default as SQLite text: '' , 0, 1 or NULL."""
    default = column.default.arg if isinstance(column.default, ColumnDefault) else None
    if callable(default):  # made per row (an id): every layout must carry it
        raise ValueError(f"{column.name} has no constant default")
    if default is None:
        return "NULL"
    if isinstance(default, bool | int):
        return str(int(default))
    if default == "":
        return "''"
    raise ValueError(f"no constant for the default of {column.name}")


class GateEventWriter:
    """Writes rows grouped by kind; kinds go in the order of `layouts`, so exits (which
    point at their entries) come after the entries of the same batch."""

    def __init__(self, connection: Connection, station: str, layouts: Layouts) -> None:
        self.connection = connection
        self.station = station
        self.layouts = layouts
        self.fast = stores_as_made(connection)
        self.statements = {kind: self._sql(kind, columns) for kind, columns in layouts.items()}
        self.written = 0

    def _quoted(self, text: str) -> str:
        compiled = literal(text, String()).compile(
            dialect=self.connection.dialect, compile_kwargs={"literal_binds": True}
        )
        return str(compiled)

    def _sql(self, kind: str, columns: Sequence[str]) -> str:
        unknown = set(columns) - set(GATE_EVENT.c.keys())
        if unknown or len(set(columns)) != len(columns) or {"kind", "station"} & set(columns):
            raise ValueError(f"bad columns for {kind}: {columns}")
        quote = self.connection.dialect.identifier_preparer.quote
        names = [*columns, "kind", "station"]
        values = ["?"] * len(columns) + [self._quoted(kind), self._quoted(self.station)]
        for column in GATE_EVENT.columns:
            if column.name not in names:
                names.append(column.name)
                values.append(_default_sql(column))
        return (
            f"INSERT INTO {quote(GATE_EVENT.name)} ({', '.join(map(quote, names))}) "
            f"VALUES ({', '.join(values)})"
        )

    def write(self, rows: Mapping[str, list[Row]]) -> None:
        for kind in self.layouts:
            group = rows.get(kind)
            if not group:
                continue
            if self.fast:
                self.connection.exec_driver_sql(self.statements[kind], group)
            else:
                self._write_through_core(kind, group)
            self.written += len(group)

    def _write_through_core(self, kind: str, group: list[Row]) -> None:
        columns = self.layouts[kind]
        convert = [(i, _to_python(GATE_EVENT.c[name])) for i, name in enumerate(columns)]
        converters = [(i, f) for i, f in convert if f is not None]
        dicts = []
        for row in group:
            values = list(row)
            for i, f in converters:
                values[i] = f(values[i])
            dicts.append(
                {"kind": kind, "station": self.station, **dict(zip(columns, values, strict=True))}
            )
        self.connection.execute(insert(GATE_EVENT), dicts)
