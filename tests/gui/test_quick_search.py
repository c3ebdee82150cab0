from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.ui.main_window import MainWindow
from propdesk.ui.quick_search_dialog import QuickSearchDialog


def _estate(services: Services, actor: Actor) -> None:
    for room in ("1502", "902"):
        services.units.save(actor, UnitInput("3", "2", room))
    services.residents.save(
        actor, ResidentInput("3-2-902", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.vehicles.save(actor, VehicleInput("粤B12345", "3-2-902", "张三"))


def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_k_then_pinyin_initials_then_enter_opens_the_unit(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    _estate(ready_services, admin)
    window = _window(qtbot, ready_services, admin)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickSearchDialog)
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.query_edit, "zs")
    qtbot.waitUntil(lambda: dialog.current_hit() is not None)
    assert dialog.current_hit().title == "张三"  # type: ignore[union-attr]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    tab = window.module_tabs.get("residents_tab")
    assert tab is not None
    assert window.tabs.currentWidget() is tab
    assert "3-2-902" in tab.unit_title.text()


def test_plate_fragment_and_arrow_keys(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    _estate(ready_services, admin)
    window = _window(qtbot, ready_services, admin)
    dialog = window.open_quick_search()
    assert dialog is not None
    qtbot.keyClicks(dialog.query_edit, "b123")
    dialog.run_search()
    hit = dialog.current_hit()
    assert hit is not None
    assert (hit.kind, hit.title) == ("vehicle", "粤B12345")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.current_hit() == hit  # only one result: stays
    dialog.query_edit.clear()
    qtbot.keyClicks(dialog.query_edit, "3-2-")
    dialog.run_search()
    first = dialog.current_hit()
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.current_hit() != first
    assert {dialog.current_hit().title, first.title} == {"3-2-902", "3-2-1502"}  # type: ignore[union-attr]
