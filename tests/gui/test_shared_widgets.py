"""Widgets the tabs share: the time box that sends only a changed time (repair steps,
escalated findings), a scan's green line or red banner (gate cards, patrol labels),
saving an import's template, and the most-characters limit of a text box."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.ui.widgets.moment_edit import MomentEdit
from propdesk.ui.widgets.scan_outcome import ScanOutcome
from propdesk.ui.widgets.search_edit import search_edit
from propdesk.ui.widgets.template_file import save_template
from propdesk.ui.widgets.text_limit import cap_plain_text
from tests.gui.conftest import Boxes


def test_a_moment_is_sent_only_when_changed_and_then_in_the_stations_zone(
    qtbot: QtBot,
) -> None:
    edit = MomentEdit("at", "tip")
    qtbot.addWidget(edit)
    assert edit.objectName() == "at"
    assert edit.displayFormat() == "yyyy-MM-dd HH:mm"
    assert edit.moment() is None  # left as it opened: the service stamps its clock
    edit.setDateTime(edit.dateTime().addSecs(-3600))
    moment = edit.moment()
    assert moment is not None
    assert moment.tzinfo is not None
    assert abs((datetime.now().astimezone() - moment).total_seconds() - 3600) < 120


def test_a_scan_shows_one_outcome_at_a_time_in_a_place_of_its_own(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    outcome = ScanOutcome(column, "scan_ok", 1.3)
    below = QLabel("the next field")
    column.addWidget(below)
    column.addStretch(1)
    box.resize(600, 400)
    box.show()
    qtbot.waitExposed(box)
    assert column.count() == 3  # one place, whatever it shows
    assert not outcome.ok_label.isVisible()
    assert not outcome.banner.isVisible()
    assert outcome.text == ""
    where = below.y()
    outcome.refuse("No checkpoint has the code XX-9.", "Scan the label again.")
    assert outcome.banner.isVisible()
    assert not outcome.ok_label.isVisible()
    assert outcome.text == "No checkpoint has the code XX-9.\nScan the label again."
    QApplication.processEvents()
    assert below.y() == where
    outcome.say("Ticked: 配电房")
    assert outcome.ok_label.isVisible()
    assert not outcome.banner.isVisible()
    assert outcome.ok_label.text() == "Ticked: 配电房"
    assert outcome.ok_label.objectName() == "scan_ok"
    assert outcome.banner.font().pointSizeF() == outcome.ok_label.font().pointSizeF()
    # The message and its next step fit the place reserved for them.
    lines = 2 * outcome.banner.fontMetrics().lineSpacing()
    assert outcome.place.height() >= lines
    outcome.clear()
    assert not outcome.ok_label.isVisible()
    assert not outcome.banner.isVisible()
    QApplication.processEvents()
    assert below.y() == where  # nothing below moved while messages came and went


def test_saving_a_template_says_where_or_why_not(
    qtbot: QtBot, boxes: Boxes, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "template.xlsx"

    def write() -> Path:
        target.write_bytes(b"x")
        return target

    assert save_template(parent, write) == target
    assert boxes.texts()[-1] == f"Template saved to {target}"

    def refuse() -> Path:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The file {path} cannot be read."), path="x"
        )

    assert save_template(parent, refuse) is None
    assert boxes.texts()[-1] == "The file x cannot be read."


def test_a_plain_text_box_keeps_to_its_limit_as_people_type_and_paste(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    cap_plain_text(edit, 10)
    assert edit.property("max_length") == 10
    qtbot.keyClicks(edit, "abcdefghijklmn")  # typing stops at the limit
    assert edit.toPlainText() == "abcdefghij"
    # A paste in the middle keeps what was there and cuts the end of the paste; the
    # cursor stays after the last character kept.
    edit.setPlainText("ab\ncd")
    cursor = edit.textCursor()
    cursor.setPosition(2)
    edit.setTextCursor(cursor)
    edit.insertPlainText("号" * 1_000)
    assert edit.toPlainText() == "ab" + "号" * 5 + "\ncd"
    assert edit.textCursor().position() == 7
    edit.undo()  # undo cannot bring back what was over the limit
    assert edit.toPlainText() == "ab" + "号" * 5 + "\ncd"
    # Text set from the program (cursor at the start) is cut at the end.
    edit.setPlainText("0123456789XYZ")
    assert edit.toPlainText() == "0123456789"
    # A character outside the first plane (two UTF-16 units) is never cut in half.
    edit.setPlainText("123456789")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.insertPlainText("😀")
    assert edit.toPlainText() == "123456789"


# -- the search field of a list's filter row ------------------------------------------
def test_the_search_field_searches_on_enter_and_when_cleared(qtbot: QtBot) -> None:
    searched: list[str] = []
    edit = search_edit("x_search", "Number or title", 5, lambda: searched.append(edit.text()))
    qtbot.addWidget(edit)
    edit.show()
    assert edit.objectName() == "x_search"
    assert edit.placeholderText() == "Number or title"
    qtbot.keyClicks(edit, "HD2026")  # one past the limit: the service reads five
    assert edit.text() == "HD202"
    assert searched == []  # typing alone does not search
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert searched == ["HD202"]
    edit.clear()  # the clear button: the whole list again at once
    assert searched == ["HD202", ""]
