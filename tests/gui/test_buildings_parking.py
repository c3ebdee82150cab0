"""The buildings and the parking spaces have a page each in the Residents & units tab:
a list (filter, voided rows on request, export), add and edit forms with their errors
next to the fields, and void with a reason."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Module, Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.ui.tabs.residents.building_form import BuildingForm
from propdesk.ui.tabs.residents.parking_form import ParkingSpaceForm
from propdesk.ui.tabs.residents.tab import ResidentsTab
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.table_export import export_view
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")


@pytest.fixture
def estate(services: Services) -> Services:
    """Buildings 3 (two units) and 10 (one), 张三's car on B2-017, an empty 12."""
    for building, entrance, room in (("3", "2", "1502"), ("3", "2", "902"), ("10", "1", "101")):
        services.units.save(CLERK, UnitInput(building, entrance, room))
    services.buildings.create(CLERK, BuildingInput("12", "12号楼", 33))
    services.residents.save(CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三"))
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三", "B2-017"))
    return services


def _tab(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> ResidentsTab:
    tab = ResidentsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _texts(tab: ResidentsTab, column: int, page: str = "buildings") -> list[str]:
    panel = tab.buildings_panel if page == "buildings" else tab.parking_panel
    proxy = panel.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def test_the_buildings_page_lists_them_with_their_units(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == [
        "Units and residents",
        "Buildings",
        "Parking spaces",
    ]
    tab.pages.setCurrentWidget(tab.buildings_panel)
    assert _texts(tab, 0) == ["3", "10", "12"]  # 10 after 3, as people count
    assert _texts(tab, 3) == ["2", "1", "0"]  # units
    assert tab.buildings_panel.count_label.text() == "3 in all"
    ModelTester(None).check(tab.buildings_panel.model)  # type: ignore[arg-type]


def test_the_parking_page_lists_spaces_with_their_vehicles(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    tab.pages.setCurrentWidget(tab.parking_panel)
    assert _texts(tab, 0, "parking") == ["B2-017"]
    assert _texts(tab, 3, "parking") == ["粤B12345"]
    ModelTester(None).check(tab.parking_panel.model)  # type: ignore[arg-type]


def test_add_a_building_its_errors_next_to_the_field(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    tab.pages.setCurrentWidget(tab.buildings_panel)

    def drive(form: BuildingForm) -> int:
        form.show()
        type_text(form.code_edit, "3")  # taken
        type_text(form.name_edit, "5号楼")
        form.floors_spin.setValue(18)
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        assert form.result() != QDialog.DialogCode.Accepted
        assert "already exists" in form.form.error_text("code")
        form.code_edit.setText("5")
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", drive)
    tab.buildings_panel.add_button.click()
    assert _texts(tab, 0) == ["3", "5", "10", "12"]
    selected = tab.buildings_panel.selected()
    assert selected is not None
    assert (selected.code, selected.name, selected.floors) == ("5", "5号楼", 18)
    # The units page offers the new building at once.
    assert tab.building_combo.findText("Building 5") >= 0


def test_a_building_with_units_keeps_its_number(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    panel = tab.buildings_panel
    tab.pages.setCurrentWidget(panel)
    panel.select(next(b.id for b in panel.model.rows() if b.code == "3"))
    forms: list[BuildingForm] = []

    def drive(form: BuildingForm) -> int:
        forms.append(form)
        form.show()
        form.name_edit.setText("3号楼 北区")
        form.buttons.accepted.emit()
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", drive)
    panel.edit_button.click()
    (form,) = forms
    assert not form.code_edit.isEnabled()
    assert _texts(tab, 1)[0] == "3号楼 北区"


def test_void_needs_a_reason_and_a_building_with_units_is_refused(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate)
    panel = tab.buildings_panel
    tab.pages.setCurrentWidget(panel)

    def refused(dialog: ReasonDialog) -> int:
        dialog.show()
        type_text(dialog.reason_edit, "录错了")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
        assert dialog.result() != QDialog.DialogCode.Accepted  # stays open: said why
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", refused)
    panel.select(next(b.id for b in panel.model.rows() if b.code == "3"))
    panel.void_button.click()
    assert any("still has 2 units" in text for text in boxes.texts())

    def voided(dialog: ReasonDialog) -> int:
        dialog.show()
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
        assert dialog.form.error_text("reason")  # no reason: said under the field
        type_text(dialog.reason_edit, "录错了")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", voided)
    panel.select(next(b.id for b in panel.model.rows() if b.code == "12"))
    panel.void_button.click()
    assert _texts(tab, 0) == ["3", "10"]
    assert panel.view.isColumnHidden(4)
    panel.voided_check.setChecked(True)
    assert _texts(tab, 0) == ["3", "10", "12"]
    assert _texts(tab, 4)[-1] == "录错了"  # why, in the column shown with voided rows
    assert not panel.view.isColumnHidden(4)


def test_add_a_parking_space_and_filter_by_plate(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    panel = tab.parking_panel
    tab.pages.setCurrentWidget(panel)

    def drive(form: ParkingSpaceForm) -> int:
        form.show()
        qtbot.keyClick(form.code_edit, Qt.Key.Key_Return)  # no code
        assert form.form.error_text("space_code")
        qtbot.keyClicks(form.code_edit, "v-001")
        type_text(form.zone_edit, "地面访客车位")
        form.kind_combo.setCurrentIndex(form.kind_combo.findData("visitor"))
        qtbot.keyClick(form.code_edit, Qt.Key.Key_Return)
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", drive)
    panel.add_button.click()
    assert _texts(tab, 0, "parking") == ["B2-017", "V-001"]
    assert _texts(tab, 2, "parking")[1] == "Visitors"
    qtbot.keyClicks(panel.filter_edit, "12345")
    assert _texts(tab, 0, "parking") == ["B2-017"]
    assert panel.count_label.text() == "1 of 2 shown"


def test_export_the_parking_spaces(qtbot: QtBot, estate: Services, tmp_path: Path) -> None:
    tab = _tab(qtbot, estate)
    panel = tab.parking_panel
    tab.pages.setCurrentWidget(panel)
    written = export_view(
        tab, panel.view, estate.exports, CLERK, Module.MASTER_DATA, "车位", tmp_path / "p"
    )
    assert written is not None
    sheet = openpyxl.load_workbook(written).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [
        ["Parking space", "Zone", "Kind", "Vehicles"],
        ["B2-017", None, "Owned", "粤B12345"],
    ]


def test_a_guard_reads_the_pages_but_changes_nothing(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate, GUARD)
    for panel in (tab.buildings_panel, tab.parking_panel):
        tab.pages.setCurrentWidget(panel)
        assert panel.model.rows()
        assert not panel.add_button.isVisible()
        assert not panel.edit_button.isVisible()
        assert not panel.void_button.isVisible()
        assert panel.edit_selected() is None
