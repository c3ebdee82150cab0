"""Routes and checkpoints (巡逻路线): the routes in service, and the chosen route's
checkpoints in walking order, each with the code its QR label carries.

Managers add, rename and void routes, and add, edit, reorder and void checkpoints —
all by keyboard as well: Insert adds, Enter (or F2) edits, Delete voids, Ctrl+Up and
Ctrl+Down move a checkpoint along its route. Other roles see the lists read-only.
The labels of the whole route, or of the checkpoints selected, go to print preview.

The dialog can stay open beside the window (modeless); its forms open one at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.routes import CheckpointInfo, RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.patrol.checkpoint_form import CheckpointForm
from propdesk.ui.tabs.patrol.patrol_printing import PatrolPrinting
from propdesk.ui.tabs.patrol.route_form import RouteForm
from propdesk.ui.tabs.patrol.route_models import (
    CheckpointTableModel,
    RouteTableModel,
    row_of,
)
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.titled_box import titled_box


def _key_shortcut(view: QTableView, keys: QKeySequence | Qt.Key, act: Callable[[], object]) -> None:
    """A key on the table itself (not while a form or another list has the focus)."""
    shortcut = QShortcut(QKeySequence(keys), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(act)


def _reason_dialog(title: str, act: Callable[[str], object], parent: QWidget) -> ReasonDialog:
    """Why a route or a checkpoint is voided; the reason field has the keyboard."""
    dialog = ReasonDialog(title, QCoreApplication.translate("RoutesDialog", "Reason"), act, parent)
    dialog.fields_first_in_tab_order()
    dialog.tab_through_fields()
    return dialog


class RoutesDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrol_routes_dialog")
        self.setWindowTitle(self.tr("Patrol routes and checkpoints"))
        self._routes = services.module(PatrolServices).routes
        self._actor = actor
        self.may_edit = actor.may(Module.SETTINGS, Action.UPDATE)
        self.printing = PatrolPrinting(services, actor, self)
        self.forms = OneFormAtATime(self, self._focus_back)
        self._focus_after: QTableView | None = None

        self.route_model = RouteTableModel(self)
        self.route_view = record_table(self.route_model, "patrol_routes", stretch=[2])
        self.checkpoint_model = CheckpointTableModel(self)
        self.checkpoint_view = record_table(
            self.checkpoint_model,
            "patrol_checkpoints",
            stretch=[CheckpointTableModel.COL_CHECKLIST],
        )
        # Several checkpoints may be chosen at once: their labels are printed together.
        self.checkpoint_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.checkpoint_view.setWordWrap(False)
        for view in (self.route_view, self.checkpoint_view):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

        self._build_buttons()
        self.routes_box = titled_box(
            self.tr("Routes"),
            self.route_view,
            [self.add_route_button, self.rename_route_button, self.void_route_button],
        )
        self.checkpoints_box = titled_box(
            self.tr("Checkpoints"),
            self.checkpoint_view,
            [
                self.add_checkpoint_button,
                self.edit_checkpoint_button,
                self.up_button,
                self.down_button,
                self.void_checkpoint_button,
            ],
        )
        # The labels on a row of their own: what read-only roles have too.
        box_layout = self.checkpoints_box.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.addLayout(left_row(self.print_route_button, self.print_selected_button))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.routes_box)
        splitter.addWidget(self.checkpoints_box)
        splitter.setSizes([300, 700])
        self.hint_label = QLabel(
            self.tr(
                "Insert: add · Enter or F2: edit · Delete: void · "
                "Ctrl+Up / Ctrl+Down: move a checkpoint along its route"
            )
            if self.may_edit
            else self.tr("Your role may view the routes but not change them.")
        )
        self.hint_label.setObjectName("patrol_routes_hint")
        self.hint_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(buttons)
        # Enter belongs to the lists (edit), never to a default button closing the dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        self._install_keys()
        self._apply_role()
        self.route_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_checkpoints()
        )
        self.checkpoint_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.checkpoint_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.resize(1000, 600)
        self.reload()
        self.route_view.setFocus()

    def _build_buttons(self) -> None:
        self.add_route_button = push_button(
            self.tr("Add…"), self.add_route, "patrol_add_route", self.tr("Insert")
        )
        self.rename_route_button = push_button(
            self.tr("Rename…"), self.rename_route, "patrol_rename_route", self.tr("F2")
        )
        self.void_route_button = push_button(
            self.tr("Void…"), self.void_route, "patrol_void_route", self.tr("Delete")
        )
        self.add_checkpoint_button = push_button(
            self.tr("Add…"), self.add_checkpoint, "patrol_add_checkpoint", self.tr("Insert")
        )
        self.edit_checkpoint_button = push_button(
            self.tr("Edit…"), self.edit_checkpoint, "patrol_edit_checkpoint", self.tr("Enter, F2")
        )
        self.up_button = push_button(
            self.tr("Move up"),
            lambda: self.move_checkpoint(-1),
            "patrol_checkpoint_up",
            self.tr("Ctrl+Up"),
        )
        self.down_button = push_button(
            self.tr("Move down"),
            lambda: self.move_checkpoint(1),
            "patrol_checkpoint_down",
            self.tr("Ctrl+Down"),
        )
        self.void_checkpoint_button = push_button(
            self.tr("Void…"), self.void_checkpoint, "patrol_void_checkpoint", self.tr("Delete")
        )
        self.print_route_button = push_button(
            self.tr("Print the route's labels…"), self.print_route_labels, "patrol_print_route"
        )
        self.print_selected_button = push_button(
            self.tr("Print labels of the selected…"),
            self.print_selected_labels,
            "patrol_print_selected",
        )

    def _install_keys(self) -> None:
        if not self.may_edit:
            return
        routes, checkpoints = self.route_view, self.checkpoint_view
        _key_shortcut(routes, Qt.Key.Key_Insert, self.add_route)
        _key_shortcut(routes, Qt.Key.Key_F2, self.rename_route)
        _key_shortcut(routes, Qt.Key.Key_Delete, self.void_route)
        _key_shortcut(checkpoints, Qt.Key.Key_Insert, self.add_checkpoint)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            _key_shortcut(checkpoints, key, self.edit_checkpoint)
        _key_shortcut(checkpoints, Qt.Key.Key_Delete, self.void_checkpoint)
        ctrl = Qt.KeyboardModifier.ControlModifier
        _key_shortcut(
            checkpoints, QKeySequence(ctrl | Qt.Key.Key_Up), lambda: self.move_checkpoint(-1)
        )
        _key_shortcut(
            checkpoints, QKeySequence(ctrl | Qt.Key.Key_Down), lambda: self.move_checkpoint(1)
        )
        # From a route, Enter goes on to its checkpoints.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            _key_shortcut(routes, key, self._to_checkpoints)

    def _apply_role(self) -> None:
        for button in (
            self.add_route_button,
            self.rename_route_button,
            self.void_route_button,
            self.add_checkpoint_button,
            self.edit_checkpoint_button,
            self.up_button,
            self.down_button,
            self.void_checkpoint_button,
        ):
            button.setVisible(self.may_edit)

    # -- reading -------------------------------------------------------------------------
    def reload(
        self, route_id: uuid.UUID | None = None, checkpoint_ids: tuple[uuid.UUID, ...] = ()
    ) -> None:
        """Read the routes again; select `route_id` (else the route selected) and the
        checkpoints given."""
        chosen = self.selected_route()
        route_id = route_id or (chosen.id if chosen is not None else None)
        try:
            routes = self._routes.routes(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.route_model.set_rows(routes)
        row = max(row_of(self.route_model, route_id), 0) if routes else -1
        if row >= 0:
            self.route_view.selectRow(row)
        self._show_checkpoints(checkpoint_ids)

    def selected_route(self) -> RouteInfo | None:
        index = self.route_view.currentIndex()
        return self.route_model.row_at(index.row()) if index.isValid() else None

    def current_checkpoint(self) -> CheckpointInfo | None:
        index = self.checkpoint_view.currentIndex()
        return self.checkpoint_model.row_at(index.row()) if index.isValid() else None

    def selected_checkpoints(self) -> list[CheckpointInfo]:
        rows = sorted(index.row() for index in self.checkpoint_view.selectionModel().selectedRows())
        return [c for c in (self.checkpoint_model.row_at(r) for r in rows) if c is not None]

    def _show_checkpoints(self, checkpoint_ids: tuple[uuid.UUID, ...] = ()) -> None:
        route = self.selected_route()
        self.checkpoint_model.set_rows(route.checkpoints if route is not None else [])
        self.checkpoints_box.setTitle(
            self.tr("Checkpoints of {route}").format(route=route.name)
            if route is not None
            else self.tr("Checkpoints")
        )
        rows = [row_of(self.checkpoint_model, i) for i in checkpoint_ids]
        rows = [r for r in rows if r >= 0]
        if rows:
            self.checkpoint_view.setCurrentIndex(self.checkpoint_model.index(rows[0], 0))
            self.checkpoint_view.selectRow(rows[0])
        self._enable()

    def _enable(self) -> None:
        route = self.selected_route()
        checkpoint = self.current_checkpoint()
        has_checkpoints = route is not None and bool(route.checkpoints)
        for button in (
            self.rename_route_button,
            self.void_route_button,
            self.add_checkpoint_button,
        ):
            button.setEnabled(route is not None)
        for button in (self.edit_checkpoint_button, self.void_checkpoint_button):
            button.setEnabled(checkpoint is not None)
        self.up_button.setEnabled(checkpoint is not None and checkpoint.position > 1)
        self.down_button.setEnabled(
            checkpoint is not None
            and route is not None
            and checkpoint.position < len(route.checkpoints)
        )
        self.print_route_button.setEnabled(has_checkpoints)
        self.print_selected_button.setEnabled(bool(self.selected_checkpoints()))

    # -- routes --------------------------------------------------------------------------
    def add_route(self) -> RouteForm | None:
        if not self.may_edit:
            return None
        self._focus_after = self.route_view
        return self.forms.open(
            lambda: RouteForm(self._routes, self._actor, None, self), self._route_saved
        )

    def rename_route(self) -> RouteForm | None:
        route = self.selected_route()
        if not self.may_edit or route is None:
            return None
        self._focus_after = self.route_view
        return self.forms.open(
            lambda: RouteForm(self._routes, self._actor, route, self), self._route_saved
        )

    def _route_saved(self, form: RouteForm) -> None:
        if form.saved is not None:
            self.reload(form.saved.id)

    def void_route(self) -> ReasonDialog | None:
        route = self.selected_route()
        if not self.may_edit or route is None:
            return None
        self._focus_after = self.route_view
        return self.forms.open(
            lambda: _reason_dialog(
                self.tr("Void route {name}").format(name=route.name),
                lambda reason: self._routes.void_route(self._actor, route.id, reason),
                self,
            ),
            lambda _form: self.reload(),
        )

    # -- checkpoints ---------------------------------------------------------------------
    def add_checkpoint(self) -> CheckpointForm | None:
        route = self.selected_route()
        if not self.may_edit or route is None:
            return None
        self._focus_after = self.checkpoint_view
        return self.forms.open(
            lambda: CheckpointForm(self._routes, self._actor, route.id, route.name, None, self),
            self._checkpoint_saved,
        )

    def edit_checkpoint(self) -> CheckpointForm | None:
        route, checkpoint = self.selected_route(), self.current_checkpoint()
        if not self.may_edit or route is None or checkpoint is None:
            return None
        self._focus_after = self.checkpoint_view
        return self.forms.open(
            lambda: CheckpointForm(
                self._routes, self._actor, route.id, route.name, checkpoint, self
            ),
            self._checkpoint_saved,
        )

    def _checkpoint_saved(self, form: CheckpointForm) -> None:
        if form.saved is not None:
            self.reload(form.saved.route_id, (form.saved.id,))

    def move_checkpoint(self, offset: int) -> None:
        checkpoint = self.current_checkpoint()
        if not self.may_edit or checkpoint is None:
            return
        try:
            route = self._routes.move_checkpoint(self._actor, checkpoint.id, offset)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.reload(route.id, (checkpoint.id,))
        self.checkpoint_view.setFocus()

    def void_checkpoint(self) -> ReasonDialog | None:
        checkpoint = self.current_checkpoint()
        if not self.may_edit or checkpoint is None:
            return None
        self._focus_after = self.checkpoint_view
        return self.forms.open(
            lambda: _reason_dialog(
                self.tr("Void checkpoint {code} {name}").format(
                    code=checkpoint.code, name=checkpoint.name
                ),
                lambda reason: self._routes.void_checkpoint(self._actor, checkpoint.id, reason),
                self,
            ),
            lambda _form: self._after_checkpoint_void(checkpoint),
        )

    def _after_checkpoint_void(self, gone: CheckpointInfo) -> None:
        """The checkpoint that took its place is selected (the last one when it was last)."""
        self.reload(gone.route_id)
        count = self.checkpoint_model.rowCount()
        if count:
            row = min(gone.position - 1, count - 1)
            self.checkpoint_view.setCurrentIndex(self.checkpoint_model.index(row, 0))
            self.checkpoint_view.selectRow(row)

    # -- labels --------------------------------------------------------------------------
    def print_route_labels(self) -> None:
        route = self.selected_route()
        if route is not None and route.checkpoints:
            self.printing.label_sheet(route_id=route.id)

    def print_selected_labels(self) -> None:
        chosen = self.selected_checkpoints()
        if chosen:
            self.printing.label_sheet(checkpoint_ids=[c.id for c in chosen])

    # -- focus ---------------------------------------------------------------------------
    def _to_checkpoints(self) -> None:
        self.checkpoint_view.setFocus()
        if not self.checkpoint_view.currentIndex().isValid() and self.checkpoint_model.rowCount():
            self.checkpoint_view.selectRow(0)

    def _focus_back(self) -> None:
        view = self._focus_after or self.route_view
        self.activateWindow()
        view.setFocus()
