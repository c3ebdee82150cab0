"""The open findings, oldest first: when and where, what was seen and done, who was
told, and the repair ticket and the safety incident opened for it. A finding nobody
was told of and with no ticket is flagged: it still waits for someone to act."""

from __future__ import annotations

from typing import Any

from propdesk.services.patrol.findings import FindingRow
from propdesk.ui.incident_names import linked_text
from propdesk.ui.tabs.patrol.names import finding_category_name, local_moment, ticket_text
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, time_column


def escalation_text(row: FindingRow) -> str:
    finding = row.finding
    if not finding.escalated_to:
        return ""
    return f"{finding.escalated_to} {local_moment(finding.escalated_at)}".strip()


class FindingsModel(DtoTableModel[FindingRow]):
    COL_SEEN = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                time_column(self.tr("Seen at"), lambda r: r.finding.seen_at, local_moment),
                Column(self.tr("Round"), lambda r: r.finding.round_number),
                Column(self.tr("Finding"), lambda r: r.finding.number),
                Column(self.tr("Checkpoint"), lambda r: r.finding.checkpoint_name),
                Column(self.tr("Place"), lambda r: r.finding.place),
                Column(self.tr("Category"), lambda r: finding_category_name(r.finding.category)),
                Column(
                    self.tr("What was seen"),
                    lambda r: r.finding.seen,
                    tooltip=lambda r: r.finding.seen,
                ),
                Column(
                    self.tr("Action taken"),
                    lambda r: r.finding.action,
                    tooltip=lambda r: r.finding.action,
                ),
                Column(self.tr("Told"), escalation_text),
                Column(self.tr("Repair ticket"), lambda r: ticket_text(r.ticket)),
                Column(self.tr("Incident"), lambda r: linked_text(r.incident)),
            ]
        )

    def is_flagged(self, row: FindingRow) -> bool:
        return not row.finding.escalated_to and row.ticket is None

    def row_of(self, finding_id: object) -> int:
        for index, row in enumerate(self.rows()):
            if row.finding.id == finding_id:
                return index
        return -1
