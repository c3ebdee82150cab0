"""The forms of the gate and the registers cut a paste at the service's own limit
(issue 16): what a box holds, the service takes; nothing is refused after Save for
being too long."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from propdesk.domain.plates import PLATE_TYPED_MAX
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate import entries, handover, items, notices, visits
from propdesk.services.master_data import buildings, staff, units
from propdesk.services.station import accounts
from propdesk.services.station.settings import MAX_STATION
from propdesk.ui.station_dialog import StationDialog
from propdesk.ui.tabs.gate.handover_form import HandoverForm
from propdesk.ui.tabs.gate.item_forms import ReleaseSlipForm
from propdesk.ui.tabs.gate.notice_form import NoticeForm
from propdesk.ui.tabs.gate.visitor_form import VisitorForm
from propdesk.ui.tabs.residents.building_form import BuildingForm
from propdesk.ui.tabs.residents.unit_form import UnitForm
from propdesk.ui.tabs.staff.staff_form import StaffForm
from propdesk.ui.tabs.users.user_form import AddUserDialog


def limits(form: object, *names: str) -> list[int]:
    return [getattr(form, name).maxLength() for name in names]


def pasted(edit: QLineEdit) -> int:
    edit.setFocus()
    edit.insert("号" * 1_000)
    return len(edit.text())


def test_gate_forms_take_what_the_services_take(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    visitor = VisitorForm(ready_services, admin)
    qtbot.addWidget(visitor)
    assert limits(visitor, "name_edit", "phone_edit", "id_edit", "unit_edit", "purpose_edit") == [
        entries.NAME_MAX,
        entries.PHONE_MAX,
        entries.ID_NUMBER_MAX,
        units.UNIT_CODE_MAX,
        visits.PURPOSE_MAX,
    ]
    assert pasted(visitor.id_edit) == entries.ID_NUMBER_MAX
    notice = NoticeForm(ready_services, admin)
    qtbot.addWidget(notice)
    assert limits(notice, "plate_edit", "place_edit", "note_edit") == [
        PLATE_TYPED_MAX,
        notices.PLACE_MAX,
        notices.NOTE_MAX,
    ]
    slip = ReleaseSlipForm(ready_services, admin)
    qtbot.addWidget(slip)
    assert limits(slip, "unit_edit", "description_edit", "authorised_by_edit") == [
        units.UNIT_CODE_MAX,
        items.DESCRIPTION_MAX,
        items.NAME_MAX,
    ]
    shift = HandoverForm(ready_services, admin)
    qtbot.addWidget(shift)
    assert shift.to_edit.maxLength() == handover.NAME_MAX
    shift.matters_edit.insertPlainText("门岗\n" * 1_000)
    assert len(shift.matters_edit.toPlainText()) == handover.MATTERS_MAX


def test_register_and_station_forms_take_what_the_services_take(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    unit = UnitForm(ready_services, admin)
    qtbot.addWidget(unit)
    assert limits(unit, "building_edit", "entrance_edit", "room_edit", "area_edit") == [
        units.PART_MAX,
        units.ENTRANCE_MAX,
        units.PART_MAX,
        units.AREA_MAX,
    ]
    building = BuildingForm(ready_services, admin)
    qtbot.addWidget(building)
    assert limits(building, "code_edit", "name_edit") == [buildings.CODE_MAX, buildings.NAME_MAX]
    person = StaffForm(ready_services, admin, ready_services.staff.list_departments(admin))
    qtbot.addWidget(person)
    assert limits(person, "name_edit", "position_edit", "phone_edit") == [
        staff.NAME_MAX,
        staff.POSITION_MAX,
        staff.PHONE_MAX,
    ]
    user = AddUserDialog(ready_services.accounts, admin)
    qtbot.addWidget(user)
    assert limits(user, "username_edit", "name_edit", "password_edit") == [
        accounts.USERNAME_MAX,
        accounts.DISPLAY_NAME_MAX,
        accounts.MAX_PASSWORD,
    ]
    station = StationDialog(ready_services.settings)
    qtbot.addWidget(station)
    assert pasted(station.name_edit) == MAX_STATION
