"""The incidents' tables: the list (one line per incident; one with a follow-up past
its deadline flagged, a voided one greyed and marked) and an incident's follow-up
actions (an overdue one in red and in words: "3 days overdue")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from propdesk.services.incidents.views import ActionInfo, IncidentInfo
from propdesk.ui.incident_names import kind_name, state_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column, time_column

OVERDUE_COLOR = QColor("#b00020")


def local_minute(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def report_numbers(row: IncidentInfo) -> str:
    """The police's and the fire brigade's report numbers, as far as given."""
    return " / ".join(n for n in (row.police_report, row.fire_report) if n)


class IncidentListModel(DtoTableModel[IncidentInfo]):
    COL_TITLE = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                time_column(self.tr("When"), lambda r: r.occurred_at, local_minute),
                Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
                Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.what_happened),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("State"), self.state_text),
                count_column(self.tr("Follow-ups open"), lambda r: r.actions_open),
                Column(self.tr("Report no."), report_numbers),
            ]
        )

    def state_text(self, row: IncidentInfo) -> str:
        state = state_name(row.state)
        if row.open and row.actions_overdue:
            return self.tr("{state}, {n} follow-ups overdue").format(
                state=state, n=row.actions_overdue
            )
        return state

    def is_inactive(self, row: IncidentInfo) -> bool:
        return row.voided

    def is_flagged(self, row: IncidentInfo) -> bool:
        return row.open and row.actions_overdue > 0

    def row_of(self, incident_id: object) -> int:
        for index, row in enumerate(self.rows()):
            if row.id == incident_id:
                return index
        return -1


class ActionsModel(DtoTableModel[ActionInfo]):
    COL_WHAT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Action"), lambda a: a.what, tooltip=lambda a: a.what),
                Column(self.tr("Who"), lambda a: a.who),
                time_column(self.tr("Deadline"), lambda a: a.deadline, local_minute),
                Column(self.tr("Done"), self.done_text),
            ]
        )

    def done_text(self, action: ActionInfo) -> str:
        if action.done_at is not None:
            return f"{local_minute(action.done_at)} {action.done_by}".strip()
        if action.overdue and action.days_overdue < 1:
            return self.tr("Overdue")  # hours past its deadline: "by 0 days" read as wrong
        if action.overdue:
            return self.tr("Overdue by {n} days").format(n=action.days_overdue)
        return self.tr("Not done yet")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            action = self.row_at(index.row())
            if action is not None and action.overdue:
                return OVERDUE_COLOR
        return super().data(index, role)
