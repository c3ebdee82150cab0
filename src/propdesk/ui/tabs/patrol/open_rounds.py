"""The rounds still open, any station's and any guard's: after a lock, a restart or a
change of shift the guard picks one here and goes on scanning where it stopped."""

from __future__ import annotations

from typing import Any

from propdesk.services.patrol.rounds import OpenRound
from propdesk.ui.tabs.patrol.names import local_moment
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


class OpenRoundsModel(DtoTableModel[OpenRound]):
    COL_NUMBER, COL_ROUTE, COL_GUARD, COL_STARTED, COL_REACHED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Round"), lambda r: r.number),
                Column(self.tr("Route"), lambda r: r.route_name),
                Column(self.tr("Guard"), lambda r: r.guard_name),
                Column(self.tr("Started"), lambda r: local_moment(r.started_at)),
                Column(
                    self.tr("Reached"),
                    lambda r: self.tr("{visited} of {total}").format(
                        visited=r.visited, total=r.total
                    ),
                    numeric=True,
                ),
            ]
        )

    def row_of(self, round_id: object) -> int:
        """The row of that round; -1 when it is not open (any more)."""
        for index, row in enumerate(self.rows()):
            if row.id == round_id:
                return index
        return -1
