"""The equipment register's rows: one item a line, by code (the service's order).

"Next due" is the earlier of the next service and the expiry; its tooltip says which
is which. The state says in words and in colour whether that day is near (amber) or
past (red): the same colours as the patrol grid's late and missed slots.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from propdesk.domain.inspections.equipment import ExpiryState
from propdesk.services.inspections.equipment import EquipmentInfo
from propdesk.ui.tabs.inspections.equipment_names import kind_name, state_name
from propdesk.ui.widgets.dto_table_model import (
    FLAGGED_BACKGROUND,
    Column,
    DtoTableModel,
    date_column,
)

translate = QCoreApplication.translate

EXPIRED_BACKGROUND = QColor("#ffcdd2")
EXPIRED_TEXT = QColor("#b00020")  # the form's error red
_BACKGROUNDS = {ExpiryState.EXPIRING: FLAGGED_BACKGROUND, ExpiryState.EXPIRED: EXPIRED_BACKGROUND}


def place_text(row: EquipmentInfo) -> str:
    """The unit and the place in it, or whichever of them there is."""
    return " · ".join(part for part in (row.unit_code, row.place) if part)


def due_tip(row: EquipmentInfo) -> str:
    parts = []
    if row.next_service_on is not None:
        parts.append(
            translate("EquipmentTableModel", "Next service {date}").format(
                date=row.next_service_on.isoformat()
            )
        )
    if row.expires_on is not None:
        parts.append(
            translate("EquipmentTableModel", "Expires {date}").format(
                date=row.expires_on.isoformat()
            )
        )
    return "\n".join(parts)


class EquipmentTableModel(DtoTableModel[EquipmentInfo]):
    (
        COL_CODE,
        COL_KIND,
        COL_NAME,
        COL_PLACE,
        COL_INSTALLED,
        COL_LAST_SERVICE,
        COL_NEXT_DUE,
        COL_STATE,
    ) = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
                Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.name),
                Column(self.tr("Place"), place_text, tooltip=place_text),
                date_column(self.tr("Installed"), lambda r: r.installed_on),
                date_column(self.tr("Last service"), lambda r: r.last_serviced_on),
                Column(
                    self.tr("Next due"),
                    lambda r: r.next_due.isoformat() if r.next_due else "",
                    tooltip=due_tip,
                ),
                Column(self.tr("State"), lambda r: state_name(r.state)),
            ]
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        # The due day and the state carry the colour; the rest of the row stays plain
        # so a long list of expired items is still readable.
        if (
            role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
            and index.isValid()
            and index.column() in (self.COL_NEXT_DUE, self.COL_STATE)
        ):
            row = self.row_at(index.row())
            if row is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return _BACKGROUNDS.get(row.state)
            return EXPIRED_TEXT if row.state is ExpiryState.EXPIRED else None
        return super().data(index, role)
