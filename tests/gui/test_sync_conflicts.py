"""The conflicts list on a real station file: a repair ticket edited here and (said to
be) on the server from one version — a sync_conflict line holding both versions, as the
sync writes it — shown side by side with what differs marked, and resolved with the
buttons: keep this station's, take the server's (asked first), or merge as ticked with
the keyboard. A row the server refused shows its reason and offers no choice. Both
table models pass Qt's model tester."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.services.sync.conflicts import ConflictService
from propdesk.store.models import RepairTicket
from propdesk.store.models.sync import SyncConflict
from propdesk.store.sync.codec import to_json
from propdesk.store.sync.rows import read_rows
from propdesk.store.sync.tables import table_named
from propdesk.ui.sync.conflict_fields_model import COL_MINE, COL_THEIRS, ConflictFieldsModel
from propdesk.ui.sync.conflicts_dialog import ConflictsDialog
from propdesk.ui.sync.conflicts_model import ConflictListModel
from tests.gui.conftest import Boxes, actor_of, add_user


def _ticket(services: Services, admin: Actor) -> uuid.UUID:
    services.units.save(admin, UnitInput("3", "2", "1502"))
    leak = TicketInput(
        "张三", "13812345678", RepairCategory.PLUMBING, "厨房水管漏水", unit_code="3-2-1502"
    )
    return services.module(RepairServices).tickets.open_ticket(admin, leak).id


def _row(services: Services, key: uuid.UUID) -> dict[str, Any]:
    with services.store.read() as s:
        rows = read_rows(s.connection(), table_named("repair_ticket"), [key.hex])
    return to_json(rows[key.hex])


def _conflict(services: Services, key: uuid.UUID, kind: str = "edit", **theirs: Any) -> None:
    mine = _row(services, key)
    with services.store.write() as s:
        s.execute(
            insert(SyncConflict).values(
                id=uuid.uuid4(),
                tbl="repair_ticket",
                row_key=key.hex,
                kind=kind,
                local_row=mine,
                server_row={**mine, **theirs} if kind == "edit" else None,
                server_rev=7 if kind == "edit" else None,
                server_station="C" if kind == "edit" else "",
                message="" if kind == "edit" else "unit not found on the server",
            )
        )


def _stored(services: Services, key: uuid.UUID) -> RepairTicket:
    with services.store.read() as s:
        ticket = s.scalars(select(RepairTicket).where(RepairTicket.id == key)).one()
        s.expunge(ticket)
        return ticket


@pytest.fixture
def edited(ready_services: Services, admin: Actor) -> uuid.UUID:
    key = _ticket(ready_services, admin)
    _conflict(ready_services, key, description="厨房水管漏水，已关阀", reporter_name="张三丰")
    return key


def _open(qtbot: QtBot, services: Services, actor: Actor) -> ConflictsDialog:
    dialog = ConflictsDialog(ConflictService(services.store), actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_both_versions_side_by_side_with_what_differs_first(
    qtbot: QtBot, ready_services: Services, admin: Actor, edited: uuid.UUID
) -> None:
    dialog = _open(qtbot, ready_services, admin)
    lists = dialog.list_model
    assert lists.rowCount() == 1
    texts = [lists.index(0, c).data() for c in range(lists.columnCount())]
    assert texts[0] == "Repair ticket"
    assert texts[1].startswith("WX")  # the ticket's number
    assert texts[3] == "station C"
    fields = dialog.fields_model
    names = [fields.index(r, 0).data() for r in range(fields.rowCount())]
    assert names[:2] == ["reporter_name", "description"]
    assert fields.index(1, COL_MINE).data() == "厨房水管漏水"
    assert fields.index(1, COL_THEIRS).data() == "厨房水管漏水，已关阀"
    assert fields.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert fields.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # the same
    assert fields.index(2, COL_MINE).data(Qt.ItemDataRole.CheckStateRole) is None
    assert "both versions" in dialog.title.text()
    assert dialog.merge_button.isEnabled()


def test_take_the_server_s_after_asking(
    qtbot: QtBot, ready_services: Services, admin: Actor, edited: uuid.UUID, boxes: Boxes
) -> None:
    dialog = _open(qtbot, ready_services, admin)
    with qtbot.waitSignal(dialog.sig_resolved):
        dialog.take_button.click()
    assert "Take the server's version" in boxes.questions[-1]
    ticket = _stored(ready_services, edited)
    assert (ticket.description, ticket.reporter_name) == ("厨房水管漏水，已关阀", "张三丰")
    assert dialog.list_model.rowCount() == 0
    assert dialog.list_view.shows_empty_text()
    assert not dialog.keep_button.isEnabled()


def test_answering_no_takes_nothing(
    qtbot: QtBot, ready_services: Services, admin: Actor, edited: uuid.UUID, boxes: Boxes
) -> None:
    from PySide6.QtWidgets import QMessageBox

    boxes.answer = QMessageBox.StandardButton.No
    dialog = _open(qtbot, ready_services, admin)
    dialog.take_button.click()
    assert _stored(ready_services, edited).description == "厨房水管漏水"
    assert dialog.list_model.rowCount() == 1


def test_keep_this_station_s(
    qtbot: QtBot, ready_services: Services, admin: Actor, edited: uuid.UUID
) -> None:
    dialog = _open(qtbot, ready_services, admin)
    dialog.keep_button.click()
    ticket = _stored(ready_services, edited)
    assert (ticket.description, ticket.reporter_name) == ("厨房水管漏水", "张三")
    assert ConflictService(ready_services.store).open_conflicts(admin) == []


def test_merge_as_ticked_with_the_keyboard(
    qtbot: QtBot, ready_services: Services, admin: Actor, edited: uuid.UUID
) -> None:
    dialog = _open(qtbot, ready_services, admin)
    view = dialog.fields_view
    view.setFocus()
    # the description (second line): this station's, ticked with Space
    view.setCurrentIndex(dialog.fields_model.index(1, COL_MINE))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.fields_model.choice() == {"reporter_name": "theirs", "description": "mine"}
    assert dialog.fields_model.index(1, COL_THEIRS).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    ticket = _stored(ready_services, edited)
    assert (ticket.description, ticket.reporter_name) == ("厨房水管漏水", "张三丰")
    assert dialog.list_model.rowCount() == 0


def test_a_refused_row_shows_the_server_s_reason_and_offers_no_choice(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    key = _ticket(ready_services, admin)
    _conflict(ready_services, key, kind="refused")
    dialog = _open(qtbot, ready_services, admin)
    assert dialog.list_model.index(0, 3).data() == "the server"
    assert "unit not found on the server" in dialog.list_model.index(0, 4).data()
    assert "unit not found on the server" in dialog.note.text()
    assert "its own tab" in dialog.note.text()
    for button in (dialog.keep_button, dialog.take_button, dialog.merge_button):
        assert not button.isEnabled()
    fields = dialog.fields_model
    assert fields.index(0, COL_MINE).data(Qt.ItemDataRole.CheckStateRole) is None
    assert fields.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # nothing to compare
    assert fields.choice() == {}


def test_a_guard_sees_the_conflicts_but_does_not_resolve_them(
    qtbot: QtBot, ready_services: Services, admin: Actor, edited: uuid.UUID
) -> None:
    guard = actor_of(ready_services, add_user(ready_services, admin, "li", "李保安", Role.GUARD))
    dialog = _open(qtbot, ready_services, guard)
    assert dialog.list_model.rowCount() == 1
    assert not dialog.keep_button.isEnabled()
    assert "not resolve" in dialog.note.text()


def _check(qtmodeltester: Any, model: object, fill: Callable[[], None]) -> None:
    qtmodeltester.check(model)
    fill()
    qtmodeltester.check(model)


def test_the_table_models_pass_the_model_tester(
    qtmodeltester: Any, ready_services: Services, admin: Actor, edited: uuid.UUID
) -> None:
    views = ConflictService(ready_services.store).open_conflicts(admin)
    lists = ConflictListModel()
    _check(qtmodeltester, lists, lambda: lists.set_rows(views))
    fields = ConflictFieldsModel()
    _check(qtmodeltester, fields, lambda: fields.set_conflict(views[0]))
    assert fields.setData(
        fields.index(0, COL_MINE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert not fields.setData(fields.index(0, 0), "x", Qt.ItemDataRole.EditRole)
    assert fields.rowCount(fields.index(0, 0)) == 0
    assert fields.data(QModelIndex()) is None
    qtmodeltester.check(fields)
