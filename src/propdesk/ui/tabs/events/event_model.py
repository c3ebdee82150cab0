"""The event list's rows: one event a line, latest start first (the service's order).
Cancelled and voided events are greyed; a planned event whose time has passed without
being recorded held or cancelled is flagged (the clerk owes its record)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from propdesk.domain.events.kinds import EventState
from propdesk.services.core.export import ColumnKind
from propdesk.services.events.views import EventRow
from propdesk.ui.tabs.events.names import kind_name, span_text, state_name, yuan
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


class EventTableModel(DtoTableModel[EventRow]):
    (
        COL_NUMBER,
        COL_WHEN,
        COL_KIND,
        COL_THEME,
        COL_PLACE,
        COL_ORGANISER,
        COL_STATE,
        COL_PARTICIPANTS,
        COL_BUDGET,
        COL_COST,
        COL_PHOTOS,
    ) = range(11)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(
                    self.tr("When"),
                    lambda r: span_text(r.starts_at, r.ends_at),
                    value=lambda r: r.starts_at,
                    kind=ColumnKind.DATETIME,
                ),
                Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
                Column(self.tr("Theme"), lambda r: r.theme, tooltip=lambda r: r.theme),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("Organiser"), lambda r: r.organiser),
                Column(self.tr("State"), self._state_text),
                Column(
                    self.tr("Participants"),
                    lambda r: "" if r.participants is None else f"{r.participants:,}",
                    numeric=True,
                    value=lambda r: r.participants,
                    kind=ColumnKind.INT,
                ),
                Column(
                    self.tr("Budget"),
                    lambda r: yuan(r.budget_fen),
                    numeric=True,
                    value=lambda r: r.budget_fen,
                    kind=ColumnKind.MONEY,
                ),
                Column(
                    self.tr("Actual cost"),
                    lambda r: yuan(r.actual_cost_fen),
                    numeric=True,
                    value=lambda r: r.actual_cost_fen,
                    kind=ColumnKind.MONEY,
                ),
                Column(
                    self.tr("Photos"),
                    lambda r: str(r.photos) if r.photos else "",
                    numeric=True,
                    value=lambda r: r.photos,
                    kind=ColumnKind.INT,
                ),
            ]
        )

    def _state_text(self, row: EventRow) -> str:
        if row.voided:
            return self.tr("Voided")
        return state_name(row.state)

    def is_inactive(self, row: EventRow) -> bool:
        return row.voided or row.state is EventState.CANCELLED

    def is_flagged(self, row: EventRow) -> bool:
        return (
            not row.voided and row.state is EventState.PLANNED and row.ends_at < datetime.now(UTC)
        )
