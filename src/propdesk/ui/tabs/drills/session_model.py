"""The sessions' rows: number, time, kind, topic, title, organiser, staff, residents,
duration; voided ones grey, those with problems found flagged."""

from __future__ import annotations

from typing import Any

from propdesk.services.drills.views import HistoryLine, SessionRow
from propdesk.ui.tabs.drills.names import kind_name, local_time, topic_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column, time_column


class SessionModel(DtoTableModel[SessionRow]):
    COL_NUMBER = 0
    COL_TIME = 1
    COL_KIND = 2
    COL_TOPIC = 3
    COL_TITLE = 4
    COL_ORGANISER = 5
    COL_STAFF = 6
    COL_RESIDENTS = 7
    COL_MINUTES = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                time_column(self.tr("Held"), lambda r: r.held_at, local_time),
                Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
                Column(self.tr("Topic"), lambda r: topic_name(r.topic)),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Organiser"), lambda r: r.organiser),
                count_column(self.tr("Staff"), lambda r: r.staff_count),
                count_column(self.tr("Residents"), lambda r: r.residents),
                count_column(self.tr("Minutes"), lambda r: r.minutes),
            ]
        )

    def is_inactive(self, row: SessionRow) -> bool:
        return row.voided

    def is_flagged(self, row: SessionRow) -> bool:
        return row.has_problems and not row.voided


class HistoryModel(DtoTableModel[HistoryLine]):
    """A staff member's sessions: the same columns, and whether they organised it."""

    COL_NUMBER = 0
    COL_TITLE = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda h: h.session.number),
                time_column(self.tr("Held"), lambda h: h.session.held_at, local_time),
                Column(self.tr("Kind"), lambda h: kind_name(h.session.kind)),
                Column(self.tr("Topic"), lambda h: topic_name(h.session.topic)),
                Column(self.tr("Title"), lambda h: h.session.title),
                Column(self.tr("Role"), self._role),
                count_column(self.tr("Minutes"), lambda h: h.session.minutes),
            ]
        )

    def _role(self, line: HistoryLine) -> str:
        return self.tr("Organiser") if line.organised else self.tr("Took part")
