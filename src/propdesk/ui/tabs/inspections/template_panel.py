"""The Templates page of the inspections tab (检查表模板): every checklist's newest
version above, the chosen one's items below (read-only).

Managers (INSPECTIONS VOID) also load the default templates in the window's language
(a kind that has one already is left alone), make a new template (Ctrl+N), edit a
template's name, frequency, areas and items (a new version: the dialog says so) and
retire one (no longer due or offered; its inspections stay).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.templates import TemplateInfo, TemplateService
from propdesk.ui.dialogs import ask_yes_no, show_error, show_info
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.inspections.template_form import TemplateEditDialog
from propdesk.ui.tabs.inspections.template_items_model import TemplateItemsModel
from propdesk.ui.tabs.inspections.template_model import TemplateTableModel
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.record_table import record_table


class TemplatePanel(QWidget):
    # Templates were added, edited or retired: what is due changes with them.
    changed = Signal()

    def __init__(
        self, templates: TemplateService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_panel")
        self._templates = templates
        self._actor = actor
        self.may_manage = actor.may(Module.INSPECTIONS, Action.VOID)
        self.forms = OneFormAtATime(self, self._focus_list)

        self.retired_check = QCheckBox(self.tr("Show &retired templates"))
        self.retired_check.setObjectName("templates_retired")
        self.retired_check.toggled.connect(lambda _on: self.refresh())
        self.defaults_button = push_button(
            self.tr("Load default templates"), self.load_defaults, "templates_defaults"
        )
        self.new_button = push_button(
            self.tr("New template…"), self.new_template, "template_new", self.tr("Ctrl+N")
        )
        self.edit_button = push_button(self.tr("Edit…"), self.edit_selected, "template_edit")
        self.retire_button = push_button(
            self.tr("Retire…"), self.retire_selected, "template_retire"
        )
        top = QHBoxLayout()
        top.addWidget(self.retired_check)
        top.addStretch(1)
        for button in (
            self.defaults_button,
            self.new_button,
            self.edit_button,
            self.retire_button,
        ):
            button.setVisible(self.may_manage)
            button.setAutoDefault(False)
            top.addWidget(button)

        self.model = TemplateTableModel(self)
        self.view = record_table(
            self.model, "templates_view", stretch=[TemplateTableModel.COL_AREAS]
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # One line a template, one an item: the whole list fits above the items.
        line = self.view.fontMetrics().height() + 8
        self.view.verticalHeader().setDefaultSectionSize(line)
        self.view.set_empty_text(
            self.tr("No checklist templates yet: a manager loads the default ones")
        )
        self.items_model = TemplateItemsModel(self)
        self.items_view = record_table(
            self.items_model, "template_items_view", stretch=[TemplateItemsModel.COL_TEXT]
        )
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setWordWrap(False)
        self.items_view.verticalHeader().setDefaultSectionSize(line)
        self.items_title = QLabel()
        self.items_title.setObjectName("template_items_title")
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.items_title)
        column.addWidget(self.items_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        self._install_keys()
        self.refresh()

    def _install_keys(self) -> None:
        if not self.may_manage:
            return
        # Anywhere on the page, as on the equipment page.
        add = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_N), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.new_template)

    # -- reading ---------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_template()
        try:
            rows = self._templates.templates(self._actor, retired=self.retired_check.isChecked())
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        if keep is None or not self.select_series(keep.series_id):
            if rows:
                self.select_series(rows[0].series_id)
            else:
                self._on_current()

    def rows(self) -> list[TemplateInfo]:
        return self.model.rows()

    def current_template(self) -> TemplateInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_series(self, series_id: uuid.UUID) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.series_id == series_id:
                self.view.setCurrentIndex(self.model.index(number, 0))
                self.view.selectRow(number)
                return True
        return False

    def _on_current(self) -> None:
        info = self.current_template()
        self.items_model.set_rows(info.template.items if info is not None else ())
        self.items_title.setText(
            self.tr("Items of {name}, version {version}").format(
                name=info.name, version=info.version
            )
            if info is not None
            else ""
        )
        live = info is not None and not info.retired
        self.edit_button.setEnabled(live)
        self.retire_button.setEnabled(live)

    def _focus_list(self) -> None:
        self.view.setFocus()

    # -- managing --------------------------------------------------------------------
    def load_defaults(self) -> int:
        """The default template of every kind that has none, in the window's language."""
        if not self.may_manage:
            return 0
        try:
            added = self._templates.seed_defaults(self._actor, ui_language())
        except PropdeskError as exc:
            show_error(self, exc)
            return 0
        if added:
            show_info(self, self.tr("Default templates added: {n}.").format(n=added))
            self.refresh()
            self.changed.emit()
        else:
            show_info(self, self.tr("Every kind of inspection has a template already."))
        return added

    def new_template(self) -> TemplateEditDialog | None:
        """A checklist of the office's own: kind, name, frequency, areas and items."""
        if not self.may_manage:
            return None
        return self.forms.open(
            lambda: TemplateEditDialog(self._templates, self._actor, None, self), self._edited
        )

    def edit_selected(self) -> TemplateEditDialog | None:
        info = self.current_template()
        if info is None or info.retired or not self.may_manage:
            return None
        return self.forms.open(
            lambda: TemplateEditDialog(self._templates, self._actor, info, self), self._edited
        )

    def _edited(self, dialog: TemplateEditDialog) -> None:
        if dialog.saved is None:
            return
        self.refresh()
        self.select_series(dialog.saved.series_id)
        self.changed.emit()

    def retire_selected(self) -> bool:
        info = self.current_template()
        if info is None or info.retired or not self.may_manage:
            return False
        question = self.tr(
            "Retire the checklist “{name}”? It is no longer due or offered for new "
            "inspections; the inspections made with it stay."
        ).format(name=info.name)
        if not ask_yes_no(self, question):
            return False
        try:
            self._templates.retire(self._actor, info.series_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True
