"""Planned demo rows into their tables, fast: executemany of one compiled INSERT.

Rows are planned as dicts with times as whole Unix seconds and ids as the UUID's
integer; values go through the dialect's bind processors column by column, except the
times and ids on SQLite, which are formatted straight from the integers (checked
against the processor's text when the writer is made, so a change in SQLAlchemy's
format falls back to the processors rather than writing something else).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, Uuid, insert

from propdesk.store.types import AwareDateTime

Row = dict[str, Any]
BATCH = 5000
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.000000"  # SQLAlchemy's SQLite text of a whole second


def at_time(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


class PlannedRowWriter:
    """executemany of one compiled INSERT for every planned row of a table: `params`
    turns the rows into the driver's parameters (pure Python, no database: it may run
    on another thread), `insert` runs them."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.connection = connection
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect)
        self.sql = compiled.string
        self.names = list(compiled.positiontup or [c.name for c in table.columns])
        self.positional = compiled.positional
        self.convert = {c.name: self._converter(c.type, dialect) for c in table.columns}

    def _converter(self, column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
        # dialect_impl: a TypeDecorator's own bind_processor skips the dialect's part
        # (SQLite's datetime text), which Core's compiler applies.
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        if isinstance(column_type, Uuid):
            return self._uuid_converter(process, dialect.name == "sqlite")
        if not isinstance(column_type, AwareDateTime):
            return process  # type: ignore[no-any-return]
        assert process is not None

        def through_core(ts: int | None) -> Any:
            return None if ts is None else process(at_time(ts))

        if dialect.name != "sqlite":
            return through_core

        def text(ts: int | None) -> str | None:
            return None if ts is None else time.strftime(_SQLITE_TIME, time.gmtime(ts))

        sample = 1_700_000_000
        if text(sample) != through_core(sample):  # SQLAlchemy changed its format
            return through_core
        return text

    @staticmethod
    def _uuid_converter(
        process: Callable[[Any], Any] | None, sqlite: bool
    ) -> Callable[[int | None], Any]:
        """Ids are planned as the UUID's integer; SQLite stores its 32 hex digits."""

        def through_core(value: int | None) -> Any:
            if value is None:
                return None
            uid = uuid.UUID(int=value)
            return uid if process is None else process(uid)

        def text(value: int | None) -> str | None:
            return None if value is None else f"{value:032x}"

        sample = uuid.UUID(int=0x0192_3456_789A_7BCD_8EF0_1234_5678_9ABC).int
        return text if sqlite and text(sample) == through_core(sample) else through_core

    def params(self, rows: list[Row]) -> list[Any]:
        """The driver's parameters of `rows` (the row dicts are converted in place)."""
        for name in self.names:  # column by column: one tight loop per converter
            convert = self.convert[name]
            if convert is not None:
                for row in rows:
                    row[name] = convert(row[name])
        if not self.positional:
            return rows
        values = itemgetter(*self.names)
        return [values(row) for row in rows]

    def insert(self, params: list[Any]) -> None:
        for first in range(0, len(params), BATCH):
            self.connection.exec_driver_sql(self.sql, params[first : first + BATCH])


@contextmanager
def indexes_rebuilt_after(
    connection: Connection,
    tables: Sequence[Table],
    alongside: Callable[[], object] | None = None,
) -> Iterator[None]:
    """Drop the tables' secondary indexes, load, then build them again (in the
    caller's transaction, so a failure leaves the schema as it was): one sort per index
    beats millions of B-tree inserts into each.

    `alongside` runs on a thread while the indexes are built: SQLite sorts without
    holding Python's GIL, so pure-Python work (planning other demo rows) costs no
    time there. Its exception, if any, is raised here once the indexes are done.
    """
    indexes = sorted(
        (index for table in tables for index in table.indexes), key=lambda i: str(i.name)
    )
    for index in indexes:
        index.drop(connection)
    yield
    failed: list[BaseException] = []

    def run() -> None:
        try:
            alongside()  # type: ignore[misc]  # only started when given
        except BaseException as exc:  # handed to the caller's thread below
            failed.append(exc)

    helper = threading.Thread(target=run, name="demo-alongside") if alongside else None
    if helper is not None:
        helper.start()
    try:
        for index in indexes:
            index.create(connection)
    finally:
        if helper is not None:
            helper.join()
    if failed:
        raise failed[0]
