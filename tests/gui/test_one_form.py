"""Forms opened without blocking, one at a time (the gate's and the repairs' forms)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError
from propdesk.ui.widgets.one_form import OneFormAtATime
from tests.gui.conftest import Boxes


def _owner(qtbot: QtBot) -> QWidget:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    qtbot.waitExposed(owner)
    return owner


def test_a_second_form_waits_until_the_first_is_closed(qtbot: QtBot) -> None:
    owner = _owner(qtbot)
    closed: list[bool] = []
    saved: list[QDialog] = []
    made: list[QDialog] = []
    forms = OneFormAtATime(owner, lambda: closed.append(True))

    def make() -> QDialog:
        made.append(QDialog(owner))
        return made[-1]

    first = forms.open(make, saved.append)
    assert first is not None
    assert first.isVisible()
    assert forms.form is first
    assert forms.showing()
    assert forms.open(make, saved.append) is None  # the open one comes to the front
    assert len(made) == 1

    first.accept()
    assert saved == [first]
    assert closed == [True]
    assert forms.form is None
    assert not forms.showing()

    second = forms.open(make, saved.append)
    assert second is not None
    assert second is not first
    second.reject()  # Cancel: nothing saved
    assert saved == [first]
    assert closed == [True, True]


def test_a_form_that_cannot_read_what_it_needs_is_not_opened(qtbot: QtBot, boxes: Boxes) -> None:
    owner = _owner(qtbot)
    forms = OneFormAtATime(owner, lambda: None)

    def make() -> QDialog:
        raise ConflictError(QT_TRANSLATE_NOOP("messages", "The record was changed meanwhile."))

    assert forms.open(make, lambda _form: None) is None
    assert forms.form is None
    assert any("changed meanwhile" in text for text in boxes.texts())
