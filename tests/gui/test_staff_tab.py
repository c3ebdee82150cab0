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
from propdesk.services.master_data.staff import StaffInput
from propdesk.ui.tabs.staff.staff_form import StaffForm
from propdesk.ui.tabs.staff.tab import StaffTab
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.table_export import export_view
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")


@pytest.fixture
def office(services: Services) -> Services:
    services.staff.save(CLERK, StaffInput("赵六", "security", "保安队长", "13812345678"))
    services.staff.save(CLERK, StaffInput("钱七", "cleaning", "保洁员"))
    return services


def _tab(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> StaffTab:
    tab = StaffTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_list_filter_and_model_tester(qtbot: QtBot, office: Services) -> None:
    tab = _tab(qtbot, office)
    assert sorted(s.name for s in tab.model.rows()) == ["赵六", "钱七"]
    combo = tab.department_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All departments",
        "安保部",
        "保洁部",
        "绿化部",
        "工程部",
        "客服部",
    ]
    combo.setCurrentIndex(combo.findText("保洁部"))
    assert [s.name for s in tab.model.rows()] == ["钱七"]
    assert tab.model.data(tab.model.index(0, tab.model.COL_DEPARTMENT)) == "保洁部"
    ModelTester(None).check(tab.model)  # type: ignore[arg-type]


def test_add_with_the_keyboard_and_a_bad_phone(
    qtbot: QtBot, office: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, office)
    tab.department_combo.setCurrentIndex(tab.department_combo.findText("工程部"))
    seen: list[StaffForm] = []

    def drive(form: StaffForm) -> int:
        seen.append(form)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        assert form.department_combo.currentText() == "工程部"  # the filter's department
        form.name_edit.setFocus()
        type_text(form.name_edit, "孙八")
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
        assert form.department_combo.hasFocus()
        qtbot.keyClick(form.department_combo, Qt.Key.Key_Tab)
        assert form.position_edit.hasFocus()
        type_text(form.position_edit, "电工")
        qtbot.keyClick(form.position_edit, Qt.Key.Key_Tab)
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
    tab.add_button.click()
    assert seen
    (added,) = tab.model.rows()
    assert (added.name, added.department_code, added.position, added.phone) == (
        "孙八",
        "engineering",
        "电工",
        "13900001111",
    )
    assert tab.view.currentIndex().row() == 0


def test_edit_and_void(qtbot: QtBot, office: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(qtbot, office)
    row = next(i for i, s in enumerate(tab.model.rows()) if s.name == "钱七")
    tab.view.selectRow(row)

    def edit(form: StaffForm) -> int:
        form.show()
        form.department_combo.setCurrentIndex(form.department_combo.findText("绿化部"))
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", edit)
    tab.edit_button.click()
    moved = next(s for s in tab.model.rows() if s.name == "钱七")
    assert moved.department_name == "绿化部"

    tab.view.selectRow(next(i for i, s in enumerate(tab.model.rows()) if s.name == "钱七"))

    def void(dialog: FormDialog) -> int:
        dialog.show()
        type_text(dialog.reason_edit, "已离职")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", void)
    tab.void_button.click()
    assert [s.name for s in tab.model.rows()] == ["赵六"]


def test_a_guard_sees_the_list_but_no_buttons(qtbot: QtBot, office: Services) -> None:
    tab = _tab(qtbot, office, GUARD)
    assert len(tab.model.rows()) == 2
    assert tab.department_combo.isVisible()
    for button in (tab.add_button, tab.edit_button, tab.void_button):
        assert not button.isVisible()


def test_export_writes_what_is_shown(qtbot: QtBot, office: Services, tmp_path: Path) -> None:
    tab = _tab(qtbot, office)
    assert tab.view.actions()  # right-click Export to Excel…
    path = export_view(
        tab, tab.view, office.exports, CLERK, Module.MASTER_DATA, "Staff", tmp_path / "staff"
    )
    assert path is not None
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Department", "Position", "Phone")
    assert sorted(rows[1:]) == [
        ("赵六", "安保部", "保安队长", "13812345678"),
        ("钱七", "保洁部", "保洁员", None),
    ]
