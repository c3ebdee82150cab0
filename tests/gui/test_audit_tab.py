"""Audit log tab: pages newest first, filters, before/after, and the chain check."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.ui.tabs.audit.audit_model import (
    COL_ACTION,
    COL_AFTER,
    COL_BEFORE,
    COL_ENTITY,
    COL_FIELD,
    COL_SEQ,
    COL_USER,
    AuditChangesModel,
    AuditTableModel,
)
from propdesk.ui.tabs.audit.tab import AuditTab
from tests.gui.conftest import Boxes, add_user

PEOPLE = [
    ("guard.1", "保安一"),
    ("guard.2", "保安二"),
    ("guard.3", "保安三"),
    ("guard.4", "保安四"),
]


@pytest.fixture
def history(ready_services: Services, admin: Actor) -> Services:
    """Entries 1–5 create admin and four guards; 6 makes guard.1 a clerk; 7 disables guard.2."""
    users = [add_user(ready_services, admin, u, n, Role.GUARD) for u, n in PEOPLE]
    ready_services.accounts.change_role(admin, users[0].id, Role.CLERK)
    ready_services.accounts.set_active(admin, users[1].id, False, reason="离职")
    return ready_services


def _tab(qtbot: QtBot, services: Services, actor: Actor, page_size: int = 3) -> AuditTab:
    tab = AuditTab(services, actor, page_size=page_size)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _seqs(tab: AuditTab) -> list[int]:
    return [int(tab.model.index(r, COL_SEQ).data()) for r in range(tab.model.rowCount())]


def test_pages_newest_first(qtbot: QtBot, history: Services, admin: Actor) -> None:
    tab = _tab(qtbot, history, admin)
    assert _seqs(tab) == [7, 6, 5]
    assert tab.page_label.text() == "Rows 1–3 of 7"
    assert not tab.prev_button.isEnabled()
    assert tab.next_button.isEnabled()
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert _seqs(tab) == [4, 3, 2]
    assert tab.page_label.text() == "Rows 4–6 of 7"
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert _seqs(tab) == [1]
    assert tab.page_label.text() == "Rows 7–7 of 7"
    assert not tab.next_button.isEnabled()
    qtbot.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)
    assert _seqs(tab) == [4, 3, 2]
    assert tab.prev_button.isEnabled()


def test_filters_by_user_record_type_action_and_date(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    users = [tab.user_combo.itemText(i) for i in range(tab.user_combo.count())]
    assert users == ["(all)", "admin", "setup"]  # setup: the first admin at first start
    actions = [tab.action_combo.itemText(i) for i in range(tab.action_combo.count())]
    assert actions == ["(all)", "created", "changed"]
    assert tab.entity_combo.findData("user") > 0

    tab.action_combo.setCurrentIndex(tab.action_combo.findData("update"))
    assert _seqs(tab) == [7, 6]
    assert tab.page_label.text() == "Rows 1–2 of 2"
    assert {tab.model.index(r, COL_ACTION).data() for r in range(2)} == {"changed"}

    tab.user_combo.setCurrentIndex(tab.user_combo.findData("admin"))
    tab.entity_combo.setCurrentIndex(tab.entity_combo.findData("user"))
    assert _seqs(tab) == [7, 6]
    assert tab.model.index(0, COL_USER).data() == "admin"
    assert tab.model.index(0, COL_ENTITY).data() == "user"

    tomorrow = date.today() + timedelta(days=1)
    tab.from_check.setChecked(True)
    assert tab.from_edit.isEnabled()
    tab.from_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert tab.model.rowCount() == 0
    assert tab.page_label.text() == "No entries"
    assert tab.current_filter().date_from == tomorrow

    tab.to_check.setChecked(True)
    tab.from_edit.setDate(QDate.currentDate())
    assert tab.current_filter() == AuditFilter(
        date.today(), date.today(), "admin", "user", "update"
    )
    assert _seqs(tab) == [7, 6]

    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.current_filter() == AuditFilter()
    assert tab.page_label.text() == "Rows 1–3 of 7"


def test_a_filter_starts_again_at_the_first_page(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin, page_size=2)
    tab.next_page()
    tab.next_page()
    assert tab.offset == 4
    tab.action_combo.setCurrentIndex(tab.action_combo.findData("create"))
    assert tab.offset == 0
    assert _seqs(tab) == [5, 4]


def test_selected_entry_shows_before_and_after(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    assert tab.changes_model.rowCount() == 0
    rect = tab.view.visualRect(tab.model.index(1, COL_SEQ))  # entry 6: role change
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    changes = tab.changes_model
    assert changes.rowCount() == 1
    row = [changes.index(0, c).data() for c in (COL_FIELD, COL_BEFORE, COL_AFTER)]
    assert row == ["role", "Guard", "Clerk"]
    assert "#6" in tab.detail_label.text()

    rect = tab.view.visualRect(tab.model.index(0, COL_SEQ))  # entry 7: disabled
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [changes.index(0, c).data() for c in (COL_FIELD, COL_BEFORE, COL_AFTER)] == [
        "active",
        "yes",
        "no",
    ]
    assert "Reason: 离职" in tab.detail_label.text()


def test_verify_chain_intact_then_tampered(
    qtbot: QtBot, history: Services, admin: Actor, boxes: Boxes
) -> None:
    tab = _tab(qtbot, history, admin)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.verify_label.text() == "Chain intact"
    assert "intact: 7 entries checked" in boxes.texts()[-1]

    with history.store.write() as session:
        session.execute(text("UPDATE audit_entry SET reason = 'nothing' WHERE seq = 4"))
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.verify_label.text() == "Chain broken at #4"
    assert "entry #4 (an entry was changed)" in boxes.texts()[-1]
    assert "3 entries before it are intact" in boxes.texts()[-1]


def test_new_entries_show_when_the_tab_is_refreshed(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    add_user(history, admin, "late", "迟到", Role.CLERK)
    assert _seqs(tab)[0] == 7
    tab.refresh()
    assert _seqs(tab)[0] == 8


def test_audit_models(qtmodeltester: ModelTester, history: Services, admin: Actor) -> None:
    page = history.audit.page(admin, AuditFilter())
    model = AuditTableModel()
    model.set_rows(page.rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert model.headerData(COL_SEQ, Qt.Orientation.Horizontal) == "#"
    assert model.headerData(0, Qt.Orientation.Vertical) is None

    changes = AuditChangesModel()
    changes.set_entry(page.rows[0])
    qtmodeltester.check(changes)
    changes.set_entry(page.rows[-1])  # a creation: no before, everything after
    qtmodeltester.check(changes)
    assert changes.rowCount() == 4
    assert {changes.index(r, COL_BEFORE).data() for r in range(4)} == {""}


def test_a_page_that_emptied_steps_back_to_the_last_page_there_is(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    tab.next_page()
    tab.next_page()
    assert _seqs(tab) == [1]
    with history.store.write() as session:  # as if the oldest entry were gone
        session.execute(text("DELETE FROM audit_entry WHERE seq = 1"))
    tab.refresh()
    assert _seqs(tab) == [4, 3, 2]
    assert tab.offset == 3
    assert tab.page_label.text() == "Rows 4–6 of 6"
    assert not tab.next_button.isEnabled()
    assert tab.prev_button.isEnabled()
