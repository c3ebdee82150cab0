"""The complaints tab in the main window, with the module registered with its tab (as
the registry will have it): the tab made by its TabParts, Settings → Complaints…,
a dashboard view and a quick-search hit shown in it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from propdesk.config import Paths
from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel
from propdesk.domain.complaints.workflow import OPEN_STATES
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.module import MODULE, TAB
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.complaints.views import AnalysisYear, ComplaintList, InquiriesDue
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from propdesk.services.registry import MODULES
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.complaints.settings_dialog import ComplaintSettingsDialog
from propdesk.ui.tabs.complaints.tab import ComplaintsTab
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, STATION


@pytest.fixture
def with_tab(tmp_path: Path) -> Iterator[Services]:
    modules = tuple(
        replace(m, tabs=(TAB,)) if m.key == MODULE.key and not m.tabs else m for m in MODULES
    )
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True, modules=modules)
    services.estate.set_up("翠湖花园")
    services.settings.set_station_name(STATION)
    yield services
    services.close()


@pytest.fixture
def boss(with_tab: Services) -> Actor:
    info = with_tab.accounts.create_first_admin(ADMIN, "王经理", ADMIN_PASSWORD, STATION)
    return with_tab.accounts.actor_for(info, STATION)


def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_shows_complaints_by_view_and_by_search_hit(
    qtbot: QtBot, with_tab: Services, boss: Actor
) -> None:
    with_tab.units.save(boss, UnitInput("3", "2", "1502"))
    taken = with_tab.module(ComplaintServices).complaints.take(
        boss,
        ComplaintInput(
            ComplaintChannel.PHONE,
            ComplaintCategory.NOISE,
            "楼上噪音",
            complainant_name="张三",
            unit_code="3-2-1502",
        ),
    )
    window = _window(qtbot, with_tab, boss)
    assert "complaints_tab" in window.module_tabs
    tab = window.module_tabs["complaints_tab"]
    assert isinstance(tab, ComplaintsTab)
    assert window.open_view("complaints_tab", ComplaintList(ComplaintFilter(states=OPEN_STATES)))
    assert window.tabs.currentWidget() is tab
    assert tab.pages.currentWidget() is tab.complaints_page
    assert [r.id for r in tab.list_view.rows()] == [taken.id]
    assert window.open_record("complaint", taken.id, taken.id)
    assert tab.detail is not None
    assert tab.detail.id == taken.id
    assert window.open_view("complaints_tab", InquiriesDue(taken.received_at.date()))
    assert tab.pages.currentWidget() is tab.inquiry_panel
    assert window.open_view("complaints_tab", AnalysisYear(taken.received_at.year))
    assert tab.pages.currentWidget() is tab.analysis_panel


def test_settings_complaints_opens_the_deadline_rules(
    qtbot: QtBot, with_tab: Services, boss: Actor
) -> None:
    window = _window(qtbot, with_tab, boss)
    action, _entry = window.settings_actions["complaints_settings_action"]
    assert action.isVisible()
    action.trigger()
    dialogs = window.findChildren(ComplaintSettingsDialog)
    assert len(dialogs) == 1
    assert dialogs[0].isVisible()
    assert not dialogs[0].read_only
    dialogs[0].reject()
