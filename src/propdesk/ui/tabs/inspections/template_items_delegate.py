"""The cell editors of the checklist items table: a line for the text and the unit
(as long as the domain allows), a number line for a limit, and a drop-down for the
kind and for the register item inspected (the names the rest of the tab uses)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import ItemKind
from propdesk.domain.inspections.templates import MAX_ITEM_TEXT, MAX_UNIT
from propdesk.ui.tabs.inspections.equipment_names import kind_name as equipment_kind_name
from propdesk.ui.tabs.inspections.template_items_edit_model import TemplateItemsEditModel
from propdesk.ui.tabs.inspections.template_items_model import item_kind_name
from propdesk.ui.widgets.choices import enum_choices

# A limit as a gauge reads: a sign, digits, a decimal point. Its range is the
# domain's to judge (per unit), at the item's row.
_LIMIT = QRegularExpression(r"-?\d{0,7}(\.\d{0,4})?")
_Model = QAbstractItemModel
_Index = QModelIndex | QPersistentModelIndex


class TemplateItemsDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = index.column()
        model = TemplateItemsEditModel
        if column == model.COL_KIND:
            return self._combo(parent, enum_choices(ItemKind, item_kind_name), "item_kind")
        if column == model.COL_EQUIPMENT:
            choices: list[tuple[str, object]] = [(self.tr("(none)"), "")]
            choices += enum_choices(EquipmentKind, equipment_kind_name)
            return self._combo(parent, choices, "item_equipment")
        edit = QLineEdit(parent)
        edit.setFrame(False)
        if column == model.COL_TEXT:
            edit.setMaxLength(MAX_ITEM_TEXT)
            edit.setObjectName("item_text")
        elif column == model.COL_UNIT:
            edit.setMaxLength(MAX_UNIT)
            edit.setObjectName("item_unit")
        elif column in (model.COL_LOW, model.COL_HIGH):
            edit.setValidator(QRegularExpressionValidator(_LIMIT, edit))
            edit.setObjectName("item_limit")
        return edit

    @staticmethod
    def _combo(parent: QWidget, choices: list[tuple[str, object]], name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.setMaxVisibleItems(16)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value or ""), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: _Model, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
