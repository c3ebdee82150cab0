"""The two overviews next to the ticket list: each technician's load (workload) and
every open ticket with its age (backlog), flagged like the list."""

from __future__ import annotations

from typing import Any

from propdesk.services.repairs.queries import BacklogRow, TechnicianLoad
from propdesk.ui.tabs.repairs.names import duration, state_name
from propdesk.ui.tabs.repairs.ticket_model import ticket_head_columns
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column


class WorkloadTableModel(DtoTableModel[TechnicianLoad]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(
                    self.tr("Technician"),
                    lambda r: r.technician_name or self.tr("(not dispatched yet)"),
                ),
                count_column(self.tr("Open"), lambda r: r.open_count),
                count_column(self.tr("Overdue"), lambda r: r.overdue_count),
                count_column(self.tr("Stale"), lambda r: r.stale_count),
            ]
        )

    def is_flagged(self, row: TechnicianLoad) -> bool:
        return row.overdue_count > 0


class BacklogTableModel(DtoTableModel[BacklogRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                *ticket_head_columns(),
                Column(self.tr("State"), lambda r: state_name(r.state)),
                Column(self.tr("Technician"), lambda r: r.technician_name),
                Column(self.tr("Age"), lambda r: duration(r.age), numeric=True),
                # The office's share: the waits for the resident's approval left out.
                Column(
                    self.tr("Age less waits"), lambda r: duration(r.resolution_age), numeric=True
                ),
            ]
        )

    def is_flagged(self, row: BacklogRow) -> bool:
        return row.overdue or row.stale
