"""A register with a page of its own in the Residents & units tab (buildings, parking
spaces): a filter over every column, voided rows on request (greyed, with why), the
table, and Add…, Edit… (or a double click) and Void… for the roles that may.

A panel says how its rows are read, which form adds or edits one, and how one is
voided; the rest is here once. `changed` tells the tab that the register changed (the
building filter of the units list reads the buildings again).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.dto_table_model import DtoTableModel
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export

# Its words in this class's context: self.tr would look them up in each panel's own
# (BuildingsPanel …), where the translation files do not have them.
translate = QCoreApplication.translate


class _Row(Protocol):
    @property
    def id(self) -> uuid.UUID: ...

    @property
    def voided(self) -> bool: ...


R = TypeVar("R", bound=_Row)


class RecordForm(FormDialog):
    """The add-or-edit form of a panel's register: `saved_id` names the row once saved."""

    saved_id: uuid.UUID | None = None


class RegisterPanel(QWidget, Generic[R]):
    NAME: ClassVar[str]  # the object name prefix: "buildings" → buildings_view, …
    changed = Signal()

    model: DtoTableModel[R]

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.NAME}_panel")
        self._services = services
        self._actor = actor
        self.model = self._make_model()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName(f"{self.NAME}_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self._filter_hint())
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.voided_check = QCheckBox(translate("RegisterPanel", "Show voided"))
        self.voided_check.setObjectName(f"{self.NAME}_show_voided")
        self.voided_check.toggled.connect(lambda _on: self.reload())
        self.count_label = QLabel()
        self.view = record_table(self.proxy, f"{self.NAME}_view")
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = push_button(
            translate("RegisterPanel", "Add…"), self.add, f"{self.NAME}_add"
        )
        self.edit_button = push_button(
            translate("RegisterPanel", "Edit…"), self.edit_selected, f"{self.NAME}_edit"
        )
        self.void_button = push_button(
            translate("RegisterPanel", "Void…"), self.void_selected, f"{self.NAME}_void"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(left_row(self.filter_edit, self.voided_check, self.count_label))
        layout.addWidget(self.view, 1)
        layout.addLayout(left_row(self.add_button, self.edit_button, self.void_button))
        self.add_button.setVisible(actor.may(Module.MASTER_DATA, Action.CREATE))
        self.edit_button.setVisible(actor.may(Module.MASTER_DATA, Action.UPDATE))
        self.void_button.setVisible(actor.may(Module.MASTER_DATA, Action.VOID))
        install_export(self.view, services.exports, actor, Module.MASTER_DATA, self._title())

    # -- what a panel declares ----------------------------------------------------------
    # Its table model; the filter's hint; its title (export sheet and file name); its
    # rows (voided ones too when asked); its form (None: add); how a row is voided; the
    # void dialog's title; the column saying why a row was voided (hidden until shown).
    _make_model: Callable[[], DtoTableModel[R]]
    _filter_hint: Callable[[], str]
    _title: Callable[[], str]
    _read: Callable[[bool], list[R]]
    _form: Callable[[R | None], RecordForm]
    _void: Callable[[uuid.UUID, str], object]
    _void_title: Callable[[], str]
    VOID_REASON_COLUMN: ClassVar[int]

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the register again, the selected row staying selected."""
        keep = self.selected()
        show_voided = self.voided_check.isChecked()
        try:
            rows = self._read(show_voided)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.view.setColumnHidden(self.VOID_REASON_COLUMN, not show_voided)
        self._count()
        if keep is not None:
            self.select(keep.id)

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(translate("RegisterPanel", "{n} in all").format(n=total))
        else:
            self.count_label.setText(
                translate("RegisterPanel", "{shown} of {total} shown").format(
                    shown=shown, total=total
                )
            )

    def selected(self) -> R | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, record_id: uuid.UUID) -> bool:
        """Select the row of `record_id` (the filter cleared when it hides it)."""
        for row, record in enumerate(self.model.rows()):
            if record.id == record_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    self.filter_edit.clear()
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.selectRow(index.row())
                self.view.scrollTo(index)
                return True
        return False

    # -- actions -------------------------------------------------------------------------
    def add(self) -> RecordForm | None:
        if not self._actor.may(Module.MASTER_DATA, Action.CREATE):
            return None
        return self._run_form(self._form(None))

    def edit_selected(self) -> RecordForm | None:
        record = self.selected()
        if (
            record is None
            or record.voided
            or not self._actor.may(Module.MASTER_DATA, Action.UPDATE)
        ):
            return None
        return self._run_form(self._form(record))

    def _run_form(self, form: RecordForm) -> RecordForm:
        if form.exec() and form.saved_id is not None:
            self.reload()
            self.select(form.saved_id)
            self.changed.emit()
        return form

    def void_selected(self) -> None:
        record = self.selected()
        if record is None or record.voided:
            return
        dialog = ReasonDialog(
            self._void_title(),
            translate("RegisterPanel", "Reason"),
            lambda reason: self._void(record.id, reason),
            self,
        )
        if dialog.exec():
            self.reload()
            self.changed.emit()
