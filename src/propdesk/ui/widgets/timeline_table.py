"""A record's timeline (what was done, when, by whom) as a table: one line a step
(no wrapping, rows one text line high, so many steps fit), the note column taking
the spare width."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel

from propdesk.ui.widgets.record_table import RecordTable, record_table


def timeline_table(model: QAbstractItemModel, name: str, note_column: int) -> RecordTable:
    view = record_table(model, name, stretch=[note_column])
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view
