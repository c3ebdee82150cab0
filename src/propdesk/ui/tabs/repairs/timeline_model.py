"""A ticket's timeline (处理记录): every step, who recorded it (by name) and when,
oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.services.repairs.detail import TimelineEntry
from propdesk.ui.tabs.repairs.names import local_time, state_name, step_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

translate = QCoreApplication.translate


def transition_text(entry: TimelineEntry) -> str:
    if entry.from_state is None or entry.from_state is entry.to_state:
        return state_name(entry.to_state)
    return f"{state_name(entry.from_state)} → {state_name(entry.to_state)}"


def note_text(entry: TimelineEntry) -> str:
    """The note, and for a dispatch or reassignment who was sent."""
    parts = [entry.technician_name, entry.note]
    return " · ".join(p for p in parts if p)


def login_text(entry: TimelineEntry) -> str:
    return translate("TimelineTableModel", "Login: {login}").format(login=entry.username)


class TimelineTableModel(DtoTableModel[TimelineEntry]):
    COL_STEP, COL_STATES, COL_AT, COL_WHO, COL_NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Step"), lambda e: step_name(e.step)),
                Column(self.tr("From → to"), transition_text),
                Column(self.tr("When"), lambda e: local_time(e.at)),
                # The person's name; the login (what the audit log keeps) as its tooltip.
                Column(self.tr("Who"), lambda e: e.user_name, tooltip=login_text),
                Column(self.tr("Note"), note_text, tooltip=note_text),
            ]
        )
