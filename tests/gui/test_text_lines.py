"""The facts box both detail panels show (ui.widgets.text_lines): a row a line, named
by the panel's prefix and key, hidden while its text is empty and shown again when
it has one; and the timeline table under it, its note column taking the spare width."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.ui.widgets.text_lines import TextLines, scrolled
from propdesk.ui.widgets.timeline_table import timeline_table

Index = QModelIndex | QPersistentModelIndex


class Steps(QAbstractTableModel):
    ROWS = (("09:00", "taken", "by phone"), ("10:30", "answered", "a long note " * 5))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.ROWS[index.row()][index.column()]


def test_empty_lines_are_hidden_and_come_back_with_a_text(qtbot: QtBot) -> None:
    lines = TextLines("Ticket", "repair")
    area = scrolled(lines)
    qtbot.addWidget(area)
    lines.show_lines([("number", "Number", "BX-1"), ("quote", "Quote", "")])
    area.show()
    qtbot.waitExposed(area)

    number = lines.findChild(QLabel, "repair_number")
    assert number is lines.values["number"]
    assert number.text() == "BX-1"
    assert lines.form.isRowVisible(lines.values["number"])
    assert not lines.form.isRowVisible(lines.values["quote"])
    lines.show_lines([("number", "Number", "BX-1"), ("quote", "Quote", "¥ 80")])
    assert lines.form.isRowVisible(lines.values["quote"])
    assert lines.values["quote"].text() == "¥ 80"
    assert lines.form.rowCount() == 2  # the same rows, not new ones
    assert area.widget() is lines


def test_the_timeline_note_takes_the_spare_width(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = Steps()
    qtmodeltester.check(model)
    view = timeline_table(model, "test_timeline", 2)
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    assert view.objectName() == "test_timeline"
    assert not view.wordWrap()
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert view.verticalHeader().defaultSectionSize() == view.fontMetrics().height() + 8
