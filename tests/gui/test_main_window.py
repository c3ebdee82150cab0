from __future__ import annotations

from pytestqt.qtbot import QtBot

from propdesk.config import load_settings
from propdesk.services.bootstrap import Services
from propdesk.ui.main_window import MainWindow
from tests.gui.conftest import Boxes


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_action(window: MainWindow, menu_title: str, action_text: str):  # type: ignore[no-untyped-def]
    for menu_action in window.menuBar().actions():
        if menu_action.text() == menu_title:
            menus = [menu_action.menu()]
            while menus:
                for action in menus.pop().actions():
                    if action.text() == action_text:
                        return action
                    if action.menu() is not None:
                        menus.append(action.menu())
    raise AssertionError(f"no {menu_title} → {action_text}")


def test_status_bar_and_title_say_where_we_are(qtbot: QtBot, ready_services: Services) -> None:
    window = _window(qtbot, ready_services)
    assert "翠湖花园" in window.windowTitle()
    assert "岗亭" in window.station_status.text()
    assert str(ready_services.paths.database_file) in window.database_status.text()
    assert "SQLite" in window.mode_status.text()
    assert window.home_tab.estate_label.text() == "翠湖花园"
    assert window.tabs.count() >= 1


def test_backup_now_from_the_file_menu(
    qtbot: QtBot, ready_services: Services, boxes: Boxes
) -> None:
    window = _window(qtbot, ready_services)
    _menu_action(window, "&File", "&Backup now").trigger()
    assert ready_services.system.latest_backup() is not None
    assert any("verified" in text for text in boxes.texts())
    assert "manual-" in window.home_tab.last_backup_label.text()


def test_language_switch_is_saved_and_says_restart(
    qtbot: QtBot, ready_services: Services, boxes: Boxes
) -> None:
    window = _window(qtbot, ready_services)
    _menu_action(window, "&Settings", "繁體中文").trigger()
    assert load_settings(ready_services.paths).settings.language == "zh_TW"
    assert any("restarted" in text for text in boxes.texts())


def test_about_lists_versions(qtbot: QtBot, ready_services: Services, boxes: Boxes) -> None:
    window = _window(qtbot, ready_services)
    _menu_action(window, "&Help", "&About propdesk").trigger()
    text = boxes.texts()[-1]
    for part in ("Python", "Qt", "SQLite", "Schema revision", "0001"):
        assert part in text


def test_quit_shortcut_closes_the_window(qtbot: QtBot, ready_services: Services) -> None:
    window = _window(qtbot, ready_services)
    _menu_action(window, "&File", "&Quit").trigger()
    assert not window.isVisible()
