"""The routes and the checkpoints of the route chosen, as the routes dialog lists them:
checkpoints in walking order, each with the code its label carries."""

from __future__ import annotations

import uuid
from typing import Any, Protocol, TypeVar

from propdesk.services.patrol.routes import CheckpointInfo, RouteInfo
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column


class _Record(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=_Record)


def row_of(model: DtoTableModel[R], record_id: uuid.UUID | None) -> int:
    """The row of that record (after a save, the row to select); -1 when not listed."""
    return next((i for i, row in enumerate(model.rows()) if row.id == record_id), -1)


class RouteTableModel(DtoTableModel[RouteInfo]):
    COL_NOTE = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Route"), lambda r: r.name),
                count_column(self.tr("Checkpoints"), lambda r: len(r.checkpoints)),
                Column(self.tr("Note"), lambda r: r.note, tooltip=lambda r: r.note),
            ]
        )


class CheckpointTableModel(DtoTableModel[CheckpointInfo]):
    COL_CHECKLIST = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column("#", lambda c: str(c.position), numeric=True),
                Column(self.tr("Code"), lambda c: c.code),
                Column(self.tr("Checkpoint"), lambda c: c.name),
                Column(self.tr("Place"), lambda c: c.place, tooltip=lambda c: c.place),
                Column(
                    self.tr("What to check"),
                    lambda c: "; ".join(c.checklist),
                    tooltip=lambda c: c.checklist_text,
                ),
            ]
        )
