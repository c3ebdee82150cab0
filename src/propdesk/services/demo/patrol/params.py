"""Planned rows already turned into the driver's parameters (rows_writer), with a value
changed here and there afterwards: a visit found to have an issue once the repair
tickets are read, a round's number once every round is known. Converting early lets
the bulk of it run while the database is busy elsewhere; a change is one row's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from propdesk.services.demo.rows_writer import PlannedRowWriter, Row


class PlannedParams:
    def __init__(self, writer: PlannedRowWriter) -> None:
        self.writer = writer
        self.rows: list[Any] = []  # tuples (positional drivers) or dicts
        self._at = {name: i for i, name in enumerate(writer.names)}

    def __len__(self) -> int:
        return len(self.rows)

    def extend(self, rows: list[Row]) -> None:
        """Add `rows` (turned into parameters in place: pass copies to keep them)."""
        self.rows.extend(self.writer.params(rows))

    def value(self, index: int, name: str) -> Any:
        """A value as stored."""
        row = self.rows[index]
        return row[self._at[name]] if self.writer.positional else row[name]

    def patch(self, index: int, values: Mapping[str, Any]) -> None:
        """Change one row's values (given as planned; columns the writer leaves as
        they come are given as stored)."""
        stored: dict[str, Any] = {}
        for name, value in values.items():
            convert = self.writer.convert[name]
            stored[name] = value if convert is None else convert(value)
        row = self.rows[index]
        if not self.writer.positional:
            row.update(stored)
            return
        changed = list(row)
        for name, value in stored.items():
            changed[self._at[name]] = value
        self.rows[index] = tuple(changed)
