"""The complaint list's rows: one complaint a line, newest first (the service's order).

An anonymous complaint reads "Anonymous" where the complainant stands: the service
keeps no name for it, and the list never suggests one. Overdue rows (open, never
answered, past the deadline) are flagged; closed and voided ones greyed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.domain.complaints.workflow import OPEN_STATES
from propdesk.services.complaints.queries import ComplaintRow
from propdesk.services.core.export import ColumnKind
from propdesk.ui.complaint_names import (
    anonymous_text,
    category_name,
    channel_name,
    local_time,
    severity_name,
    state_name,
)
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column, time_column

translate = QCoreApplication.translate


def complainant_text(row: ComplaintRow) -> str:
    return anonymous_text() if row.anonymous else row.complainant_name


def complainant_tip(row: ComplaintRow) -> str:
    # The phone as the service gave it: in full or masked, by the reader's role.
    return "" if row.anonymous else row.complainant_phone


def deadline_text(row: ComplaintRow) -> str:
    if row.overdue:
        return translate("ComplaintTableModel", "{time} overdue").format(
            time=local_time(row.response_due_at)
        )
    return local_time(row.response_due_at)


def deadline_tip(row: ComplaintRow) -> str:
    if row.first_answered_at is not None:
        return translate("ComplaintTableModel", "First answered {time}").format(
            time=local_time(row.first_answered_at)
        )
    if row.overdue:
        return translate("ComplaintTableModel", "Not answered and past the deadline")
    return translate("ComplaintTableModel", "Not answered yet")


class ComplaintTableModel(DtoTableModel[ComplaintRow]):
    (
        COL_NUMBER,
        COL_RECEIVED,
        COL_CHANNEL,
        COL_COMPLAINANT,
        COL_PLACE,
        COL_CATEGORY,
        COL_SEVERITY,
        COL_DESCRIPTION,
        COL_STATE,
        COL_DEADLINE,
        COL_HANDLER,
        COL_ROUNDS,
    ) = range(12)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                time_column(self.tr("Received"), lambda r: r.received_at, local_time),
                Column(self.tr("Channel"), lambda r: channel_name(r.channel)),
                Column(self.tr("Complainant"), complainant_text, tooltip=complainant_tip),
                Column(self.tr("Place"), lambda r: r.location),
                Column(self.tr("Category"), lambda r: category_name(r.category)),
                Column(self.tr("Severity"), lambda r: severity_name(r.severity)),
                # Elided when long; the whole of it in the tooltip.
                Column(
                    self.tr("Complaint"), lambda r: r.description, tooltip=lambda r: r.description
                ),
                Column(self.tr("State"), lambda r: state_name(r.state)),
                Column(
                    self.tr("Answer due"),
                    deadline_text,
                    tooltip=deadline_tip,
                    value=lambda r: r.response_due_at,
                    kind=ColumnKind.DATETIME,
                ),
                Column(self.tr("Handled by"), lambda r: r.handler_name),
                count_column(self.tr("Rounds"), lambda r: r.round),
            ]
        )

    def is_flagged(self, row: ComplaintRow) -> bool:
        return row.overdue

    def is_inactive(self, row: ComplaintRow) -> bool:
        return row.state not in OPEN_STATES
