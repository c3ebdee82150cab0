"""The equipment register page (设施设备档案) of the inspections tab: a filter bar (kind,
all / expiring / expired, a search on code, name or place), the register by code a
page at a time, Add…, Edit…, Void… as the role allows, and QR labels to print.

The keyboard does it all: Ctrl+N adds, Enter (on the list) edits, Delete voids (a
manager's right: the service checks it too), and the forms open without blocking
the window, one at a time, the list getting the keyboard back when they close.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.equipment import (
    MAX_PAGE,
    DueFilter,
    EquipmentFilter,
    EquipmentInfo,
    EquipmentService,
)
from propdesk.services.inspections.equipment_inputs import SEARCH_MAX
from propdesk.services.inspections.views import InspectionRow, ItemLine
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.inspections.equipment_form import EquipmentForm
from propdesk.ui.tabs.inspections.equipment_history_dialog import EquipmentHistoryDialog
from propdesk.ui.tabs.inspections.equipment_labels import preview_labels
from propdesk.ui.tabs.inspections.equipment_model import EquipmentTableModel
from propdesk.ui.tabs.inspections.equipment_names import due_filter_name, kind_name
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.keyset_pager import KeysetPager
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.paged_list import PAGE_SIZE
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.search_edit import search_edit

translate = QCoreApplication.translate


# An item's inspections with their line, newest first (InspectionService.equipment_history).
HistorySource = Callable[[uuid.UUID], Sequence[tuple[InspectionRow, ItemLine]]]


def _no_estate() -> str:
    return ""


class EquipmentPanel(QWidget):
    def __init__(
        self,
        equipment: EquipmentService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        estate_name: Callable[[], str] = _no_estate,
        page_size: int = PAGE_SIZE,
        history: HistorySource | None = None,
    ) -> None:
        """`estate_name` gives the estate printed on every label (read when printed);
        `history` an item's inspections (None: the page offers no history)."""
        super().__init__(parent)
        self.setObjectName("equipment_panel")
        self._equipment = equipment
        self._actor = actor
        self._estate_name = estate_name
        self._history = history
        self.page_size = page_size
        self.may_add = actor.may(Module.INSPECTIONS, Action.CREATE)
        self.may_edit = actor.may(Module.INSPECTIONS, Action.UPDATE)
        self.may_void = actor.may(Module.INSPECTIONS, Action.VOID)
        self.forms = OneFormAtATime(self, self._focus_list)

        filters = self._build_filters()
        self.model = EquipmentTableModel(self)
        self.view = record_table(
            self.model, "equipment_view", stretch=[EquipmentTableModel.COL_PLACE]
        )
        # Several items may be chosen at once: their labels are printed together.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.pager = self._make_pager()
        self.pager.load_page.connect(lambda _start: self._load())
        self._build_buttons()
        self.hint_label = QLabel(self._hint())
        self.hint_label.setObjectName("equipment_hint")
        self.hint_label.setEnabled(False)  # greyed: a hint, not data

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pager)
        layout.addLayout(
            left_row(
                self.add_button,
                self.edit_button,
                self.void_button,
                self.print_selected_button,
                self.print_all_button,
                self.history_button,
                self.hint_label,
            )
        )
        self._install_keys()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._filter = self.current_filter()
        self.search()

    # -- building --------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        self.kind_combo = choice_combo(
            [(self.tr("Any kind"), None), *enum_choices(EquipmentKind, kind_name)],
            "equipment_kind_filter",
        )
        self.due_combo = choice_combo(enum_choices(DueFilter, due_filter_name), "equipment_due")
        for combo in (self.kind_combo, self.due_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self.search())
        self.search_edit = search_edit(
            "equipment_search",
            self.tr("Code, name or place; Enter searches"),
            SEARCH_MAX,
            self.search,
            min_width=220,
        )
        row = QHBoxLayout()
        add_labelled(row, self.tr("Kind"), self.kind_combo)
        row.addSpacing(6)
        add_labelled(row, self.tr("Due"), self.due_combo)
        row.addSpacing(6)
        row.addWidget(self.search_edit, 1)
        return row

    def _make_pager(self) -> KeysetPager[str]:
        # The register runs by code, not by time: first / previous / next pages.
        pager: KeysetPager[str] = KeysetPager("equipment", self.page_size)
        pager.newest_button.setText(self.tr("First"))
        pager.newer_button.setText(self.tr("◀ Previous"))
        pager.older_button.setText(self.tr("Next ▶"))
        return pager

    def _build_buttons(self) -> None:
        self.add_button = push_button(self.tr("Add…"), self.add, "equipment_add", self.tr("Ctrl+N"))
        self.edit_button = push_button(
            self.tr("Edit…"), self.edit_selected, "equipment_edit", self.tr("Enter")
        )
        self.void_button = push_button(
            self.tr("Void…"), self.void_selected, "equipment_void", self.tr("Delete")
        )
        self.print_selected_button = push_button(
            self.tr("Print labels of the selected…"),
            self.print_selected_labels,
            "equipment_print_selected",
        )
        self.print_all_button = push_button(
            self.tr("Print labels of all found…"),
            self.print_all_labels,
            "equipment_print_all",
            self.tr("Every item the filter finds, on every page"),
        )
        self.history_button = push_button(
            self.tr("History…"),
            self.show_history,
            "equipment_history",
            self.tr("Every inspection of the chosen item"),
        )
        self.history_button.setVisible(self._history is not None)
        self.add_button.setVisible(self.may_add)
        self.edit_button.setVisible(self.may_edit)
        self.void_button.setVisible(self.may_void)
        # Enter belongs to the list (edit), never to a default button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def _hint(self) -> str:
        keys = []
        if self.may_add:
            keys.append(self.tr("Ctrl+N: add"))
        if self.may_edit:
            keys.append(self.tr("Enter: edit"))
        if self.may_void:
            keys.append(self.tr("Delete: void"))
        return " · ".join(keys)

    def _install_keys(self) -> None:
        if self.may_add:
            # Anywhere on the page (the search box, the list).
            add = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_N), self)
            add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            add.activated.connect(self.add)
        keys: list[tuple[Qt.Key, Callable[[], object]]] = []
        if self.may_edit:
            keys += [(key, self.edit_selected) for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)]
        if self.may_void:
            keys.append((Qt.Key.Key_Delete, self.void_selected))
        for key, act in keys:
            # On the list itself: Enter in the search box searches.
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(act)

    # -- reading ---------------------------------------------------------------------------
    def current_filter(self) -> EquipmentFilter:
        kind = self.kind_combo.currentData()
        return EquipmentFilter(
            kind=EquipmentKind(kind) if kind else None,
            text=self.search_edit.text().strip(),
            due=DueFilter(self.due_combo.currentData()),
        )

    def search(self) -> None:
        """The first page of what the filter bar says now."""
        self._filter = self.current_filter()
        self.pager.reset()
        self._load()

    def reload(self) -> None:
        """Read the page shown again (after a change), the selected item kept."""
        self._load()

    def _load(self) -> None:
        keep = self.current_item()
        try:
            page = self._equipment.page(self._actor, self._filter, self.pager.start, self.page_size)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if self.pager.back_if_empty(len(page.rows)):  # the rest was voided meanwhile
            return
        self.model.set_rows(page.rows)
        first = self.pager.first_row
        shown = len(page.rows)
        self.pager.show_page(
            page.next_after,
            self.tr("Items {first}–{last}").format(first=first, last=first + shown - 1)
            if shown
            else self.tr("No items"),
        )
        if keep is not None:
            self.select_item(keep.code)
        self._enable()

    def rows(self) -> list[EquipmentInfo]:
        return self.model.rows()

    def current_item(self) -> EquipmentInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_items(self) -> list[EquipmentInfo]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [item for item in (self.model.row_at(r) for r in rows) if item is not None]

    def select_item(self, code: str) -> bool:
        """Make the item with that code current when it is on this page."""
        for row, item in enumerate(self.model.rows()):
            if item.code == code:
                self.view.setCurrentIndex(self.model.index(row, 0))
                self.view.selectRow(row)
                return True
        return False

    def _enable(self) -> None:
        item = self.current_item()
        self.edit_button.setEnabled(item is not None)
        self.void_button.setEnabled(item is not None)
        self.print_selected_button.setEnabled(bool(self.selected_items()))
        self.history_button.setEnabled(item is not None)
        self.print_all_button.setEnabled(self.model.rowCount() > 0)

    def _focus_list(self) -> None:
        self.view.setFocus()

    # -- changes ---------------------------------------------------------------------------
    def add(self) -> EquipmentForm | None:
        if not self.may_add:
            return None
        return self.forms.open(
            lambda: EquipmentForm(self._equipment, self._actor, None, self), self._saved
        )

    def edit_selected(self) -> EquipmentForm | None:
        item = self.current_item()
        if not self.may_edit or item is None:
            return None
        return self.forms.open(
            lambda: EquipmentForm(self._equipment, self._actor, item, self), self._saved
        )

    def show_history(self) -> EquipmentHistoryDialog | None:
        item = self.current_item()
        if self._history is None or item is None:
            return None
        try:
            found = self._history(item.id)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        dialog = EquipmentHistoryDialog(item, found, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, form: EquipmentForm) -> None:
        if form.saved is None:
            return
        self.reload()
        if not self.select_item(form.saved.code):
            # Not on this page (or not in the filter): the list's start shows it when
            # the filter allows; the item itself is saved either way.
            self.view.clearSelection()

    def void_selected(self) -> ReasonDialog | None:
        item = self.current_item()
        if not self.may_void or item is None:
            return None

        def make() -> ReasonDialog:
            dialog = ReasonDialog(
                self.tr("Void {code} {name}").format(code=item.code, name=item.name),
                self.tr("Reason"),
                lambda reason: self._equipment.void(self._actor, item.id, reason),
                self,
            )
            dialog.fields_first_in_tab_order()
            dialog.tab_through_fields()
            return dialog

        return self.forms.open(make, lambda _dialog: self.reload())

    # -- labels ----------------------------------------------------------------------------
    def print_selected_labels(self) -> bool:
        return preview_labels(self, self.selected_items(), self._estate_name)

    def print_all_labels(self) -> bool:
        """The labels of every item the filter finds, all pages of it."""
        try:
            items = self._all_found()
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        return preview_labels(self, items, self._estate_name)

    def _all_found(self) -> list[EquipmentInfo]:
        items: list[EquipmentInfo] = []
        after: str | None = None
        while True:
            page = self._equipment.page(self._actor, self._filter, after, MAX_PAGE)
            items += page.rows
            if page.next_after is None:
                return items
            after = page.next_after
