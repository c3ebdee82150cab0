"""The audit tab with syncing stations' chains (issue 22): each entry shows the station
whose chain holds it (the column hidden while no entry on the page has one), the list
stays newest first by time, and the chain check names the station whose chain broke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.store.models import AuditEntry
from propdesk.ui.tabs.audit.audit_model import COL_CHAIN, COL_SEQ, AuditTableModel
from propdesk.ui.tabs.audit.tab import AuditTab
from tests.gui.conftest import Boxes, add_user
from tests.station_letter import write_as


@pytest.fixture
def stations(ready_services: Services, admin: Actor) -> Services:
    """The database's own chain: setup, admin, guard.1 (3 entries), later guard.4 (4);
    station B's chain: guard.2 and guard.3 (2 entries, written in between)."""
    add_user(ready_services, admin, "guard.1", "保安一", Role.GUARD)
    write_as(ready_services, "B")
    add_user(ready_services, admin, "guard.2", "保安二", Role.GUARD)
    add_user(ready_services, admin, "guard.3", "保安三", Role.GUARD)
    write_as(ready_services, "")
    add_user(ready_services, admin, "guard.4", "保安四", Role.GUARD)
    return ready_services


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> AuditTab:
    tab = AuditTab(services, actor, page_size=10)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _listed(tab: AuditTab) -> list[tuple[str, str]]:
    model = tab.model
    return [
        (model.index(r, COL_CHAIN).data(), model.index(r, COL_SEQ).data())
        for r in range(model.rowCount())
    ]


def _verify_by_keyboard(qtbot: QtBot, tab: AuditTab) -> None:
    tab.verify_button.setFocus()
    qtbot.keyClick(tab.verify_button, Qt.Key.Key_Space)


def test_entries_show_their_station_newest_first(
    qtbot: QtBot, stations: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, stations, admin)
    assert _listed(tab) == [("", "4"), ("B", "2"), ("B", "1"), ("", "3"), ("", "2"), ("", "1")]
    assert not tab.view.isColumnHidden(COL_CHAIN)
    assert tab.view.horizontalHeader().visualIndex(COL_CHAIN) == COL_SEQ + 1  # shown next to #
    tip = tab.model.index(1, COL_CHAIN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Written on station B's own copy, in its own audit chain."
    assert not tab.model.index(0, COL_CHAIN).data(Qt.ItemDataRole.ToolTipRole)
    tab.view.selectRow(1)
    assert "station B's own copy" in tab.detail_label.text()


def test_the_station_column_is_hidden_without_stations(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, ready_services, admin)
    assert tab.model.rowCount() > 0
    assert tab.view.isColumnHidden(COL_CHAIN)


def test_verify_names_the_station_whose_chain_broke(
    qtbot: QtBot, stations: Services, admin: Actor, boxes: Boxes
) -> None:
    tab = _tab(qtbot, stations, admin)
    _verify_by_keyboard(qtbot, tab)
    assert tab.verify_label.text() == "Chain intact"
    said = boxes.texts()[-1]
    assert "intact: 6 entries checked" in said
    assert "The audit trail of this database: 4 entries, intact." in said
    assert "The audit trail of station B: 2 entries, intact." in said

    with stations.store.write() as session:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.chain == "B", AuditEntry.seq == 2)
            .values(reason="改过")
        )
    _verify_by_keyboard(qtbot, tab)
    assert tab.verify_label.text() == "Chain of station B broken at #2"
    said = boxes.texts()[-1]
    assert (
        "The audit trail of station B was tampered with at entry #2 (an entry was changed). "
        "The 1 entries before it are intact."
    ) in said
    assert "The audit trail of this database: 4 entries, intact." in said


def test_the_model_with_stations_chains(
    qtmodeltester: ModelTester, stations: Services, admin: Actor
) -> None:
    model = AuditTableModel()
    model.set_rows(stations.audit.page(admin, AuditFilter()).rows)
    qtmodeltester.check(model)
    assert model.headerData(COL_CHAIN, Qt.Orientation.Horizontal) == "Chain"
    assert [model.index(r, COL_CHAIN).data() for r in range(model.rowCount())] == [
        "",
        "B",
        "B",
        "",
        "",
        "",
    ]
