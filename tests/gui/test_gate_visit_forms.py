"""A visit at the gate, on foot or by car: the unit visited and the purpose are asked of
both; the common purposes are one click; the fields that must be filled are marked and
every problem is shown at once. "Inside now" reads time as hours and minutes and flags
a visitor's car past the set hour, as it flags a visitor."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import InsideNowRow
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.journal import JournalFilter
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import VehicleInsideRow
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.store.base import utcnow
from propdesk.ui.tabs.gate.gate_form import GateForm
from propdesk.ui.tabs.gate.gate_printing import GatePrinting
from propdesk.ui.tabs.gate.inside_now_model import (
    InsideNowTableModel,
    VehiclesInsideTableModel,
    since_text,
    time_inside,
)
from propdesk.ui.tabs.gate.journal_model import details
from propdesk.ui.tabs.gate.tab import GateTab
from propdesk.ui.widgets.dto_table_model import FLAGGED_BACKGROUND
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")


@pytest.fixture
def estate(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三"))
    monkeypatch.setattr(GatePrinting, "visitor_pass", lambda *_args: None)
    return services


def _tab(qtbot: QtBot, services: Services) -> GateTab:
    tab = GateTab(services, GUARD)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _focused() -> QApplication:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget  # type: ignore[return-value]


def _label_of(form: GateForm, name: str) -> str:
    """The text of the label in front of the field `name`."""
    field = form.findChild(QLabel, f"error_{name}")
    assert field is not None
    box = field.parentWidget()
    label = form.form.labelForField(box)
    assert isinstance(label, QLabel)
    return label.text()


def _errors(form: GateForm, *names: str) -> dict[str, str]:
    return {name: form.form.error_text(name) for name in names}


# -- the visitor's form -----------------------------------------------------------


def test_the_visitor_form_marks_what_must_be_filled_and_shows_every_problem_at_once(
    qtbot: QtBot, estate: Services, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate)
    form = tab.open_visitor_form()
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    required = ("name", "phone", "unit_code", "purpose", "confirmed_by")
    for name in required:
        assert _label_of(form, name).endswith("*</span>"), name
    assert "*" not in _label_of(form, "id_number")  # optional
    assert form.required_note is not None
    assert form.required_note.isVisible()

    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)  # OK with nothing filled in
    assert form.isVisible()
    errors = _errors(form, *required)
    assert all(errors.values()), errors
    assert errors["purpose"] == "Enter the purpose of the visit (at most 100 characters)."
    assert errors["unit_code"] == "Enter the unit visited (e.g. 3-2-1502)."
    assert form.name_edit.hasFocus()  # the first problem's field
    assert not boxes.shown
    assert estate.module(GateServices).entries.inside_now(GUARD) == []

    # The rest filled in, one field still wrong: only its message stays.
    type_text(form.name_edit, "赵六")
    form.phone_edit.setText("13900001111")
    form.unit_edit.setText("9-9-999")
    form.purpose_picks.buttons[0].click()  # Delivery
    assert form.purpose_edit.text() == "Delivery"
    assert form.purpose_edit.hasFocus()
    type_text(form.confirmed_by_edit, "张三")
    qtbot.keyClick(form.purpose_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    assert _errors(form, *required) == {
        "name": "",
        "phone": "",
        "unit_code": "There is no unit 9-9-999.",
        "purpose": "",
        "confirmed_by": "",
    }
    form.unit_edit.setText("3-2-1502")
    qtbot.keyClick(form.unit_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.visitor_form is None)
    (row,) = estate.module(GateServices).entries.inside_now(GUARD)
    assert (row.name, row.unit_code, row.purpose) == ("赵六", "3-2-1502", "Delivery")


def test_the_purpose_picks_are_the_common_ones_and_other_lets_one_type(
    qtbot: QtBot, estate: Services
) -> None:
    tab = _tab(qtbot, estate)
    form = tab.open_visitor_form()
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    picks = form.purpose_picks
    assert [b.text() for b in picks.buttons] == [
        "Delivery",
        "Food delivery",
        "Visiting friends",
        "Housekeeping",
        "Renovation",
        "Other",
    ]
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in picks.buttons)  # Tab skips
    picks.buttons[4].click()
    assert form.purpose_edit.text() == "Renovation"
    picks.other_button.click()
    assert form.purpose_edit.text() == ""
    assert form.purpose_edit.hasFocus()
    form.reject()


# -- a visitor's car ----------------------------------------------------------------


def test_a_visitors_car_is_asked_which_unit_and_why(
    qtbot: QtBot, estate: Services, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate)
    panel = tab.vehicle_panel
    panel.in_edit.setFocus()
    type_text(panel.in_edit, "京a88888")
    qtbot.keyClick(panel.in_edit, Qt.Key.Key_Return)
    form = panel.visit_form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    assert form.plate_label.text() == "京A88888"
    assert form.unit_edit.hasFocus()
    assert estate.module(GateServices).vehicles.inside_now(GUARD) == []  # not yet in
    for name in ("unit_code", "purpose"):
        assert _label_of(form, name).endswith("*</span>"), name

    qtbot.keyClick(form.unit_edit, Qt.Key.Key_Return)  # both missing: both said
    assert form.isVisible()
    assert all(_errors(form, "unit_code", "purpose").values())
    type_text(form.unit_edit, "3-2-1502")
    form.purpose_picks.buttons[0].click()  # Delivery
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.visit_form is None)
    qtbot.waitUntil(panel.in_edit.hasFocus)

    (car,) = estate.module(GateServices).vehicles.inside_now(GUARD)
    assert (car.plate, car.registered, car.unit_code, car.purpose) == (
        "京A88888",
        False,
        "3-2-1502",
        "Delivery",
    )
    assert tab.outcome.text == (
        f"京A88888 in: visitor's vehicle for 3-2-1502 (Delivery)\n"
        f"Hand over permit {car.permit_number}."
    )
    assert panel.in_edit.text() == ""
    model = tab.vehicles_model
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert shown[model.COL_UNIT] == "3-2-1502"
    assert shown[model.COL_WHO] == "Delivery"
    (entered,) = (
        estate.module(GateServices)
        .journal.page(GUARD, JournalFilter(kinds=frozenset({GateEventKind.VEHICLE_IN})), limit=10)
        .rows
    )
    assert entered.unit_code == "3-2-1502"
    assert "Delivery" in details(entered)
    assert not boxes.shown


def test_a_visitors_car_cancelled_is_not_logged(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    panel = tab.vehicle_panel
    panel.in_edit.setFocus()
    qtbot.keyClicks(panel.in_edit, "A88888")
    form = panel.open_visit_form("京A88888")
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.unit_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.visit_form is None)
    assert estate.module(GateServices).vehicles.inside_now(GUARD) == []
    assert tab.outcome.text == ""


def test_a_registered_car_is_not_asked(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    tab.vehicle_panel.in_edit.setFocus()
    type_text(tab.vehicle_panel.in_edit, "粤B12345")
    qtbot.keyClick(tab.vehicle_panel.in_edit, Qt.Key.Key_Return)
    assert tab.vehicle_panel.visit_form is None
    assert "张三" in tab.outcome.text


# -- inside now -----------------------------------------------------------------------


def test_time_inside_reads_as_hours_and_minutes() -> None:
    assert time_inside(0) == "0 min"
    assert time_inside(37) == "37 min"
    assert time_inside(170) == "2 h 50 min"
    assert time_inside(157) == "2 h 37 min"
    assert time_inside(60) == "1 h 0 min"
    assert time_inside(26 * 60 + 5) == "1 d 2 h"


def test_since_reads_as_the_time_today_and_with_its_day_before() -> None:
    morning = datetime(2026, 12, 5, 6, 52).astimezone()
    assert since_text(morning, today=morning.date()) == "06:52"
    assert since_text(morning, today=morning.date() + timedelta(days=1)) == "12-05 06:52"


def _visitor(minutes: int, overdue: bool) -> InsideNowRow:
    entered = utcnow() - timedelta(minutes=minutes)
    return InsideNowRow(uuid.uuid4(), "FK1", "赵六", "3-2-1502", "访友", entered, minutes, overdue)


def _car(minutes: int, registered: bool, overdue: bool) -> VehicleInsideRow:
    entered: datetime = utcnow() - timedelta(minutes=minutes)
    owner = "张三" if registered else ""
    purpose = "" if registered else "快递"
    permit = "" if registered else "CL1"
    return VehicleInsideRow(
        uuid.uuid4(),
        "粤B12345",
        registered,
        permit,
        owner,
        "3-2-1502",
        entered,
        minutes,
        purpose,
        overdue,
    )


def test_inside_now_shows_hours_and_minutes_and_flags_overdue_cars(qtbot: QtBot) -> None:
    visitors = InsideNowTableModel()
    visitors.set_rows([_visitor(157, False)])
    assert visitors.data(visitors.index(0, visitors.COL_TIME_INSIDE)) == "2 h 37 min"
    cars = VehiclesInsideTableModel()
    cars.set_rows([_car(170, True, False), _car(26 * 60, False, True)])
    assert cars.headerData(cars.COL_TIME_INSIDE, Qt.Orientation.Horizontal) == "Time inside"
    assert cars.data(cars.index(0, cars.COL_TIME_INSIDE)) == "2 h 50 min"
    assert cars.data(cars.index(0, cars.COL_PERMIT)) == "registered"
    assert cars.data(cars.index(1, cars.COL_PERMIT)) == "CL1"
    assert cars.data(cars.index(0, cars.COL_WHO)) == "张三"
    assert cars.data(cars.index(1, cars.COL_WHO)) == "快递"
    assert cars.data(cars.index(0, cars.COL_OVERDUE)) == ""
    assert cars.data(cars.index(1, cars.COL_OVERDUE)) == "overdue"
    background = Qt.ItemDataRole.BackgroundRole
    assert cars.data(cars.index(1, cars.COL_PLATE), background) == FLAGGED_BACKGROUND
    assert cars.data(cars.index(0, cars.COL_PLATE), background) is None


def test_the_settings_dialog_says_the_hour_flags_cars_too(qtbot: QtBot, estate: Services) -> None:
    from propdesk.ui.tabs.gate.settings_dialog import GateSettingsDialog

    admin = Actor(None, "admin", "王经理", Role.ADMIN, "岗亭")
    dialog = GateSettingsDialog(estate.module(GateServices).settings, admin)
    qtbot.addWidget(dialog)
    labels = [
        dialog.form.labelForField(dialog.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        for row in range(dialog.form.rowCount())
        if dialog.form.itemAt(row, QFormLayout.ItemRole.FieldRole) is not None
    ]
    texts = [label.text() for label in labels if isinstance(label, QLabel)]
    assert "Flag visitors and their vehicles still inside after" in texts
    assert "vehicles" in dialog.overdue_hour_edit.toolTip()
