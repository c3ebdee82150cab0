"""The rectification notices (整改通知单), newest issued first (the service's order).

An overdue notice says so in its state ("Open · overdue") and in red on the state and
the deadline: the words for a grey printout or a colour-blind reader, the colour for
a glance down a long list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from propdesk.domain.inspections.rectification import NoticeSource, RectificationState
from propdesk.services.inspections.rectifications import NoticeFilter
from propdesk.services.inspections.views import RectificationInfo
from propdesk.ui.tabs.inspections.due_model import OVERDUE_BACKGROUND, OVERDUE_TEXT
from propdesk.ui.tabs.inspections.inspection_names import local_time, notice_state_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

translate = QCoreApplication.translate


def state_text(notice: RectificationInfo) -> str:
    """The state in words, "overdue" added while the deadline has passed."""
    if notice.overdue:
        return translate("RectificationNames", "{state} · overdue").format(
            state=notice_state_name(notice.state)
        )
    return notice_state_name(notice.state)


def source_text(notice: RectificationInfo) -> str:
    """Where the notice came from, in words: the inspection's number as before, or
    "Monthly assessment KH…" for one a department's assessment opened."""
    if notice.source is NoticeSource.ASSESSMENT:
        return translate("RectificationNames", "Monthly assessment {number}").format(
            number=notice.source_number
        )
    return notice.inspection_number


def checklist_text(notice: RectificationInfo) -> str:
    """The checklist, or for an assessment's notice what it was found by."""
    if notice.source is NoticeSource.ASSESSMENT:
        return translate("RectificationNames", "Monthly assessment")
    return notice.template_name


def notice_filter_name(wanted: NoticeFilter) -> str:
    names = {
        NoticeFilter.LIVE: translate("RectificationNames", "Live: open or awaiting re-inspection"),
        NoticeFilter.OVERDUE: translate("RectificationNames", "Overdue"),
        NoticeFilter.CLOSED: translate("RectificationNames", "Closed"),
        NoticeFilter.ALL: translate("RectificationNames", "All notices"),
    }
    return names[wanted]


class RectificationTableModel(DtoTableModel[RectificationInfo]):
    (
        COL_NUMBER,
        COL_STATE,
        COL_DEADLINE,
        COL_DEPARTMENT,
        COL_TEMPLATE,
        COL_AREA,
        COL_ITEM,
        COL_ISSUED,
        COL_INSPECTION,
    ) = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("State"), state_text),
                Column(self.tr("Deadline"), lambda r: local_time(r.deadline)),
                Column(self.tr("Department"), lambda r: r.department),
                Column(self.tr("Checklist"), checklist_text),
                Column(self.tr("Area"), lambda r: r.area),
                Column(self.tr("Item"), lambda r: r.item_text, tooltip=lambda r: r.item_text),
                Column(self.tr("Issued"), lambda r: local_time(r.issued_at)),
                Column(self.tr("Inspection"), source_text),
            ]
        )

    def is_inactive(self, row: RectificationInfo) -> bool:
        return row.state is RectificationState.VOIDED

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if (
            role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
            and index.isValid()
            and index.column() in (self.COL_STATE, self.COL_DEADLINE)
        ):
            row = self.row_at(index.row())
            if row is not None and row.overdue:
                return (
                    OVERDUE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else OVERDUE_TEXT
                )
        return super().data(index, role)
