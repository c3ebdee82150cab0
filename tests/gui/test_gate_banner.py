"""The gate's one result banner: every action (card, plate, visitor leaving, form) says
what happened in the same place — green, or red with the next step — once; the next
action clears it; and the controls below never move while messages come and go."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.ui.tabs.gate.gate_printing import GatePrinting
from propdesk.ui.tabs.gate.tab import GateTab
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")
NEXT_STEP = "Press F2 to register a visitor."


@pytest.fixture
def estate(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    """3-2-1502 with 张三: card 0001AB active, card 0002CD lost, car 粤B12345."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.cards.issue(CLERK, CardInput("0001AB", "3-2-1502", "张三"))
    lost = services.cards.issue(CLERK, CardInput("0002CD", "3-2-1502", "张三"))
    services.cards.change_status(CLERK, lost.id, CardStatus.LOST, "丢在小区外")
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三"))
    # Slips saved by a form would open a print preview; this file is about the banner.
    for name in ("visitor_pass", "release_slip", "parking_notice", "handover_sheet"):
        monkeypatch.setattr(GatePrinting, name, lambda *_args: None)
    return services


def _tab(qtbot: QtBot, services: Services, size: tuple[int, int] = (1366, 700)) -> GateTab:
    tab = GateTab(services, GUARD)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _enter(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _shown_with(tab: GateTab, text: str) -> list[QLabel]:
    return [
        label for label in tab.findChildren(QLabel) if label.isVisible() and text in label.text()
    ]


def _where_things_stand(tab: GateTab) -> tuple[int, ...]:
    """The top of every control under the banner, in the tab's coordinates."""
    QApplication.processEvents()
    below: list[Any] = [tab.new_visitor_button, tab.exit_box, tab.views]
    below += list(tab.action_buttons.values())
    return tuple(widget.mapTo(tab, widget.rect().topLeft()).y() for widget in below)


def test_every_refusal_is_the_same_red_banner_with_the_next_step(
    qtbot: QtBot, estate: Services, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate)
    _enter(qtbot, tab.card_edit, "0002CD")  # lost
    assert tab.refused_banner.isVisible()
    lost = tab.refused_banner.text()
    assert "lost" in lost
    assert lost.endswith("\n" + NEXT_STEP)
    _enter(qtbot, tab.card_edit, "99999999")  # not registered: the same banner, not a line
    assert tab.refused_banner.isVisible()
    assert tab.refused_banner.text() == f"Card 99999999 is not registered.\n{NEXT_STEP}"
    assert tab.scan_form.error_text("card_number") == ""
    _enter(qtbot, tab.vehicle_panel.in_edit, "粤B1234")  # a malformed plate
    assert tab.refused_banner.isVisible()
    assert tab.vehicle_panel.in_form.error_text("plate") == ""
    _enter(qtbot, tab.pass_edit, "FK000000-9999")
    assert "no visitor pass" in tab.refused_banner.text()
    assert tab.exit_form.error_text("pass_number") == ""
    assert not boxes.shown


def test_a_vehicle_coming_in_is_told_once(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    _enter(qtbot, tab.vehicle_panel.in_edit, "粤B12345")
    assert tab.welcome_label.text() == "粤B12345 in: registered to 张三 (3-2-1502)"
    assert _shown_with(tab, "粤B12345 in") == [tab.welcome_label]


def test_the_next_action_clears_the_last_result(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    _enter(qtbot, tab.card_edit, "99999999")
    assert tab.outcome.text
    _enter(qtbot, tab.vehicle_panel.in_edit, "粤B12345")  # a plate replaces the card's refusal
    assert not tab.refused_banner.isVisible()
    assert tab.welcome_label.isVisible()
    form = tab.open_visitor_form()  # a form opened: nothing shown until it is saved
    assert form is not None
    assert tab.outcome.text == ""
    form.reject()
    qtbot.waitUntil(lambda: tab.visitor_form is None)
    _enter(qtbot, tab.card_edit, "0001AB")
    assert tab.outcome.text == "Welcome, 张三 (3-2-1502)"
    tab.card_edit.setFocus()
    qtbot.keyClick(tab.card_edit, Qt.Key.Key_Return)  # an empty Enter is an action too
    assert tab.outcome.text == ""


@pytest.mark.parametrize("size", [(1366, 640), (1000, 600)])
def test_nothing_below_the_banner_moves(
    qtbot: QtBot, estate: Services, size: tuple[int, int]
) -> None:
    """At a gatehouse PC's 1366×768 (the tab gets about 640 of it) and narrower: the
    longest messages (a refusal and its next step) still leave every control where
    it stood."""
    tab = _tab(qtbot, estate, size)
    before = _where_things_stand(tab)
    for field, text in (
        (tab.card_edit, "0001AB"),
        (tab.card_edit, "0002CD"),
        (tab.card_edit, "99999999"),
        (tab.vehicle_panel.in_edit, "粤B12345"),
        (tab.vehicle_panel.in_edit, "粤B12345"),  # already inside: refused
        (tab.pass_edit, "FK000000-9999"),
    ):
        _enter(qtbot, field, text)
        assert _where_things_stand(tab) == before, text
        # Said, and in full: the message fits the place kept for it.
        label = tab.refused_banner if tab.refused_banner.isVisible() else tab.welcome_label
        assert label.isVisible(), text
        assert label.heightForWidth(label.width()) <= tab.outcome.place.height(), text
    tab.outcome.clear()
    assert _where_things_stand(tab) == before


def test_the_keys_are_told_on_the_screen(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    texts = [label.text() for label in tab.vehicle_panel.findChildren(QLabel)]
    assert "In (F3)" in texts
    assert "Out (F4)" in texts
    assert tab.keys_hint.isVisible()
    assert "Ctrl+K" in tab.keys_hint.text()
    assert "F2" in tab.new_visitor_button.text()


def test_a_clerk_gets_no_empty_banner_place(qtbot: QtBot, estate: Services) -> None:
    tab = GateTab(estate, CLERK)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.outcome.place.isVisible()
    assert not tab.keys_hint.isVisible()
