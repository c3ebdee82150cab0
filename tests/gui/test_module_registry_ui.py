"""The window is built from the module registry: a fake module registered beside the
real ones brings its tab, its search hits and its view links; a module left out of
the registry leaves no tab, menu entry or search kind behind."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from propdesk.config import Paths
from propdesk.domain.ids import uuid7
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.registry import MODULES
from propdesk.store.models import GateEvent
from propdesk.ui.main_window import MainWindow
from tests.fake_module.module import FakeTab
from tests.fake_module.spec import FAKE, RECORD_ID, TAB, FakeFigures


def _one_gate_event(services: Services) -> None:
    at = datetime(2026, 10, 3, 9, tzinfo=timezone(timedelta(hours=8)))
    row = {"id": uuid7(), "kind": "visitor_in", "occurred_at": at, "station": "岗亭"}
    with services.store.write() as session:
        session.execute(insert(GateEvent), [{**row, "username": "guard1", "fee_fen": 0}])


def _open(tmp_path: Path, modules: tuple) -> Services:  # type: ignore[type-arg]
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True, modules=modules)
    services.estate.set_up("翠湖花园")
    services.settings.set_station_name("岗亭")
    return services


@pytest.fixture
def with_fake(tmp_path: Path) -> Iterator[Services]:
    services = _open(tmp_path, (*MODULES, FAKE))
    yield services
    services.close()


def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_registered_module_brings_its_tab_after_the_others(
    qtbot: QtBot, with_fake: Services, admin: Actor
) -> None:
    window = _window(qtbot, with_fake, admin)
    tab = window.module_tabs.get(TAB)
    assert isinstance(tab, FakeTab)
    assert window.tabs.tabText(window.tabs.count() - 1) == "Fake"
    assert "fake tab at 岗亭" in tab.text()  # built with its own front door


def test_a_fake_module_shows_its_tab_tile_search_hit_report_section_and_export(
    qtbot: QtBot, with_fake: Services, admin: Actor, tmp_path: Path
) -> None:
    """The issue's check of the registry: one registration, every place it reaches."""
    window = _window(qtbot, with_fake, admin)
    assert isinstance(window.module_tabs.get(TAB), FakeTab)  # its tab
    panel = window.home_tab.dashboard
    qtbot.waitUntil(lambda: "fake" in panel.shown_groups(), timeout=10_000)
    tile = panel.figure("fake_count")  # its tile on the home tab, a link to its tab
    assert tile.button.text() == "7"
    qtbot.mouseClick(tile.button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.module_tabs[TAB]
    hits = with_fake.search.search(admin, "fake")  # its search hit
    assert [(g.kind, g.title, [h.title for h in g.hits]) for g in hits] == [
        ("fake", "Fakes", ["FAKE-0001"])
    ]
    _one_gate_event(with_fake)  # something to report in October
    report = with_fake.monthly_report.data(admin, Period.month(2026, 10))
    assert report.section(FakeFigures) == FakeFigures(31)  # its report section
    written = with_fake.record_exports.export(  # its export kind
        admin, "fake", date(2026, 10, 1), date(2026, 10, 3), tmp_path / "f.xlsx", "en"
    )
    assert written == 3
    panel.wait()


def test_its_search_hit_opens_its_tab_from_the_keyboard(
    qtbot: QtBot, with_fake: Services, admin: Actor
) -> None:
    window = _window(qtbot, with_fake, admin)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = window.open_quick_search()
    assert dialog is not None
    qtbot.keyClicks(dialog.query_edit, "fake")
    qtbot.waitUntil(lambda: dialog.current_hit() is not None)
    assert dialog.current_hit().title == "FAKE-0001"  # type: ignore[union-attr]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    tab = window.module_tabs[TAB]
    assert window.tabs.currentWidget() is tab
    assert isinstance(tab, FakeTab)
    assert tab.opened == [RECORD_ID]


def test_a_view_for_its_tab_is_routed_to_it(
    qtbot: QtBot, with_fake: Services, admin: Actor
) -> None:
    window = _window(qtbot, with_fake, admin)
    assert window.open_view(TAB, "anything the fake tab knows")
    tab = window.module_tabs[TAB]
    assert isinstance(tab, FakeTab)
    assert tab.views == ["anything the fake tab knows"]
    assert window.tabs.currentWidget() is tab


def test_a_module_left_out_leaves_no_tab_menu_entry_or_search_kind(
    qtbot: QtBot, tmp_path: Path, admin: Actor
) -> None:
    without = tuple(m for m in MODULES if m.key not in {"gate", "master_data"})
    services = _open(tmp_path, without)
    window = _window(qtbot, services, admin)
    try:
        assert "gate_tab" not in window.module_tabs
        assert "residents_tab" not in window.module_tabs
        assert "staff_tab" not in window.module_tabs
        assert "repairs_tab" in window.module_tabs
        assert "gate_settings_action" not in window.settings_actions  # the gate's settings
        assert "targets_settings_action" in window.settings_actions
        assert not {"unit", "resident", "vehicle", "card"} & set(services.search.kinds)
    finally:
        window.close()
        services.close()
