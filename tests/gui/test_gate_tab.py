from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.ui.tabs.gate.tab import GateTab
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")


@pytest.fixture
def estate(services: Services) -> Services:
    """3-2-1502 with 张三: card 0001AB active, card 0002CD lost."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.cards.issue(CLERK, CardInput("0001AB", "3-2-1502", "张三"))
    lost = services.cards.issue(CLERK, CardInput("0002CD", "3-2-1502", "张三"))
    services.cards.change_status(CLERK, lost.id, CardStatus.LOST, "丢在小区外")
    return services


def _tab(qtbot: QtBot, services: Services, actor: Actor = GUARD) -> GateTab:
    tab = GateTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _scan(qtbot: QtBot, tab: GateTab, number: str) -> None:
    """What a keyboard-wedge card reader does: digits, then Enter."""
    assert tab.card_edit.hasFocus()
    qtbot.keyClicks(tab.card_edit, number)
    qtbot.keyClick(tab.card_edit, Qt.Key.Key_Return)


def test_active_card_welcomes_and_keeps_focus(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    _scan(qtbot, tab, "0001AB")
    assert tab.welcome_label.isVisible()
    assert tab.welcome_label.text() == "Welcome, 张三 (3-2-1502)"
    assert not tab.refused_banner.isVisible()
    assert tab.card_edit.text() == ""
    assert tab.card_edit.hasFocus()
    # The next scan works straight away.
    _scan(qtbot, tab, "0001AB")
    assert tab.welcome_label.isVisible()
    assert tab.card_edit.hasFocus()


def test_lost_card_shows_the_red_banner(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    _scan(qtbot, tab, "0001AB")
    _scan(qtbot, tab, "0002CD")
    assert tab.refused_banner.isVisible()
    assert "张三" in tab.refused_banner.text()
    assert "lost" in tab.refused_banner.text()
    assert not tab.welcome_label.isVisible()
    assert tab.card_edit.text() == ""
    assert tab.card_edit.hasFocus()


def test_unknown_card_is_refused_in_the_banner_with_the_next_step(
    qtbot: QtBot, estate: Services, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate)
    _scan(qtbot, tab, "99999999")
    assert tab.refused_banner.isVisible()
    assert tab.refused_banner.text() == (
        "Card 99999999 is not registered.\nPress F2 to register a visitor."
    )
    assert tab.scan_form.error_text("card_number") == ""  # not the small line any more
    assert not tab.welcome_label.isVisible()
    assert not boxes.shown
    assert tab.card_edit.text() == ""
    assert tab.card_edit.hasFocus()
    # A good scan replaces the message.
    _scan(qtbot, tab, "0001AB")
    assert not tab.refused_banner.isVisible()
    assert tab.welcome_label.isVisible()


def test_register_a_visitor_with_the_keyboard_only(
    qtbot: QtBot, estate: Services, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate)
    qtbot.keyClick(tab.card_edit, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: tab.visitor_form is not None and tab.visitor_form.isVisible())
    form = tab.visitor_form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    assert form.name_edit.hasFocus()

    def typed(text: str) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        if text.isascii():
            qtbot.keyClicks(widget, text)
        else:
            type_text(widget, text)

    def tab_key() -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    typed("赵六")
    tab_key()
    assert form.phone_edit.hasFocus()
    typed("139 0000 1111")
    tab_key()
    assert form.id_edit.hasFocus()  # optional: left empty
    tab_key()
    assert form.unit_edit.hasFocus()
    typed("3-2-1502")
    tab_key()
    assert form.purpose_edit.hasFocus()
    typed("探亲")
    tab_key()
    assert form.confirmation_combo.hasFocus()
    qtbot.keyClick(form.confirmation_combo, Qt.Key.Key_Down)
    assert form.confirmation_combo.currentData() == HostConfirmation.INTERCOM.value
    tab_key()
    assert form.confirmed_by_edit.hasFocus()
    typed("张三")
    qtbot.keyClick(form.confirmed_by_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: tab.visitor_form is None)
    assert not boxes.shown
    (row,) = estate.module(GateServices).entries.inside_now(GUARD)
    assert (row.name, row.unit_code, row.purpose) == ("赵六", "3-2-1502", "探亲")
    assert row.pass_number.startswith("FK")
    assert f"Pass {row.pass_number} issued" in tab.outcome.text
    assert [r.pass_number for r in tab.inside_model.rows()] == [row.pass_number]
    qtbot.waitUntil(tab.card_edit.hasFocus)


def test_visitor_form_errors_stay_by_the_field_and_esc_cancels(
    qtbot: QtBot, estate: Services
) -> None:
    tab = _tab(qtbot, estate)
    form = tab.open_visitor_form()
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    type_text(form.name_edit, "赵六")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text("phone")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.visitor_form is None)
    assert estate.module(GateServices).entries.inside_now(GUARD) == []
    qtbot.waitUntil(tab.card_edit.hasFocus)


def _visitor(services: Services, name: str = "赵六") -> str:
    entry = VisitorEntry(name, "13900001111", "", "3-2-1502", "探亲", "phone", "张三")
    return services.module(GateServices).entries.register_visitor(GUARD, entry).pass_number


def test_visitor_leaves_by_pass_number(qtbot: QtBot, estate: Services, boxes: Boxes) -> None:
    first = _visitor(estate)
    second = _visitor(estate, "钱七")
    tab = _tab(qtbot, estate)
    assert [r.pass_number for r in tab.inside_model.rows()] == [first, second]
    tab.pass_edit.setFocus()
    qtbot.keyClicks(tab.pass_edit, first.lower())
    qtbot.keyClick(tab.pass_edit, Qt.Key.Key_Return)
    assert [r.pass_number for r in tab.inside_model.rows()] == [second]
    assert first in tab.welcome_label.text()
    assert tab.pass_edit.text() == ""
    assert tab.card_edit.hasFocus()
    # The same pass again, and a pass that does not exist: refused in the banner.
    tab.pass_edit.setFocus()
    qtbot.keyClicks(tab.pass_edit, first)
    qtbot.keyClick(tab.pass_edit, Qt.Key.Key_Return)
    assert "already left" in tab.refused_banner.text()
    assert not tab.welcome_label.isVisible()
    tab.pass_edit.clear()
    qtbot.keyClicks(tab.pass_edit, "FK000000-9999")
    qtbot.keyClick(tab.pass_edit, Qt.Key.Key_Return)
    assert "no visitor pass" in tab.refused_banner.text()
    assert tab.pass_edit.hasFocus()
    assert not boxes.shown


def test_inside_now_model_passes_the_model_tester(qtbot: QtBot, estate: Services) -> None:
    _visitor(estate)
    _visitor(estate, "钱七")
    tab = _tab(qtbot, estate)
    assert tab.inside_model.rowCount() == 2
    assert tab.inside_model.columnCount() == 6
    ModelTester(None).check(tab.inside_model)  # type: ignore[arg-type]
    index = tab.inside_model.index(0, tab.inside_model.COL_TIME_INSIDE)
    assert tab.inside_model.data(index) == "0 min"


def test_clerk_sees_the_tab_without_the_write_controls(qtbot: QtBot, estate: Services) -> None:
    _visitor(estate)
    tab = _tab(qtbot, estate, CLERK)
    assert tab.inside_model.rowCount() == 1
    assert not tab.scan_box.isVisible()
    assert not tab.new_visitor_button.isVisible()
    assert not tab.exit_box.isVisible()
    assert tab.open_visitor_form() is None
    assert tab.inside_view.actions()  # export is still offered
