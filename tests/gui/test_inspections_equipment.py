"""The equipment register page (设施设备档案): the list with its kind, due and text
filters and its paging, an item added and edited by keyboard, the service's refusals
said under their fields with nothing written, voiding (a manager's right), what
read-only roles see, and the QR labels going to print preview."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.inspections.equipment import EquipmentKind, ExpiryState
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections.equipment import (
    DueFilter,
    EquipmentFilter,
    EquipmentInfo,
    EquipmentService,
)
from propdesk.services.inspections.equipment_inputs import (
    CODE_MAX,
    NAME_MAX,
    NOTES_MAX,
    PLACE_MAX,
    UNIT_CODE_MAX,
    EquipmentInput,
)
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.master_data.units import UnitInput
from propdesk.ui.tabs.inspections.equipment_form import EquipmentForm
from propdesk.ui.tabs.inspections.equipment_labels import equipment_label
from propdesk.ui.tabs.inspections.equipment_model import (
    EXPIRED_BACKGROUND,
    EXPIRED_TEXT,
    EquipmentTableModel,
)
from propdesk.ui.tabs.inspections.equipment_panel import EquipmentPanel
from propdesk.ui.widgets.dto_table_model import FLAGGED_BACKGROUND
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from tests.generated_input import row_counts
from tests.gui.conftest import Boxes, Previews
from tests.gui.keys import type_text

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "工程部")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
CTRL = Qt.KeyboardModifier.ControlModifier
ESTATE = "翠湖花园"
TODAY = date.today()  # the panel asks the service as of today


@pytest.fixture
def equipment(services: Services) -> EquipmentService:
    services.estate.set_up(ESTATE)
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    context = ModuleContext(services.store, lambda: "工程部", {})
    return InspectionServices.build(context).equipment


def _item(code: str, **changes: object) -> EquipmentInput:
    values: dict[str, object] = {
        "code": code,
        "kind": EquipmentKind.EXTINGUISHER,
        "name": "4 kg ABC 干粉灭火器",
        "place": "3栋 地下一层 楼梯口",
        "installed_on": TODAY - timedelta(days=400),
        "expires_on": TODAY + timedelta(days=900),
    }
    values.update(changes)
    return EquipmentInput(**values)  # type: ignore[arg-type]


def _register(equipment: EquipmentService) -> dict[str, EquipmentInfo]:
    """One item in date, one expiring, one expired (its service overdue), one with no
    date at all."""
    made = [
        equipment.create(ADMIN, _item("MHQ-1")),
        equipment.create(
            ADMIN,
            _item(
                "XHS-2",
                kind=EquipmentKind.HYDRANT,
                name="室内消火栓",
                place="2栋 一层 大堂",
                expires_on=TODAY + timedelta(days=10),
            ),
        ),
        equipment.create(
            ADMIN,
            _item(
                "DT-3",
                kind=EquipmentKind.LIFT,
                name="3栋 2单元 客梯",
                unit_code="3-2-1502",
                place="机房",
                last_serviced_on=TODAY - timedelta(days=20),
                service_interval_days=15,
                expires_on=None,
            ),
        ),
        equipment.create(
            ADMIN,
            _item(
                "QT-4",
                kind=EquipmentKind.OTHER,
                name="雨水井盖",
                installed_on=None,
                expires_on=None,
            ),
        ),
    ]
    return {item.code: item for item in made}


def _panel(
    qtbot: QtBot, equipment: EquipmentService, actor: Actor = MANAGER, page_size: int = 100
) -> EquipmentPanel:
    panel = EquipmentPanel(equipment, actor, estate_name=lambda: ESTATE, page_size=page_size)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)  # shortcuts act in the active window only
    return panel


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(_focused(), text)
    else:
        type_text(_focused(), text)


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _form(qtbot: QtBot, panel: EquipmentPanel) -> QDialog:
    form = panel.forms.form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _codes(panel: EquipmentPanel) -> list[str]:
    return [item.code for item in panel.rows()]


# -- the model ---------------------------------------------------------------------------------
def test_the_model_shows_each_item_with_its_state_in_words_and_colour(
    qtmodeltester: ModelTester, qtbot: QtBot, equipment: EquipmentService
) -> None:
    items = _register(equipment)
    panel = _panel(qtbot, equipment)
    model = panel.model
    qtmodeltester.check(model)
    assert _codes(panel) == ["DT-3", "MHQ-1", "QT-4", "XHS-2"]  # by code
    lift = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert lift == [
        "DT-3",
        "Lift",
        "3栋 2单元 客梯",
        "3-2-1502 · 机房",
        (TODAY - timedelta(days=400)).isoformat(),
        (TODAY - timedelta(days=20)).isoformat(),
        (TODAY - timedelta(days=5)).isoformat(),  # serviced 20 days ago, every 15 days
        "Expired",
    ]
    states = [model.data(model.index(r, EquipmentTableModel.COL_STATE)) for r in range(4)]
    assert states == ["Expired", "In date", "No date", "Expiring"]
    background = Qt.ItemDataRole.BackgroundRole
    foreground = Qt.ItemDataRole.ForegroundRole
    for column in (EquipmentTableModel.COL_NEXT_DUE, EquipmentTableModel.COL_STATE):
        assert model.data(model.index(0, column), background) == EXPIRED_BACKGROUND
        assert model.data(model.index(0, column), foreground) == EXPIRED_TEXT
        assert model.data(model.index(3, column), background) == FLAGGED_BACKGROUND
        assert model.data(model.index(1, column), background) is None
    assert model.data(model.index(0, EquipmentTableModel.COL_CODE), background) is None
    tip = model.data(model.index(1, EquipmentTableModel.COL_NEXT_DUE), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Expires {items['MHQ-1'].expires_on}"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Kind"


# -- adding and editing ----------------------------------------------------------------------
def test_an_item_added_and_edited_by_keyboard(
    qtbot: QtBot, equipment: EquipmentService, boxes: Boxes
) -> None:
    panel = _panel(qtbot, equipment, TECH)
    panel.view.setFocus()
    _key(qtbot, Qt.Key.Key_N, CTRL)
    form = _form(qtbot, panel)
    assert isinstance(form, EquipmentForm)
    assert form.code_edit.hasFocus()
    _type(qtbot, "xhs-2-01")
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.kind_combo.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)  # from a fire extinguisher to a hydrant
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "室内消火栓")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "3-2-1502")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "门口管井")
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.installed_edit.hasFocus()
    _type(qtbot, "20240301")  # digits start a date in an empty date field
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.last_service_edit.hasFocus()
    _key(qtbot, Qt.Key.Key_Tab)  # left empty: Tab goes on
    assert form.months_edit.hasFocus()
    qtbot.keyClick(form.months_edit, Qt.Key.Key_A, CTRL)
    _type(qtbot, "6")
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.days_edit.hasFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.expires_edit.hasFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "水带完好")
    _key(qtbot, Qt.Key.Key_Tab)  # leaves the notes
    qtbot.keyClick(form, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert boxes.texts() == []
    saved = equipment.page(TECH).rows
    assert [(i.code, i.kind, i.name, i.unit_code, i.place) for i in saved] == [
        ("XHS-2-01", EquipmentKind.HYDRANT, "室内消火栓", "3-2-1502", "门口管井")
    ]
    assert (saved[0].installed_on, saved[0].last_serviced_on) == (date(2024, 3, 1), None)
    assert (saved[0].service_interval_months, saved[0].notes) == (6, "水带完好")
    assert _codes(panel) == ["XHS-2-01"]
    current = panel.current_item()
    assert current is not None
    assert current.code == "XHS-2-01"  # the one just added
    qtbot.waitUntil(panel.view.hasFocus)
    _key(qtbot, Qt.Key.Key_Return)  # Enter edits it
    form = _form(qtbot, panel)
    assert isinstance(form, EquipmentForm)
    assert form.name_edit.text() == "室内消火栓"
    form.name_edit.setFocus()
    form.name_edit.selectAll()
    _type(qtbot, "1号室内消火栓")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert equipment.get(TECH, saved[0].id).name == "1号室内消火栓"
    assert panel.rows()[0].name == "1号室内消火栓"


def test_a_bad_expiry_is_said_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, services: Services, equipment: EquipmentService, boxes: Boxes
) -> None:
    panel = _panel(qtbot, equipment)
    form = panel.add()
    assert isinstance(form, EquipmentForm)
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, "MHQ-9")
    form.name_edit.setFocus()
    _type(qtbot, "灭火器")
    form.place_edit.setFocus()
    _type(qtbot, "5栋 大堂")
    form.installed_edit.set_value(date(2024, 3, 1))
    form.expires_edit.set_value(date(2024, 2, 28))
    before = row_counts(services.store)
    _key(qtbot, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text("expires_on") == (
        "The expiry date must not be before the install date (2024-03-01)."
    )
    assert form.expires_edit.hasFocus()
    assert boxes.texts() == []
    assert row_counts(services.store) == before
    assert panel.rows() == []
    # Put right, it saves; the message goes.
    form.expires_edit.set_value(date(2030, 2, 28))
    qtbot.keyClick(form, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert _codes(panel) == ["MHQ-9"]


@pytest.mark.parametrize(
    ("field", "fill", "message"),
    [
        ("code", {"code": ""}, "Enter the code: 1 to 30 letters or digits, with - . / _ between"),
        ("code", {"code": "MHQ-1"}, "The code MHQ-1 is already registered."),
        ("name", {"name": "  "}, "Enter the name (at most 60 characters)."),
        ("place", {"place": ""}, "Give the unit, or describe the place."),
        ("unit_code", {"unit": "9-9-909"}, "There is no unit 9-9-909."),
    ],
)
def test_other_refusals_are_said_under_their_fields(
    qtbot: QtBot,
    services: Services,
    equipment: EquipmentService,
    boxes: Boxes,
    field: str,
    fill: dict[str, str],
    message: str,
) -> None:
    equipment.create(ADMIN, _item("MHQ-1"))
    panel = _panel(qtbot, equipment)
    form = panel.add()
    assert isinstance(form, EquipmentForm)
    texts = {"code": "MHQ-2", "name": "灭火器", "unit": "", "place": "5栋 大堂", **fill}
    form.code_edit.setText(texts["code"])
    form.name_edit.setText(texts["name"])
    form.unit_edit.setText(texts["unit"])
    form.place_edit.setText(texts["place"])
    before = row_counts(services.store)
    qtbot.keyClick(form, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text(field).startswith(message)
    assert boxes.texts() == []
    assert row_counts(services.store) == before


def test_the_text_boxes_hold_what_the_service_keeps(
    qtbot: QtBot, equipment: EquipmentService
) -> None:
    form = EquipmentForm(equipment, MANAGER)
    qtbot.addWidget(form)
    assert form.code_edit.maxLength() == CODE_MAX
    assert form.name_edit.maxLength() == NAME_MAX
    assert form.unit_edit.maxLength() == UNIT_CODE_MAX
    assert form.place_edit.maxLength() == PLACE_MAX
    form.notes_edit.setPlainText("备" * (NOTES_MAX + 20))
    assert len(form.notes_edit.toPlainText()) == NOTES_MAX


# -- filters and pages -------------------------------------------------------------------------
def test_the_due_kind_and_text_filters(qtbot: QtBot, equipment: EquipmentService) -> None:
    _register(equipment)
    panel = _panel(qtbot, equipment)
    due = panel.due_combo
    due.setCurrentIndex(due.findData(DueFilter.EXPIRING.value))
    assert due.currentText() == "Expiring within 30 days"
    assert _codes(panel) == ["XHS-2"]
    due.setCurrentIndex(due.findData(DueFilter.EXPIRED.value))
    assert _codes(panel) == ["DT-3"]
    assert [i.state for i in panel.rows()] == [ExpiryState.EXPIRED]
    due.setCurrentIndex(due.findData(DueFilter.ALL.value))
    assert _codes(panel) == ["DT-3", "MHQ-1", "QT-4", "XHS-2"]
    kind = panel.kind_combo
    kind.setCurrentIndex(kind.findData(EquipmentKind.HYDRANT.value))
    assert _codes(panel) == ["XHS-2"]
    kind.setCurrentIndex(0)  # any kind
    panel.search_edit.setFocus()
    _type(qtbot, "大堂")  # a place's part
    assert len(panel.rows()) == 4  # nothing searched before Enter
    _key(qtbot, Qt.Key.Key_Return)
    assert _codes(panel) == ["XHS-2"]
    panel.search_edit.clear()  # the clear button: everything again
    assert len(panel.rows()) == 4


def test_the_register_is_read_a_page_at_a_time(qtbot: QtBot, equipment: EquipmentService) -> None:
    for n in range(1, 26):
        equipment.create(ADMIN, _item(f"MHQ-{n:02d}"))
    panel = _panel(qtbot, equipment, page_size=10)
    assert _codes(panel)[0] == "MHQ-01"
    assert panel.pager.page_label.text() == "Items 1–10"
    assert not panel.pager.newer_button.isEnabled()
    qtbot.mouseClick(panel.pager.older_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.pager.older_button, Qt.MouseButton.LeftButton)
    assert _codes(panel) == [f"MHQ-{n}" for n in range(21, 26)]
    assert panel.pager.page_label.text() == "Items 21–25"
    assert not panel.pager.older_button.isEnabled()
    qtbot.mouseClick(panel.pager.newer_button, Qt.MouseButton.LeftButton)
    assert _codes(panel)[0] == "MHQ-11"
    qtbot.mouseClick(panel.pager.newest_button, Qt.MouseButton.LeftButton)
    assert _codes(panel)[0] == "MHQ-01"


# -- voiding and roles -----------------------------------------------------------------------
def test_a_manager_voids_an_item_by_keyboard_with_a_reason(
    qtbot: QtBot, equipment: EquipmentService
) -> None:
    _register(equipment)
    panel = _panel(qtbot, equipment)
    panel.select_item("MHQ-1")
    panel.view.setFocus()
    _key(qtbot, Qt.Key.Key_Delete)
    dialog = _form(qtbot, panel)
    assert isinstance(dialog, ReasonDialog)
    assert "MHQ-1" in dialog.windowTitle()
    _key(qtbot, Qt.Key.Key_Return)  # no reason: refused, nothing voided
    assert dialog.isVisible()
    assert "MHQ-1" in [i.code for i in equipment.page(MANAGER).rows]
    _type(qtbot, "已报废更换")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert _codes(panel) == ["DT-3", "QT-4", "XHS-2"]
    assert [i.code for i in equipment.page(MANAGER).rows] == ["DT-3", "QT-4", "XHS-2"]
    qtbot.waitUntil(panel.view.hasFocus)


def test_a_technician_keeps_the_register_but_does_not_void(
    qtbot: QtBot, equipment: EquipmentService
) -> None:
    _register(equipment)
    panel = _panel(qtbot, equipment, TECH)
    assert not panel.add_button.isHidden()
    assert not panel.edit_button.isHidden()
    assert panel.void_button.isHidden()
    panel.select_item("MHQ-1")
    panel.view.setFocus()
    _key(qtbot, Qt.Key.Key_Delete)
    assert panel.forms.form is None
    assert panel.void_selected() is None
    assert len(equipment.page(TECH).rows) == 4


def test_the_committee_reads_the_register_and_prints_labels_only(
    qtbot: QtBot, equipment: EquipmentService, previews: Previews
) -> None:
    _register(equipment)
    panel = _panel(qtbot, equipment, COMMITTEE)
    for button in (panel.add_button, panel.edit_button, panel.void_button):
        assert button.isHidden()
    assert panel.hint_label.text() == ""
    panel.select_item("MHQ-1")
    panel.view.setFocus()
    for key, modifier in (
        (Qt.Key.Key_N, CTRL),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    ):
        _key(qtbot, key, modifier)
        assert panel.forms.form is None
    assert panel.print_all_labels()
    assert len(previews.pdfs) == 1


# -- labels --------------------------------------------------------------------------------------
def test_labels_of_the_selected_or_of_all_found_go_to_print_preview(
    qtbot: QtBot, equipment: EquipmentService, previews: Previews
) -> None:
    for n in range(1, 10):
        equipment.create(ADMIN, _item(f"MHQ-{n}"))
    # The longest texts the register keeps still fit a label.
    equipment.create(
        ADMIN,
        _item("W" * CODE_MAX, name="消" * NAME_MAX, unit_code="3-2-1502", place="地" * PLACE_MAX),
    )
    panel = _panel(qtbot, equipment, page_size=5)
    assert not panel.print_selected_button.isEnabled()  # nothing chosen yet
    panel.view.selectRow(0)
    qtbot.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        CTRL,
        panel.view.visualRect(panel.model.index(2, 0)).center(),
    )
    assert [i.code for i in panel.selected_items()] == ["MHQ-1", "MHQ-3"]
    qtbot.mouseClick(panel.print_selected_button, Qt.MouseButton.LeftButton)
    # All found: every page of the list (10 items, 8 labels a sheet).
    qtbot.mouseClick(panel.print_all_button, Qt.MouseButton.LeftButton)
    assert [p.title for p in previews.pdfs] == ["Equipment labels", "Equipment labels"]
    assert [(p.pages_painted, p.pages_shown) for p in previews.pdfs] == [(1, 1), (2, 2)]


def test_a_label_carries_the_code_name_kind_and_place(equipment: EquipmentService) -> None:
    lift = _register(equipment)["DT-3"]
    label = equipment_label(lift)
    assert (label.code, label.name, label.place, label.route, label.position) == (
        "DT-3",
        "3栋 2单元 客梯",
        "3-2-1502 · 机房",
        "Lift",  # the kind as the list names it (the sheet speaks the window's language)
        0,  # no place on a route
    )
    # The sheet speaks of equipment, never of patrol checkpoints or their numbers.
    from propdesk.reports.patrol.label_model import EQUIPMENT_SHEET
    from propdesk.reports.patrol.label_sheet import layout_label_sheet
    from propdesk.reports.slips.primitives import TextRun

    (page,) = layout_label_sheet([label], "翠湖花园", "zh_CN", EQUIPMENT_SHEET)
    words = " ".join(item.text for item in page.items if isinstance(item, TextRun))
    assert "设施设备标签" in words
    assert "Lift" in words
    assert "巡逻" not in words
    assert "第 " not in words


def test_the_filter_of_the_list_is_what_all_found_prints(
    qtbot: QtBot, equipment: EquipmentService, previews: Previews
) -> None:
    _register(equipment)
    panel = _panel(qtbot, equipment)
    panel.due_combo.setCurrentIndex(panel.due_combo.findData(DueFilter.EXPIRED.value))
    assert panel.current_filter() == EquipmentFilter(due=DueFilter.EXPIRED)
    assert [i.code for i in panel._all_found()] == ["DT-3"]
    panel.search_edit.setText("没有这个")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert panel.rows() == []
    assert not panel.print_all_button.isEnabled()
    assert not panel.print_all_labels()
    assert previews.pdfs == []
