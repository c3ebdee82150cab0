"""The day grid as tables: one row per slot (its time, how it stands, then the rounds
of each route that answer it) and the day's extra rounds (answering no slot, or
abandoned).

Every cell says what it shows in words; its background repeats the verdict for the
eye. ROUND_ROLE gives the round a cell stands for: a route's cell its round, the slot's
own cells the round that decided the slot.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from propdesk.domain.patrol.timing import Verdict
from propdesk.services.patrol.compliance import DayGrid, GridCell, GridRow
from propdesk.ui.tabs.patrol.grid_names import (
    VERDICT_BACKGROUND,
    cell_flags,
    cell_text,
    slot_background,
    slot_time,
    slot_verdict_name,
)
from propdesk.ui.tabs.patrol.names import clock, round_state_name, verdict_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

ROUND_ROLE = Qt.ItemDataRole.UserRole + 1


def _best(cells: tuple[GridCell, ...]) -> GridCell | None:
    """The round a slot is judged by: on time before late, the first started."""
    ranked = sorted(cells, key=lambda c: (c.verdict is not Verdict.ON_TIME, c.started_at))
    return ranked[0] if ranked else None


class DayGridModel(DtoTableModel[GridRow]):
    COL_SLOT, COL_STATE = 0, 1
    FIRST_ROUTE = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: DayGrid | None = None
        self._slot_columns: list[Column[GridRow]] = [
            Column(self.tr("Slot"), self._slot_text),
            Column(self.tr("State"), lambda r: slot_verdict_name(r.verdict)),
        ]
        self.set_columns(self._slot_columns)

    def set_grid(self, grid: DayGrid) -> None:
        """Columns for the grid's routes, then its rows: one reset each."""
        self.grid = grid
        route_columns = [_route_column(route.name, i) for i, route in enumerate(grid.routes)]
        self.set_columns([*self._slot_columns, *route_columns])
        self.set_rows(grid.rows)

    def _slot_text(self, row: GridRow) -> str:
        return slot_time(row.slot_at, self.grid.day) if self.grid is not None else ""

    def cells_at(self, index: QModelIndex | QPersistentModelIndex) -> tuple[GridCell, ...]:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return ()
        route = index.column() - self.FIRST_ROUTE
        if 0 <= route < len(row.cells):
            return row.cells[route]
        return tuple(c for cells in row.cells for c in cells)

    def round_at(self, index: QModelIndex | QPersistentModelIndex) -> uuid.UUID | None:
        """The round the cell stands for (None: an empty cell)."""
        cells = self.cells_at(index)
        if index.column() < self.FIRST_ROUTE:
            best = _best(cells)
            return best.round_id if best is not None else None
        return cells[0].round_id if cells else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self.columns()):
            return None
        if role == ROUND_ROLE:
            return self.round_at(index)
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.column() < self.FIRST_ROUTE:
                return slot_background(row.verdict)
            cells = self.cells_at(index)
            verdict = cells[0].verdict if cells else None
            return VERDICT_BACKGROUND.get(verdict) if verdict is not None else None
        return super().data(index, role)


def _route_column(name: str, at: int) -> Column[GridRow]:
    """The rounds of the route at `at` in the grid's routes, one per line."""

    def text(row: GridRow) -> str:
        return "\n".join(cell_text(c) for c in row.cells[at])

    def tooltip(row: GridRow) -> str:
        return "\n\n".join(_cell_tooltip(c) for c in row.cells[at])

    return Column(name, text, tooltip=tooltip)


def _cell_tooltip(cell: GridCell) -> str:
    return "\n".join(
        [
            cell.number,
            f"{verdict_name(cell.verdict)} · {round_state_name(cell.state)}",
            f"{clock(cell.started_at)}–{clock(cell.finished_at)} {cell.guard_name}",
            *cell_flags(cell),
        ]
    )


class ExtraRoundsModel(DtoTableModel[GridCell]):
    """The day's rounds that answer no slot, and the abandoned ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._route_names: dict[uuid.UUID, str] = {}
        self.set_columns(
            [
                Column(self.tr("Round"), lambda c: c.number),
                Column(self.tr("Route"), lambda c: self._route_names.get(c.route_id, "")),
                Column(self.tr("Guard"), lambda c: c.guard_name),
                Column(self.tr("Started"), lambda c: clock(c.started_at)),
                Column(self.tr("Ended"), lambda c: clock(c.finished_at)),
                Column(self.tr("State"), lambda c: round_state_name(c.state)),
                Column(self.tr("Checkpoints"), lambda c: f"{c.visited}/{c.total}", numeric=True),
                Column(self.tr("Notes"), lambda c: " · ".join(cell_flags(c))),
            ]
        )

    def set_grid(self, grid: DayGrid) -> None:
        self._route_names = {route.id: route.name for route in grid.routes}
        self.set_rows(grid.extra)
