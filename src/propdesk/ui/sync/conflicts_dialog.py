"""The conflicts list (Settings → Sync conflicts, or a click on the status bar's sync
line): the open conflicts above; below, the selected one's two versions side by side
and the three ways out — keep this station's version, take the server's, or merge
field by field as ticked. A row the server refused has no choice: it shows the
server's reason, is corrected in its own tab and leaves the list when the server takes
it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.sync.conflicts import ConflictService, ConflictView, Side
from propdesk.ui.dialogs import ask_yes_no, show_error
from propdesk.ui.sync.conflict_fields_model import COL_FIELD, ConflictFieldsModel
from propdesk.ui.sync.conflicts_model import ConflictListModel
from propdesk.ui.sync.table_names import record_kind_name
from propdesk.ui.widgets.record_table import record_table


class ConflictsDialog(QDialog):
    sig_resolved = Signal()  # the status line counts again

    def __init__(
        self, conflicts: ConflictService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._service = conflicts
        self._actor = actor
        self._may_resolve = actor.may(Module.SETTINGS, Action.UPDATE)

        intro = QLabel(
            self.tr(
                "A record changed on this station and on the server since the last sync "
                "waits here for a person to choose: nothing was overwritten. Rows the "
                "server refused are corrected in their own tab."
            )
        )
        intro.setWordWrap(True)
        self.list_model = ConflictListModel(self)
        self.list_view = record_table(self.list_model, "conflict_list", stretch=[4])
        self.list_view.set_empty_text(
            self.tr("No conflicts: everything saved here is on the server.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        self.resize(960, 620)  # fits a 1366×768 screen with the task bar

        selection = self.list_view.selectionModel()
        selection.selectionChanged.connect(self._on_selection)
        self.reload()

    def _build_detail(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("conflict_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setObjectName("conflict_note")
        self.note.setWordWrap(True)
        self.fields_model = ConflictFieldsModel(self)
        self.fields_view = record_table(self.fields_model, "conflict_fields", stretch=[1, 2])
        # A cell at a time: Space ticks the version under the cursor.
        self.fields_view.setSelectionBehavior(self.fields_view.SelectionBehavior.SelectItems)
        self.fields_view.horizontalHeader().setSectionResizeMode(
            COL_FIELD, QHeaderView.ResizeMode.ResizeToContents
        )
        self.fields_view.set_empty_text("")
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.note)
        column.addWidget(self.fields_view, 1)
        return detail

    def _build_buttons(self) -> QHBoxLayout:
        self.keep_button = QPushButton(self.tr("Keep this station's"))
        self.keep_button.setObjectName("keep_mine")
        self.take_button = QPushButton(self.tr("Take the server's"))
        self.take_button.setObjectName("take_theirs")
        self.merge_button = QPushButton(self.tr("Merge as chosen"))
        self.merge_button.setObjectName("merge")
        self.keep_button.clicked.connect(lambda: self.resolve("mine"))
        self.take_button.clicked.connect(self._on_take)
        self.merge_button.clicked.connect(lambda: self.resolve(self.fields_model.choice()))
        row = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.merge_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    # -- reading -------------------------------------------------------------------
    def reload(self, keep: str = "") -> None:
        try:
            rows = self._service.open_conflicts(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            rows = []
        self.list_model.set_rows(rows)
        if rows:
            at = next((i for i, c in enumerate(rows) if c.id == keep), 0)
            self.list_view.selectRow(at)
        self._show(self.current())

    def current(self) -> ConflictView | None:
        selected = self.list_view.selectionModel().selectedRows()
        return self.list_model.row_at(selected[0].row()) if selected else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.current())

    def _show(self, conflict: ConflictView | None) -> None:
        self.fields_model.set_conflict(conflict)
        if conflict is None:
            self.title.setText("")
            self.note.setText("")
        else:
            title = (
                self.tr("{kind} {label}: as saved here")
                if conflict.kind == "refused"
                else self.tr("{kind} {label}: both versions")
            )
            self.title.setText(
                title.format(kind=record_kind_name(conflict.table), label=conflict.label)
            )
            self.note.setText(self._note(conflict))
        self.note.setVisible(bool(self.note.text()))
        edit = conflict is not None and conflict.kind == "edit" and self._may_resolve
        self.keep_button.setEnabled(edit)
        self.take_button.setEnabled(edit)
        self.merge_button.setEnabled(
            edit and self.fields_model.choosable and self.fields_model.differing() > 0
        )

    def _note(self, conflict: ConflictView) -> str:
        if conflict.kind == "refused":
            return self.tr(
                "The server refused this record: {message}\nCorrect it in its own tab; this "
                "line closes when the server takes it."
            ).format(message=conflict.message)
        if not self._may_resolve:
            return self.tr("Your role may view the conflicts but not resolve them.")
        if conflict.mine_deleted or conflict.theirs_deleted:
            return self.tr(
                "One side deleted the record: keep this station's version or take the "
                "server's as a whole."
            )
        return self.tr(
            "Marked lines differ. Tick the version to keep on each (Space ticks the other "
            "side), then Merge as chosen; or keep or take one version whole."
        )

    # -- choosing --------------------------------------------------------------------
    def _on_take(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        question = self.tr(
            "Take the server's version of {label}? The changes made to it on this station "
            "are replaced (the audit trail keeps them)."
        ).format(label=conflict.label)
        if ask_yes_no(self, question, self.tr("Sync conflicts")):
            self.resolve("theirs")

    def resolve(self, choice: Side | dict[str, Side]) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        try:
            self._service.resolve(self._actor, conflict.id, choice)
        except PropdeskError as exc:
            show_error(self, exc)
            self.reload(conflict.id)
            return False
        self.reload()
        self.sig_resolved.emit()
        return True
