"""The small builders the forms and tabs share: text fields named after their field,
Tab through the fields as they stand, combo boxes of choices refilled quietly."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.choices import choice_combo, enum_choices, refill_combo
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.titled_box import titled_box


class Colour(Enum):
    RED = "red"
    BLUE = "blue"


def test_a_line_edit_is_named_after_its_field_and_holds_its_text_or_hint(qtbot: QtBot) -> None:
    dialog = FormDialog("Form")
    qtbot.addWidget(dialog)
    empty = dialog.form.add_line_edit("plate", "Plate", "e.g. 粤B12345")
    filled = dialog.form.add_line_edit("name", "Name", text="张三")
    assert (empty.objectName(), empty.placeholderText(), empty.text()) == (
        "plate",
        "e.g. 粤B12345",
        "",
    )
    assert (filled.objectName(), filled.placeholderText(), filled.text()) == ("name", "", "张三")
    assert dialog.findChild(QLineEdit, "plate") is empty  # in the dialog, under its label


def test_tab_goes_through_the_fields_as_they_stand_skipping_labels(qtbot: QtBot) -> None:
    dialog = FormDialog("Form")
    qtbot.addWidget(dialog)
    combo = QComboBox(dialog)  # made first: Qt alone would put it first in the chain
    first = dialog.form.add_line_edit("first", "First")
    dialog.form.add_field("shown", "Shown", QLabel("a value, not a field to type in"))
    check = QCheckBox("Tick")
    dialog.form.add_field("tick", "", check)
    dialog.form.add_field("choice", "Choice", combo)
    last = dialog.form.add_line_edit("last", "Last")
    assert dialog.form.tab_fields() == [first, check, combo, last]
    dialog.tab_through_fields()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert first.hasFocus()  # the dialog opens in its first field
    order = []
    for _ in range(4):
        order.append(QApplication.focusWidget())
        dialog.focusNextChild()
    assert order == [first, check, combo, last]


def test_a_choice_combo_offers_texts_standing_for_values(qtbot: QtBot) -> None:
    combo = choice_combo(
        [("Any colour", None), *enum_choices(Colour, lambda c: c.name.title())], "colour"
    )
    qtbot.addWidget(combo)
    assert combo.objectName() == "colour"
    assert [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == [
        ("Any colour", None),
        ("Red", "red"),
        ("Blue", "blue"),
    ]


def test_refilling_keeps_the_choice_while_offered_and_says_nothing(qtbot: QtBot) -> None:
    combo = choice_combo([("All", None), ("Building 1", 1), ("Building 2", 2)])
    qtbot.addWidget(combo)
    combo.setCurrentIndex(2)
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    refill_combo(combo, [("All", None), ("Building 0", 0), ("Building 2", 2)])
    assert combo.currentData() == 2  # still chosen, now at another row
    refill_combo(combo, [("All", None), ("Building 0", 0)])
    assert combo.currentIndex() == 0  # no longer offered: the first choice
    assert changes == []
    assert not combo.signalsBlocked()


def test_buttons_in_a_row_and_a_titled_box(qtbot: QtBot) -> None:
    clicked: list[str] = []
    add = push_button("Add…", lambda: clicked.append("add"), "add_button", "Add one")
    plain = push_button("Plain")
    box = titled_box("Things", QLabel("the table"), [add, plain])
    qtbot.addWidget(box)
    add.click()
    plain.click()
    assert clicked == ["add"]
    assert (add.objectName(), add.toolTip(), plain.objectName()) == ("add_button", "Add one", "")
    assert box.title() == "Things"
    assert add.parent() is box
    assert plain.parent() is box
    row = left_row(QLabel("a"), QLabel("b"))
    assert row.count() == 3  # the two, then the spare width
    assert row.itemAt(2).spacerItem() is not None
