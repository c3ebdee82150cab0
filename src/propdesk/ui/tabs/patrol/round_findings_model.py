"""A round's findings with their repair tickets: what was seen where, what was done,
who was told, the ticket's number and where it stands, and whether it is dealt with."""

from __future__ import annotations

from typing import Any

from propdesk.services.patrol.findings import FindingRow
from propdesk.ui.tabs.patrol.names import clock, finding_category_name, ticket_text
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


class RoundFindingsModel(DtoTableModel[FindingRow]):
    (
        COL_NUMBER,
        COL_TIME,
        COL_CHECKPOINT,
        COL_CATEGORY,
        COL_SEEN,
        COL_ACTION,
        COL_TOLD,
        COL_TICKET,
        COL_DEALT,
    ) = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Finding"), lambda r: r.finding.number),
                Column(self.tr("Time"), lambda r: clock(r.finding.seen_at)),
                Column(self.tr("Checkpoint"), lambda r: r.finding.checkpoint_name),
                Column(self.tr("Kind"), lambda r: finding_category_name(r.finding.category)),
                Column(self.tr("Seen"), lambda r: r.finding.seen, tooltip=lambda r: r.finding.seen),
                Column(
                    self.tr("Done"), lambda r: r.finding.action, tooltip=lambda r: r.finding.action
                ),
                Column(self.tr("Told"), self._told),
                Column(self.tr("Repair ticket"), lambda r: ticket_text(r.ticket)),
                Column(self.tr("Dealt with"), self._dealt),
            ]
        )

    def _told(self, row: FindingRow) -> str:
        finding = row.finding
        if not finding.escalated_to:
            return ""
        return self.tr("{who} at {time}").format(
            who=finding.escalated_to, time=clock(finding.escalated_at)
        )

    def _dealt(self, row: FindingRow) -> str:
        finding = row.finding
        if finding.voided:
            return self.tr("void")
        if finding.resolved_at is not None:
            return finding.resolution
        if row.ticket is not None and row.ticket.closed:
            return self.tr("ticket closed")
        return self.tr("open")

    def is_inactive(self, row: FindingRow) -> bool:
        return row.finding.voided

    def is_flagged(self, row: FindingRow) -> bool:
        return row.open and (row.ticket is None or not row.ticket.closed)
