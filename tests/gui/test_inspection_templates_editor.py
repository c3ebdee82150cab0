"""Managers edit a checklist's items and make checklists of their own, by keyboard:
an item added to the cleaning checklist is in version 2 and not in the version an
inspection was made with; keys of kept items stay, a new item gets a key of its own;
a reading with its low limit above its high is refused at its row with nothing
written; a new checklist needs items, and once added is due in each of its areas."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.i18n import install_translators
from propdesk.ui.tabs.inspections.template_form import TemplateEditDialog
from propdesk.ui.tabs.inspections.template_items_edit_model import TemplateItemsEditModel
from propdesk.ui.tabs.inspections.template_panel import TemplatePanel
from tests.generated_input import row_counts
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
CTRL = Qt.KeyboardModifier.ControlModifier
HALLS = "楼道与大堂"  # the cleaning checklist's first area
COL = TemplateItemsEditModel
NEW_KEY = re.compile(r"^item_[0-9a-f]{12}$")


@dataclass
class Estate:
    services: Services
    doors: InspectionServices
    cleaning: TemplateInfo  # daily, check items only (and an optional remark)
    fire: TemplateInfo  # monthly, two readings in MPa among checks


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Estate:
    del beijing_time
    desk = ready_services.module(RepairServices).desk
    doors = InspectionServices.build(
        ModuleContext(ready_services.store, lambda: "工程部", {RepairDesk: desk})
    )
    doors.templates.seed_defaults(
        MANAGER, "zh_CN", now=datetime.now().astimezone() - timedelta(days=2)
    )
    by_kind = {t.kind: t for t in doors.templates.templates(MANAGER)}
    return Estate(
        ready_services,
        doors,
        by_kind[InspectionKind.CLEANING],
        by_kind[InspectionKind.FIRE_EQUIPMENT],
    )


def _panel(qtbot: QtBot, estate: Estate, actor: Actor = MANAGER) -> TemplatePanel:
    panel = TemplatePanel(estate.doors.templates, actor)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    _active(qtbot, panel)
    return panel


def _active(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts act in the active window only."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _edit(qtbot: QtBot, panel: TemplatePanel, info: TemplateInfo) -> TemplateEditDialog:
    assert panel.select_series(info.series_id)
    dialog = panel.edit_selected()
    assert isinstance(dialog, TemplateEditDialog)
    qtbot.waitExposed(dialog)
    _active(qtbot, dialog)
    return dialog


def _type_into_cell(qtbot: QtBot, dialog: TemplateEditDialog, text: str) -> None:
    """Type into the cell editor that has the keyboard, then Enter to keep it."""
    editor = QApplication.focusWidget()
    assert editor is not None
    assert dialog.items_editor.view.isAncestorOf(editor), editor
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _closed(qtbot, dialog)


def _closed(qtbot: QtBot, dialog: TemplateEditDialog) -> None:
    """Qt closes a cell's editor after Enter on the next turn of the event loop."""
    view = dialog.items_editor.view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert view.hasFocus()


def _choose_in_cell(qtbot: QtBot, dialog: TemplateEditDialog, value: str) -> None:
    """F2 opens the current cell's drop-down; Down until `value`, Enter keeps it."""
    view = dialog.items_editor.view
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    _closed(qtbot, dialog)


def _to_column(qtbot: QtBot, dialog: TemplateEditDialog, column: int) -> None:
    view = dialog.items_editor.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(COL.COLUMNS):
        if view.currentIndex().column() == column:
            return
        qtbot.keyClick(view, Qt.Key.Key_Right)
    raise AssertionError(f"column {column} not reached")


# -- editing a checklist's items ------------------------------------------------------------


def test_a_manager_adds_an_item_to_the_cleaning_checklist_by_keyboard(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    before = estate.cleaning
    made = estate.doors.inspections.record(
        TECH, InspectionInput(before.id, HALLS, {}, all_pass=True)
    )
    panel = _panel(qtbot, estate)
    dialog = _edit(qtbot, panel, before)
    editor = dialog.items_editor
    view = editor.view
    assert editor.model.rowCount() == len(before.template.items)
    # Down to the last item, then Ctrl+N: a new item below it, its text open for typing.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    last = len(before.template.items) - 1
    assert editor.current_row() == last
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    assert editor.model.rowCount() == len(before.template.items) + 1
    _type_into_cell(qtbot, dialog, "垃圾桶周边无异味")
    # Optional: Space on its "required" box.
    _to_column(qtbot, dialog, COL.COL_REQUIRED)
    assert editor.current_row() == last + 1
    qtbot.keyClick(view, Qt.Key.Key_Space)
    # Ctrl+Up: above the remarks, which stay last.
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert editor.current_row() == last
    qtbot.keyClick(view, Qt.Key.Key_Return)  # OK
    assert not dialog.isVisible(), boxes.texts()

    after = estate.doors.templates.templates(MANAGER)
    edited = next(t for t in after if t.series_id == before.series_id)
    assert edited.version == 2
    added = edited.template.items[last]
    assert (added.text, added.kind, added.required) == ("垃圾桶周边无异味", ItemKind.CHECK, False)
    assert NEW_KEY.match(added.key)
    assert added.key not in before.template.keys
    # Every item kept keeps its key; the remark is still last.
    assert edited.template.keys == (*before.template.keys[:-1], added.key, before.template.keys[-1])
    # The inspection made before still shows version 1, word for word.
    assert estate.doors.templates.version(MANAGER, before.id).template == before.template
    detail = estate.doors.inspections.detail(MANAGER, made.id)
    assert (detail.template_id, detail.template_version) == (before.id, 1)
    assert added.key not in {line.key for line in detail.items}
    # The page shows the new version's items.
    assert panel.current_template() == edited
    assert panel.items_model.rowCount() == len(edited.template.items)


def test_keys_stay_when_items_are_removed_moved_and_retyped(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    before = estate.fire.template
    panel = _panel(qtbot, estate)
    dialog = _edit(qtbot, panel, estate.fire)
    editor = dialog.items_editor
    view = editor.view
    view.setFocus()
    # The second item removed (Delete), the new second one retyped and moved first.
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert editor.model.rowCount() == len(before.items) - 1
    assert editor.current_row() == 1
    _to_column(qtbot, dialog, COL.COL_TEXT)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert cell is not None
    qtbot.keyClick(cell, Qt.Key.Key_A, CTRL)
    _type_into_cell(qtbot, dialog, "消火栓箱完好")
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert editor.current_row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Return)  # OK
    assert not dialog.isVisible(), boxes.texts()

    edited = estate.doors.templates.templates(MANAGER)
    after = next(t for t in edited if t.series_id == estate.fire.series_id).template
    removed = before.items[1].key
    assert set(after.keys) == set(before.keys) - {removed}
    assert after.keys[:2] == (before.items[2].key, before.items[0].key)
    assert after.items[0].text == "消火栓箱完好"
    retyped = after.item(before.items[2].key)
    assert retyped is not None
    assert (retyped.text, retyped.kind, retyped.equipment_kind) == (
        "消火栓箱完好",
        before.items[2].kind,
        before.items[2].equipment_kind,
    )


def test_a_reading_with_its_low_limit_above_its_high_is_refused_at_its_row(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    store = estate.services.store
    panel = _panel(qtbot, estate)
    dialog = _edit(qtbot, panel, estate.fire)
    editor = dialog.items_editor
    view = editor.view
    # A new item at the end: a reading in MPa, from 2 to 1.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    row = editor.current_row()
    _type_into_cell(qtbot, dialog, "喷淋末端试水压力")
    # A pass/fail item has no unit or limits: those cells are greyed, and passed over.
    _to_column(qtbot, dialog, COL.COL_KIND)
    assert not editor.model.flags(editor.model.index(row, COL.COL_UNIT)) & Qt.ItemFlag.ItemIsEnabled
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == COL.COL_REQUIRED
    _to_column(qtbot, dialog, COL.COL_KIND)
    _choose_in_cell(qtbot, dialog, ItemKind.NUMBER.value)
    _to_column(qtbot, dialog, COL.COL_UNIT)
    assert editor.model.flags(view.currentIndex()) & Qt.ItemFlag.ItemIsEnabled
    qtbot.keyClick(view, Qt.Key.Key_F2)
    _type_into_cell(qtbot, dialog, "MPa")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    _type_into_cell(qtbot, dialog, "2")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    _type_into_cell(qtbot, dialog, "1")
    _to_column(qtbot, dialog, COL.COL_EQUIPMENT)
    _choose_in_cell(qtbot, dialog, EquipmentKind.SPRINKLER.value)
    counts = row_counts(store)

    qtbot.keyClick(view, Qt.Key.Key_Return)  # OK
    assert dialog.isVisible()
    assert row_counts(store) == counts  # nothing written
    assert editor.model.error_row() == row
    assert editor.current_row() == row
    assert view.hasFocus()
    message = dialog.items_message.text()
    assert "喷淋末端试水压力" in message
    assert "low limit" in message
    assert "item_" not in message  # the key is never shown
    assert dialog.items_message.isVisible()
    # Everything typed stays.
    draft = editor.model.draft(row)
    assert draft is not None
    assert (draft.unit, draft.low, draft.high) == ("MPa", Decimal(2), Decimal(1))
    assert draft.equipment_kind is EquipmentKind.SPRINKLER

    # A high limit of 3 and OK: saved, as typed.
    _to_column(qtbot, dialog, COL.COL_HIGH)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert cell is not None
    qtbot.keyClick(cell, Qt.Key.Key_A, CTRL)
    _type_into_cell(qtbot, dialog, "3")
    qtbot.keyClick(view, Qt.Key.Key_Return)  # OK
    assert not dialog.isVisible(), boxes.texts()
    saved = dialog.saved
    assert saved is not None
    assert saved.version == 2
    item = saved.template.items[-1]
    assert (item.text, item.kind, item.unit, item.low, item.high, item.equipment_kind) == (
        "喷淋末端试水压力",
        ItemKind.NUMBER,
        "MPa",
        Decimal(2),
        Decimal(3),
        EquipmentKind.SPRINKLER,
    )


# -- a new checklist ---------------------------------------------------------------------------


def test_a_new_checklist_needs_items_and_once_added_is_due_in_its_areas(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    store = estate.services.store
    panel = _panel(qtbot, estate)
    assert panel.new_button.isVisible()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_N, CTRL)
    dialog = panel.forms.form
    assert isinstance(dialog, TemplateEditDialog)
    qtbot.waitExposed(dialog)
    _active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.name_edit
    type_text(dialog.name_edit, "水箱间周检")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    kind = dialog.kind_combo
    assert kind is not None
    assert QApplication.focusWidget() is kind
    while kind.currentData() != InspectionKind.WATER_DRAINAGE.value:
        qtbot.keyClick(kind, Qt.Key.Key_Down)
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.frequency_combo
    qtbot.keyClick(dialog.frequency_combo, Qt.Key.Key_Down)  # weekly
    qtbot.keyClick(dialog.frequency_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.areas_edit
    type_text(dialog.areas_edit, "1号水箱间")
    qtbot.keyClick(dialog.areas_edit, Qt.Key.Key_Return)
    type_text(dialog.areas_edit, "2号水箱间")
    qtbot.keyClick(dialog.areas_edit, Qt.Key.Key_Tab)
    view = dialog.items_editor.view
    assert QApplication.focusWidget() is view
    assert view.shows_empty_text()
    counts = row_counts(store)

    # No items: refused under the items table, nothing written.
    qtbot.keyClick(view, Qt.Key.Key_Return)  # OK
    assert dialog.isVisible()
    assert dialog.form.error_text("items")
    assert dialog.items_editor.view.hasFocus()
    assert row_counts(store) == counts
    assert dialog.name_edit.text() == "水箱间周检"  # what was typed stays

    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    _type_into_cell(qtbot, dialog, "水箱盖板上锁")
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    _type_into_cell(qtbot, dialog, "溢流管防虫网完好")
    qtbot.keyClick(view, Qt.Key.Key_Return)  # OK
    assert not dialog.isVisible(), boxes.texts()

    added = dialog.saved
    assert added is not None
    template = added.template
    assert (template.kind, template.name, template.frequency, added.version) == (
        InspectionKind.WATER_DRAINAGE,
        "水箱间周检",
        Frequency.WEEKLY,
        1,
    )
    assert template.areas == ("1号水箱间", "2号水箱间")
    assert [i.text for i in template.items] == ["水箱盖板上锁", "溢流管防虫网完好"]
    assert all(NEW_KEY.match(key) for key in template.keys)
    assert len(set(template.keys)) == 2
    # Listed on the page (chosen), and due in each of its areas.
    assert panel.current_template() == added
    due = [r for r in estate.doors.due.rows(MANAGER) if r.series_id == added.series_id]
    assert sorted(r.area for r in due) == ["1号水箱间", "2号水箱间"]
    assert all(r.state.due_today for r in due)


def test_only_managers_make_checklists(qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate, TECH)
    assert panel.new_button.isHidden()
    assert panel.new_template() is None
    qtbot.keyClick(panel.view, Qt.Key.Key_N, CTRL)
    assert panel.forms.form is None


# -- the model ----------------------------------------------------------------------------------


def test_the_items_model_passes_the_model_tester_while_edited(
    qtmodeltester: ModelTester, estate: Estate
) -> None:
    items = estate.fire.template.items
    model = TemplateItemsEditModel(items)
    qtmodeltester.check(model)
    edit = Qt.ItemDataRole.EditRole
    reading = next(n for n, i in enumerate(items) if i.kind is ItemKind.NUMBER)
    check = next(n for n, i in enumerate(items) if i.kind is ItemKind.CHECK)
    assert model.data(model.index(reading, COL.COL_LOW)) == "1.0"
    assert model.setData(model.index(reading, COL.COL_LOW), "0.9", edit)
    assert not model.setData(model.index(reading, COL.COL_HIGH), "一点四", edit)
    assert not model.setData(model.index(check, COL.COL_UNIT), "MPa", edit)  # greyed
    assert not model.setData(model.index(check, COL.COL_KIND), "nonsense", edit)
    assert not model.setData(model.index(check, COL.COL_REQUIRED), False, edit)  # a check box
    required = model.index(check, COL.COL_REQUIRED)
    assert model.setData(required, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(required, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(check, COL.COL_EQUIPMENT), "", edit)
    # A reading made a pass/fail item hands on no unit or limits, but keeps them shown
    # again when it is a reading once more.
    assert model.setData(model.index(reading, COL.COL_KIND), ItemKind.CHECK.value, edit)
    assert model.data(model.index(reading, COL.COL_UNIT)) == ""
    assert model.items()[reading].unit == ""
    assert model.setData(model.index(reading, COL.COL_KIND), ItemKind.NUMBER.value, edit)
    assert model.data(model.index(reading, COL.COL_LOW)) == "0.9"
    added = model.add_row(1)
    assert model.draft(added) is not None
    assert model.headerData(added, Qt.Orientation.Vertical) == "2"
    assert model.move_row(added, 1) == added + 1
    assert model.move_row(0, -1) == 0  # at the top already
    assert model.remove_row(added + 1)
    assert not model.remove_row(model.rowCount())
    assert model.rowCount() == len(items)
    kept = model.items()
    assert kept[check].required is False
    assert kept[check].equipment_kind is None
    assert kept[reading].low == Decimal("0.9")


# -- as a user sees it ---------------------------------------------------------------------------


def test_the_dialog_in_chinese_with_the_fire_checklist(
    qtbot: QtBot, estate: Estate, tmp_path: Path, qapp: QApplication
) -> None:
    ensure_cjk_font(qapp)
    install_translators(qapp, "zh_CN")
    try:
        panel = _panel(qtbot, estate)
        dialog = _edit(qtbot, panel, estate.fire)
        view = dialog.items_editor.view
        # Every item shows without scrolling and the table is no wider than the dialog.
        assert view.verticalScrollBar().maximum() == 0
        assert view.horizontalScrollBar().maximum() == 0
        path = tmp_path / "template_dialog.png"
        assert dialog.grab().save(str(path))
        assert not QImage(str(path)).isNull()
    finally:
        install_translators(qapp, "en")
