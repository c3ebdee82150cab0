"""What is owed, one template × area a line (services.inspections.due's order:
overdue first, the oldest first, then due, then done).

The status says in words and in colour whether the round is overdue (red), due now
(amber) or done for this period: the colour alone would not do on a grey printout
or for a colour-blind reader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from propdesk.domain.inspections.due import DueStatus
from propdesk.services.inspections.due import DueRow
from propdesk.ui.tabs.inspections.inspection_names import frequency_name, kind_name
from propdesk.ui.widgets.dto_table_model import (
    FLAGGED_BACKGROUND,
    Column,
    DtoTableModel,
    date_column,
)

translate = QCoreApplication.translate

# The form's error red, as the equipment register's expired items.
OVERDUE_BACKGROUND = QColor("#ffcdd2")
OVERDUE_TEXT = QColor("#b00020")
DONE_TEXT = QColor("#2e7d32")


def due_status_name(status: DueStatus) -> str:
    names = {
        DueStatus.OVERDUE: translate("DueNames", "Overdue"),
        DueStatus.DUE: translate("DueNames", "Due"),
        DueStatus.DONE: translate("DueNames", "Done"),
        DueStatus.NOT_ACTIVE: translate("DueNames", "Not yet due"),
    }
    return names[status]


def _missed(row: DueRow) -> str:
    state = row.state
    return str(state.missed_periods) if state.status is DueStatus.OVERDUE else ""


def _period_tip(row: DueRow) -> str:
    return translate("DueNames", "This period: {first} – {last}").format(
        first=row.state.period_first.isoformat(), last=row.state.period_last.isoformat()
    )


class DueTableModel(DtoTableModel[DueRow]):
    (
        COL_STATUS,
        COL_SINCE,
        COL_MISSED,
        COL_TEMPLATE,
        COL_KIND,
        COL_FREQUENCY,
        COL_AREA,
        COL_LAST,
    ) = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(
                    self.tr("Status"),
                    lambda r: due_status_name(r.state.status),
                    tooltip=_period_tip,
                ),
                date_column(self.tr("Overdue since"), lambda r: r.state.overdue_since),
                Column(self.tr("Periods missed"), _missed, numeric=True),
                Column(self.tr("Checklist"), lambda r: r.template_name),
                Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
                Column(self.tr("Frequency"), lambda r: frequency_name(r.frequency)),
                Column(self.tr("Area"), lambda r: r.area, tooltip=lambda r: r.area),
                date_column(self.tr("Last done"), lambda r: r.last_done),
            ]
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        # The status and "overdue since" carry the colour; the rest of the row stays
        # plain so a long list stays readable.
        if (
            role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
            and index.isValid()
            and index.column() in (self.COL_STATUS, self.COL_SINCE)
        ):
            row = self.row_at(index.row())
            if row is None:
                return None
            status = row.state.status
            if role == Qt.ItemDataRole.BackgroundRole:
                if status is DueStatus.OVERDUE:
                    return OVERDUE_BACKGROUND
                return FLAGGED_BACKGROUND if status is DueStatus.DUE else None
            if status is DueStatus.OVERDUE:
                return OVERDUE_TEXT
            return DONE_TEXT if status is DueStatus.DONE else None
        return super().data(index, role)
