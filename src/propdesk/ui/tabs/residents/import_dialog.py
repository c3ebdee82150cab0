"""Import a register from Excel: template, preview (counts and a row-by-row error
list), then import — all or nothing. The work runs on a worker thread.

The registers are the master-data ones and, after them, the modules' sheets the
importer was built with (the equipment register …) that the user may import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.importing import (
    ImportKind,
    ImportResult,
    save_error_report,
)
from propdesk.ui.dialogs import show_error, show_failure, user_message
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets import template_file
from propdesk.ui.widgets.background_work import BackgroundWork
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.worker import Work


class ImportDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._file: Path | None = None
        self.result_: ImportResult | None = None
        self._work = BackgroundWork(self, self._on_error, self._update_buttons)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.kind_combo = choice_combo(self._kinds(), "import_kind")
        self.kind_combo.currentIndexChanged.connect(self._forget)
        self.template_button = push_button(self.tr("Download template…"), self._on_template)
        self.choose_button = push_button(self.tr("Choose file and preview…"), self._on_choose)
        self.file_label = QLabel()
        self.summary = QLabel(self.tr("Choose what to import, then the file."))
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.progress = self._work.bar
        self.errors = self._error_table()
        self.save_errors_button = push_button(self.tr("Save error list…"), self._on_save_errors)
        self.import_button = push_button(self.tr("Import"), self._on_import, "import_button")
        top = QHBoxLayout()
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.template_button)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.errors, 1)
        layout.addLayout(self._bottom_row())
        self.resize(760, 520)
        self._update_buttons()

    def _bottom_row(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_errors_button)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(push_button(self.tr("Close"), self.reject))
        return bottom

    def _error_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setObjectName("import_errors")
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _kinds(self) -> list[tuple[str, str]]:
        """(shown name, kind): the registers, then the modules' sheets this user may
        import, named as their templates' sheets are."""
        kinds = [
            (self.tr("Units"), ImportKind.UNITS.value),
            (self.tr("Residents"), ImportKind.RESIDENTS.value),
            (self.tr("Vehicles"), ImportKind.VEHICLES.value),
            (self.tr("Access cards"), ImportKind.CARDS.value),
        ]
        importing = self._services.importing
        for sheet in importing.sheets.extra:
            if importing.may_import(self._actor, sheet.key):
                kinds.append((importing.sheets.title(sheet.key, ui_language()), sheet.key))
        return kinds

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _forget(self) -> None:
        self._file = None
        self.result_ = None
        self.file_label.clear()
        self.errors.setRowCount(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._work.busy
        ready = self.result_ is not None and self.result_.ok and not self.result_.written
        self.import_button.setEnabled(not busy and ready)
        has_errors = self.result_ is not None and not self.result_.ok
        self.save_errors_button.setEnabled(not busy and has_errors)
        for widget in (self.kind_combo, self.template_button, self.choose_button):
            widget.setEnabled(not busy)

    # -- template ------------------------------------------------------------------
    def _on_template(self) -> None:
        chosen = template_file.ask_template_path(self, f"{self.kind}-template.xlsx")
        if chosen is not None:
            self.save_template_to(chosen)

    def save_template_to(self, path: Path) -> Path | None:
        kind, importing = self.kind, self._services.importing
        return template_file.save_template(
            self, lambda: importing.save_template(kind, ui_language(), path)
        )

    # -- preview and import --------------------------------------------------------------
    def _on_choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            QDir.homePath(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.preview_file(Path(chosen))

    def preview_file(self, path: Path) -> None:
        self._file = path
        self.file_label.setText(str(path))
        kind, actor, importing = self.kind, self._actor, self._services.importing
        self._run(lambda progress: importing.preview(actor, kind, path, progress))

    def _on_import(self) -> None:
        if self._file is None:
            return
        kind, actor, importing, path = self.kind, self._actor, self._services.importing, self._file
        self._run(lambda progress: importing.apply(actor, kind, path, progress))

    def _run(self, work: Work) -> None:
        self.result_ = None
        self.errors.setRowCount(0)
        self.summary.setText(self.tr("Reading the file…"))
        self._work.run(work, self._on_result)

    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For tests and for closing: block until the background work has finished."""
        return self._work.wait_until_done(ms)

    def _on_result(self, result: ImportResult) -> None:
        self.result_ = result
        if result.written:
            self.summary.setText(
                self.tr("Imported: {c} created, {u} updated, {n} unchanged.").format(
                    c=result.created, u=result.updated, n=result.unchanged
                )
            )
        elif result.ok:
            self.summary.setText(
                self.tr(
                    "{t} rows: {c} will be created, {u} updated, {n} unchanged. "
                    "Nothing has been written yet; press Import."
                ).format(t=result.total, c=result.created, u=result.updated, n=result.unchanged)
            )
        else:
            self.summary.setText(
                self.tr(
                    "{t} rows, {e} problems. Nothing will be written until every row is "
                    "right: fix the rows below (or save the error list) and choose the file again."
                ).format(t=result.total, e=len(result.errors))
            )
        self.errors.setRowCount(len(result.errors))
        for row, error in enumerate(result.errors):
            where = f"{error.letter} · {error.header}" if error.letter else ""
            for column, text in enumerate((str(error.row), where, user_message(error.error))):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.errors.setItem(row, column, item)
        self.errors.resizeColumnToContents(0)
        self.errors.resizeColumnToContents(1)

    def _on_error(self, exc: object) -> None:
        self.summary.setText("")
        show_failure(self, exc)

    def _on_save_errors(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save error list"),
            str(Path(QDir.homePath()) / "import-errors.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.save_errors_to(Path(chosen))

    def save_errors_to(self, path: Path) -> Path | None:
        if self.result_ is None:
            return None
        try:
            return save_error_report(path, self.result_, user_message, ui_language())
        except PropdeskError as exc:
            show_error(self, exc)
            return None

    def reject(self) -> None:
        self._work.stop()
        super().reject()
