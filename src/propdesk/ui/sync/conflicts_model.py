"""The open conflicts, one line each: what record, which, when it was found, who else
wrote it, and what the problem is (an edit made here and there from one version, or
the server's reason for refusing the row)."""

from __future__ import annotations

from typing import Any

from propdesk.services.sync.conflicts import ConflictView
from propdesk.ui.sync.table_names import record_kind_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, time_column

COL_KIND, COL_LABEL, COL_DETECTED, COL_OTHER, COL_PROBLEM = range(5)


class ConflictListModel(DtoTableModel[ConflictView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Record"), lambda c: record_kind_name(c.table)),
                Column(self.tr("Number or name"), lambda c: c.label),
                time_column(
                    self.tr("Found"),
                    lambda c: c.detected_at,
                    lambda moment: moment.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
                Column(self.tr("Also written by"), self.other_writer),
                Column(self.tr("Problem"), self.problem, tooltip=self.problem),
            ]
        )

    def other_writer(self, conflict: ConflictView) -> str:
        if conflict.kind == "edit" and conflict.server_station:
            return self.tr("station {letter}").format(letter=conflict.server_station)
        return self.tr("the server")

    def problem(self, conflict: ConflictView) -> str:
        if conflict.kind == "refused":
            return self.tr("Refused by the server: {message}").format(message=conflict.message)
        return self.tr("Changed here and on the server since the last sync")

    def is_flagged(self, row: ConflictView) -> bool:
        return row.kind == "refused"  # it waits on a correction, not on a choice here
