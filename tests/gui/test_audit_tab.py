"""Audit log tab: pages newest first, filters, before/after, and the chain check."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter, AuditRow
from propdesk.services.core.audit_labels import LABELS, NAMED_BY_ENTRY
from propdesk.services.gate import events as gate_events
from propdesk.services.gate import handover, items
from propdesk.services.master_data import buildings, cards, residents, staff, units, vehicles
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.patrol import findings, rounds, routes, wand_import
from propdesk.services.repairs import tickets
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.services.station import accounts, estate
from propdesk.store.base import utcnow
from propdesk.ui.tabs.audit.audit_fields import field_name
from propdesk.ui.tabs.audit.audit_model import (
    COL_ACTION,
    COL_AFTER,
    COL_BEFORE,
    COL_ENTITY,
    COL_FIELD,
    COL_RECORD,
    COL_SEQ,
    COL_USER,
    AuditChangesModel,
    AuditTableModel,
)
from propdesk.ui.tabs.audit.audit_names import entity_name, reason_text
from propdesk.ui.tabs.audit.audit_values import value_text
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
    """Entry 1 sets the estate up (ready_services); 2–6 create admin and four guards;
    7 makes guard.1 a clerk; 8 disables guard.2."""
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
    assert _seqs(tab) == [8, 7, 6]
    assert tab.page_label.text() == "Rows 1–3 of 8"
    assert not tab.prev_button.isEnabled()
    assert tab.next_button.isEnabled()
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert _seqs(tab) == [5, 4, 3]
    assert tab.page_label.text() == "Rows 4–6 of 8"
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert _seqs(tab) == [2, 1]
    assert tab.page_label.text() == "Rows 7–8 of 8"
    assert not tab.next_button.isEnabled()
    qtbot.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)
    assert _seqs(tab) == [5, 4, 3]
    assert tab.prev_button.isEnabled()


def test_filters_by_user_record_type_action_and_date(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    users = [tab.user_combo.itemText(i) for i in range(tab.user_combo.count())]
    # People by name, their login kept for the administrator; setup (the first admin's
    # creation at first start) is no user and shows as it is.
    assert users == ["(all)", "setup", "王经理 (admin)"]
    actions = [tab.action_combo.itemText(i) for i in range(tab.action_combo.count())]
    assert actions == ["(all)", "created", "changed"]
    assert tab.entity_combo.findData("user") > 0

    tab.action_combo.setCurrentIndex(tab.action_combo.findData("update"))
    assert _seqs(tab) == [8, 7]
    assert tab.page_label.text() == "Rows 1–2 of 2"
    assert {tab.model.index(r, COL_ACTION).data() for r in range(2)} == {"changed"}

    tab.user_combo.setCurrentIndex(tab.user_combo.findData("admin"))
    tab.entity_combo.setCurrentIndex(tab.entity_combo.findData("user"))
    assert _seqs(tab) == [8, 7]
    assert tab.model.index(0, COL_USER).data() == "王经理"
    assert tab.model.index(0, COL_USER).data(Qt.ItemDataRole.ToolTipRole) == "Login: admin"
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
    assert _seqs(tab) == [8, 7]

    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.current_filter() == AuditFilter()
    assert tab.page_label.text() == "Rows 1–3 of 8"


def test_a_filter_starts_again_at_the_first_page(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin, page_size=2)
    tab.next_page()
    tab.next_page()
    assert tab.offset == 4
    tab.action_combo.setCurrentIndex(tab.action_combo.findData("create"))
    assert tab.offset == 0
    assert _seqs(tab) == [6, 5]


def test_selected_entry_shows_before_and_after(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    assert tab.changes_model.rowCount() == 0
    rect = tab.view.visualRect(tab.model.index(1, COL_SEQ))  # entry 7: role change
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    changes = tab.changes_model
    assert changes.rowCount() == 1
    row = [changes.index(0, c).data() for c in (COL_FIELD, COL_BEFORE, COL_AFTER)]
    assert row == ["role", "Guard", "Clerk"]
    assert tab.detail_label.text() == "Entry #7: 王经理 (admin) changed user 保安一"

    rect = tab.view.visualRect(tab.model.index(0, COL_SEQ))  # entry 8: disabled
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
    assert "intact: 8 entries checked" in boxes.texts()[-1]

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
    assert _seqs(tab)[0] == 8
    tab.refresh()
    assert _seqs(tab)[0] == 9


def test_audit_models(qtmodeltester: ModelTester, history: Services, admin: Actor) -> None:
    page = history.audit.page(admin, AuditFilter())
    model = AuditTableModel()
    model.set_rows(page.rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    assert model.headerData(COL_SEQ, Qt.Orientation.Horizontal) == "#"
    assert model.headerData(0, Qt.Orientation.Vertical) is None

    changes = AuditChangesModel()
    changes.set_entry(page.rows[0])
    qtmodeltester.check(changes)
    changes.set_entry(page.rows[-2])  # the first admin's creation: no before, all after
    qtmodeltester.check(changes)
    assert changes.rowCount() == 4
    assert {changes.index(r, COL_BEFORE).data() for r in range(4)} == {""}


def test_a_page_that_emptied_steps_back_to_the_last_page_there_is(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    tab.next_page()
    tab.next_page()
    assert _seqs(tab) == [2, 1]
    with history.store.write() as session:  # as if the oldest entries were gone
        session.execute(text("DELETE FROM audit_entry WHERE seq <= 2"))
    tab.refresh()
    assert _seqs(tab) == [5, 4, 3]
    assert tab.offset == 3
    assert tab.page_label.text() == "Rows 4–6 of 6"
    assert not tab.next_button.isEnabled()
    assert tab.prev_button.isEnabled()


# -- in the user's words -----------------------------------------------------------------
def _cells(model: AuditTableModel | AuditChangesModel, row: int, columns: range) -> list[str]:
    return [model.index(row, c).data() for c in columns]


def _changes(tab: AuditTab, row: int) -> dict[str, tuple[str, str]]:
    """The changes of the log's `row` once it is clicked: field -> (before, after)."""
    rect = tab.view.visualRect(tab.model.index(row, COL_SEQ))
    QtBot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    changes = tab.changes_model
    return {
        changes.index(r, COL_FIELD).data(): (
            changes.index(r, COL_BEFORE).data(),
            changes.index(r, COL_AFTER).data(),
        )
        for r in range(changes.rowCount())
    }


def test_records_and_people_show_by_name_with_the_ids_in_tooltips(
    qtbot: QtBot, history: Services, admin: Actor
) -> None:
    tab = _tab(qtbot, history, admin)
    disabled = tab.model.index(0, COL_RECORD)  # entry 7: guard.2 disabled
    assert disabled.data() == "保安二"
    user_id = tab.model.row_at(0).entity_id
    assert disabled.data(Qt.ItemDataRole.ToolTipRole) == f"保安二\nID: {user_id}"
    assert tab.model.index(0, COL_USER).data() == "王经理"


def test_a_repair_ticket_reads_in_words(
    qtbot: QtBot, ready_services: Services, admin: Actor, beijing_time: None
) -> None:
    services = ready_services
    services.units.save(admin, UnitInput("3", "2", "1502"))
    wang = services.staff.save(admin, StaffInput("王师傅", "engineering", "水电工"))
    repairs = services.module(RepairServices).tickets
    ticket = repairs.open_ticket(
        admin,
        TicketInput(
            reporter_name="张三",
            reporter_phone="13812345678",
            category=RepairCategory.PLUMBING,
            description="厨房水管漏水",
            unit_code="3-2-1502",
        ),
    )
    repairs.step(admin, ticket.id, StepRequest(RepairStep.DISPATCH, technician_id=wang.id))
    tab = _tab(qtbot, services, admin)
    assert _cells(tab.model, 0, range(COL_USER, COL_ACTION + 1)) == [
        "王经理",
        "岗亭",
        "repair ticket",
        ticket.number,
        "changed",
    ]
    # The number is shown whole, not cut short as a long id was.
    number_width = tab.view.fontMetrics().horizontalAdvance(ticket.number)
    assert tab.view.columnWidth(COL_RECORD) > number_width
    changes = _changes(tab, 0)
    assert changes["state"] == ("Reported", "Dispatched")
    assert changes["technician"] == ("", "王师傅")
    dispatched = changes["dispatched at"][1]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", dispatched)
    opened = _changes(tab, 1)
    assert opened["fault description"] == ("", "厨房水管漏水")
    assert opened["reporter's phone"] == ("", "13812345678")
    assert opened["unit"] == ("", "3-2-1502")
    assert opened["priority"] == ("", "Normal")
    assert opened["category"] == ("", "Plumbing")
    assert "common area" not in opened  # a new record's empty fields are left out


def test_an_id_number_change_reads_changed_with_masked_numbers(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    services = ready_services
    services.units.save(admin, UnitInput("3", "2", "1502"))
    data = ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number="11010519491231002X")
    zhang = services.residents.save(admin, data)
    services.residents.update(admin, zhang.id, replace(data, id_number="110105199001011232"))
    tab = _tab(qtbot, services, admin)
    assert _cells(tab.model, 0, range(COL_ENTITY, COL_ACTION + 1)) == [
        "resident",
        "张三",
        "changed",
    ]
    assert _changes(tab, 0) == {"ID number": ("110***********002X", "110***********1232")}
    assert _changes(tab, 1)["relation"] == ("", "Owner")


# Every field each kind of record writes into its before and after (the services'
# tuples), and the entries written by hand (a restore, a setting, a wand import, the
# retention run, the demo data's counts).
WRITTEN: dict[str, tuple[str, ...]] = {
    "user": (*accounts.AUDITED_FIELDS, "password"),
    "estate": estate.FIELDS,
    "estate_setting": ("value",),
    "database": ("file", "previous_kept_as"),
    "building": buildings.FIELDS,
    "unit": units.FIELDS,
    "resident": residents.FIELDS,
    "card": cards.FIELDS,
    "parking_space": vehicles.SPACE_FIELDS,
    "vehicle": vehicles.FIELDS,
    "staff": staff.FIELDS,
    "gate_event": (*gate_events.FIELDS, "cutoff", "days", "events_blanked"),
    "release_authorisation": items.AUTH_FIELDS,
    "shift_handover": handover.FIELDS,
    "repair_ticket": tickets.FIELDS,
    "patrol_route": routes.ROUTE_FIELDS,
    "patrol_checkpoint": routes.CHECKPOINT_FIELDS,
    "patrol_round": rounds.FIELDS,
    "patrol_finding": findings.FIELDS,
    "patrol_wand_tag": wand_import.TAG_FIELDS,
    "patrol_wand_import": ("file", "model", "swipes", "rounds", "listed"),
    "demo_data": (
        "estate", "seed", "scale", "buildings", "units", "residents", "moved_out",
        "parking_spaces", "vehicles", "cards", "lost_cards", "gate_events",
        "shift_handovers", "repair_tickets", "patrol_rounds",
    ),
}  # fmt: skip


class Marking(QTranslator):
    """Translates every text into itself in brackets: a word that was never put up for
    translation (a code shown as stored) stays bare."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return f"[{source}]"


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_kind_of_record_and_field_the_services_write_has_words(marking: None) -> None:
    assert set(WRITTEN) <= set(LABELS) | NAMED_BY_ENTRY
    assert entity_name("repair_ticket") == "[repair ticket]"
    unnamed = [e for e in WRITTEN if not entity_name(e).startswith("[")]
    assert not unnamed
    unnamed = [
        f"{e}.{f}"
        for e, fields in WRITTEN.items()
        for f in fields
        if not field_name(e, f).startswith("[")
    ]
    assert not unnamed
    # The reason the program writes is translated, the reason a person typed kept.
    assert reason_text("demo data created") == "[demo data created]"
    assert reason_text("离职") == "离职"
    # One word for two fields of one record would make its changes ambiguous.
    for entity, fields in WRITTEN.items():
        words = [field_name(entity, f) for f in fields]
        assert len(set(words)) == len(words), entity


def test_values_read_as_words_money_and_local_seconds(
    ready_services: Services, admin: Actor, beijing_time: None
) -> None:
    row = AuditRow(1, utcnow(), "岗亭", "admin", "repair_ticket", "x", "update", {}, {}, "")
    assert value_text(row, "state", "in_repair") == "Being repaired"
    assert value_text(row, "state", "a_newer_state") == "a_newer_state"
    assert value_text(row, "quote_labour_fen", 5000) == "¥50.00"
    assert value_text(row, "paid", True) == "yes"
    assert value_text(row, "closed_at", "2026-03-01T01:02:03.456789+00:00") == "2026-03-01 09:02:03"
    assert value_text(row, "closed_at", "2026-03-01") == "2026-03-01"
    assert (
        value_text(row, "description", "2026-03-01T01:02 不是时间") == "2026-03-01T01:02 不是时间"
    )
    unit = AuditRow(1, utcnow(), "岗亭", "admin", "unit", "x", "create", {}, {}, "")
    assert value_text(unit, "area_centi_m2", 8950) == "89.50 m²"
    gate = AuditRow(1, utcnow(), "岗亭", "admin", "gate_event", "x", "create", {}, {}, "")
    assert value_text(gate, "kind", "refused_card") == "Card refused"
    assert value_text(gate, "host_confirmation", "in_person") == "In person"
    patrol = AuditRow(1, utcnow(), "岗亭", "admin", "patrol_round", "x", "update", {}, {}, "")
    assert value_text(patrol, "state", "abandoned") == "Abandoned"
