"""A round's checkpoints in walking order: when each was reached, how, and its flags
(out of order, too fast, an issue) in words, so nothing rests on colour alone."""

from __future__ import annotations

from typing import Any

from propdesk.services.patrol.round_detail import RoundCheckpoint, RoundDetail
from propdesk.ui.tabs.patrol.names import clock, visit_flags, visit_status
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


class RoundCheckpointsModel(DtoTableModel[RoundCheckpoint]):
    COL_POSITION, COL_CODE, COL_NAME, COL_PLACE, COL_TIME, COL_STATUS, COL_FLAGS = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._round_open = False
        self.set_columns(
            [
                Column("#", lambda c: str(c.position), numeric=True),
                Column(self.tr("Code"), lambda c: c.code),
                Column(self.tr("Checkpoint"), lambda c: c.name),
                Column(self.tr("Place"), lambda c: c.place, tooltip=lambda c: c.place),
                Column(self.tr("Time"), lambda c: clock(c.visit.at if c.visit else None)),
                Column(self.tr("Status"), lambda c: visit_status(c.visit, self._round_open)),
                Column(self.tr("Flags"), lambda c: visit_flags(c.visit)),
            ]
        )

    def show_round(self, detail: RoundDetail | None) -> None:
        self._round_open = detail is not None and detail.is_open
        self.set_rows(detail.checkpoints if detail is not None else [])

    def is_inactive(self, row: RoundCheckpoint) -> bool:
        return row.visit is None  # still to reach (or skipped)

    def is_flagged(self, row: RoundCheckpoint) -> bool:
        visit = row.visit
        return visit is not None and (not visit.ok or visit.out_of_order or visit.too_fast)

    def row_of(self, checkpoint_id: object) -> int:
        """The row of that checkpoint; -1 when the round has none such."""
        for index, row in enumerate(self.rows()):
            if row.checkpoint_id == checkpoint_id:
                return index
        return -1
