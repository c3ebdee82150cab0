from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Module, Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.ui.tabs.residents.card_form import CardForm
from propdesk.ui.tabs.residents.resident_form import ResidentForm
from propdesk.ui.tabs.residents.tab import ResidentsTab, natural_key
from propdesk.ui.tabs.residents.vehicle_form import VehicleForm
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.table_export import export_view
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")


@pytest.fixture
def estate(services: Services) -> Services:
    for room in ("1502", "902", "101"):
        services.units.save(CLERK, UnitInput("3", "2", room, area_m2="89.5"))
    services.units.save(CLERK, UnitInput("10", "1", "101"))
    services.residents.save(
        CLERK,
        ResidentInput(
            "3-2-1502", ResidentKind.OWNER, "张三", "13812345678", move_in=date(2020, 5, 1)
        ),
    )
    services.residents.save(CLERK, ResidentInput("3-2-1502", ResidentKind.FAMILY, "李梅"))
    services.cards.issue(CLERK, CardInput("00123456", "3-2-1502", "张三"))
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三", "B2-017", "白色"))
    return services


def _tab(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> ResidentsTab:
    tab = ResidentsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_units_in_natural_order_and_unit_details(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    codes = [u.code for u in tab.units_model.rows()]
    assert codes == ["3-2-101", "3-2-902", "3-2-1502", "10-1-101"]
    assert tab.open_unit_code("3-2-1502")
    assert "3-2-1502" in tab.unit_title.text()
    assert [r.name for r in tab.residents_model.rows()] == ["李梅", "张三"] or [
        r.name for r in tab.residents_model.rows()
    ] == ["张三", "李梅"]
    assert tab.cards_model.rows()[0].number == "00123456"
    assert tab.vehicles_model.rows()[0].plate == "粤B12345"


def test_models_pass_the_model_tester(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-1502")
    for model in (tab.units_model, tab.residents_model, tab.cards_model, tab.vehicles_model):
        ModelTester(None).check(model)  # type: ignore[arg-type]


def test_filter_and_building_choice(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate)
    qtbot.keyClicks(tab.filter_edit, "3-2-1")
    assert tab.units_proxy.rowCount() == 2  # 3-2-101, 3-2-1502
    tab.filter_edit.clear()
    tab.building_combo.setCurrentIndex(tab.building_combo.findText("Building 10"))
    assert [u.code for u in tab.units_model.rows()] == ["10-1-101"]


def test_add_resident_with_the_keyboard_and_a_bad_phone(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-902")
    seen: list[ResidentForm] = []

    def drive(form: ResidentForm) -> int:
        seen.append(form)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        form.name_edit.setFocus()
        type_text(form.name_edit, "王五")
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
        assert form.kind_combo.hasFocus()
        qtbot.keyClick(form.kind_combo, Qt.Key.Key_Tab)
        assert form.phone_edit.hasFocus()
        qtbot.keyClicks(form.phone_edit, "12")
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
        assert form.result() != QDialog.DialogCode.Accepted
        assert "phone" in form.form.error_text("phone").lower()
        form.phone_edit.clear()
        qtbot.keyClicks(form.phone_edit, "139 0000 1111")
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", drive)
    tab.add_resident_button.click()
    assert seen
    names = [r.name for r in tab.residents_model.rows()]
    assert names == ["王五"]
    assert tab.residents_model.rows()[0].phone == "13900001111"


def test_report_card_lost_needs_a_reason(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-1502")
    tab.cards_view.selectRow(0)

    def drive(dialog: FormDialog) -> int:
        dialog.show()
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        assert "why" in dialog.form.error_text("reason").lower()
        type_text(dialog.reason_edit, "业主来电挂失")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", drive)
    tab.lost_card_button.click()
    assert tab.cards_model.rows()[0].status is CardStatus.LOST


def test_a_guard_sees_but_cannot_change(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate, GUARD)
    tab.open_unit_code("3-2-1502")
    assert len(tab.residents_model.rows()) == 2
    assert not tab.add_resident_button.isVisible()
    assert not tab.void_resident_button.isVisible()
    assert not tab.lost_card_button.isVisible()


def test_natural_key() -> None:
    assert sorted(["3-2-1502", "3-2-902", "10-1-1", "2-1-1"], key=natural_key) == [
        "2-1-1",
        "3-2-902",
        "3-2-1502",
        "10-1-1",
    ]


def test_export_units_writes_what_is_shown(qtbot: QtBot, estate: Services, tmp_path: Path) -> None:
    tab = _tab(qtbot, estate)
    qtbot.keyClicks(tab.filter_edit, "3-2-")
    out = export_view(
        tab, tab.units_view, estate.exports, CLERK, Module.MASTER_DATA, "Units", tmp_path / "u"
    )
    assert out == tmp_path / "u.xlsx"
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Unit", "Floor", "Area (m²)")
    assert [r[0] for r in rows[1:]] == ["3-2-101", "3-2-902", "3-2-1502"]  # filtered, in order
    assert rows[1][1] == 1
    assert isinstance(rows[1][2], float)


def test_export_residents_has_real_dates(qtbot: QtBot, estate: Services, tmp_path: Path) -> None:
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-1502")
    out = export_view(
        tab, tab.residents_view, estate.exports, CLERK, Module.MASTER_DATA, "R", tmp_path / "r.xlsx"
    )
    assert out is not None
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    owner = next(r for r in rows if r[0] == "张三")
    assert owner[4] == datetime(2020, 5, 1)  # a real Excel date
    assert "11010519491231002X" not in str(rows)


def test_moved_out_asks_first_and_keeps_the_person_on_record(
    qtbot: QtBot, estate: Services, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-1502")
    row = next(i for i, r in enumerate(tab.residents_model.rows()) if r.name == "张三")
    tab.residents_view.selectRow(row)
    boxes.answer = QMessageBox.StandardButton.No
    tab.move_out_button.click()
    assert "张三" in boxes.questions[-1]
    assert all(r.move_out is None for r in tab.residents_model.rows())
    boxes.answer = QMessageBox.StandardButton.Yes
    tab.move_out_button.click()
    moved = next(r for r in tab.residents_model.rows() if r.name == "张三")
    assert moved.move_out == date.today()
    assert not moved.living_here


def test_card_history_lists_every_status_change(
    qtbot: QtBot, estate: Services, boxes: Boxes
) -> None:
    card = estate.cards.lookup(CLERK, "00123456")
    assert card is not None
    estate.cards.change_status(CLERK, card.id, CardStatus.LOST, "业主来电挂失")
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-1502")
    tab.cards_view.selectRow(0)
    tab.card_history_button.click()
    title, text = boxes.shown[-1]
    assert "00123456" in title
    lines = text.splitlines()
    assert len(lines) == 2
    assert "- → Active (issued, clerk)" in lines[0]
    assert "Active → Lost (业主来电挂失, clerk)" in lines[1]


def test_issue_a_card_to_a_resident_living_in_the_unit(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-1502")
    seen: list[CardForm] = []

    def drive(form: CardForm) -> int:
        seen.append(form)
        form.show()
        assert form.windowTitle() == "Issue an access card"
        holders = [form.holder_combo.itemText(i) for i in range(form.holder_combo.count())]
        assert sorted(holders) == ["张三", "李梅"]
        qtbot.keyClick(form.number_edit, Qt.Key.Key_Return)  # no number yet: stays open
        assert form.result() != QDialog.DialogCode.Accepted
        assert form.form.error_text("card_number")
        form.holder_combo.setCurrentText("李梅")
        type_text(form.number_edit, "00999888")
        qtbot.keyClick(form.number_edit, Qt.Key.Key_Return)
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", drive)
    tab.issue_card_button.click()
    assert seen
    assert seen[0].saved is not None
    cards = {c.number: c.holder_name for c in tab.cards_model.rows()}
    assert cards == {"00123456": "张三", "00999888": "李梅"}


def test_register_then_void_a_vehicle(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    tab.open_unit_code("3-2-1502")

    def register(form: VehicleForm) -> int:
        form.show()
        assert form.windowTitle() == "Register a vehicle"
        form.holder_combo.setCurrentText("李梅")
        type_text(form.plate_edit, "粤b 88888")
        type_text(form.space_edit, "B2-018")
        qtbot.keyClick(form.plate_edit, Qt.Key.Key_Return)
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", register)
    tab.add_vehicle_button.click()
    plates = {v.plate: v.owner_name for v in tab.vehicles_model.rows()}
    assert plates == {"粤B12345": "张三", "粤B88888": "李梅"}

    def void(dialog: FormDialog) -> int:
        dialog.show()
        assert dialog.windowTitle() == "Void vehicle"
        type_text(dialog.reason_edit, "车已卖")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", void)
    row = next(i for i, v in enumerate(tab.vehicles_model.rows()) if v.plate == "粤B88888")
    tab.vehicles_view.selectRow(row)
    tab.void_vehicle_button.click()
    assert [v.plate for v in tab.vehicles_model.rows()] == ["粤B12345"]
