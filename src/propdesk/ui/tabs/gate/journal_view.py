"""The gate journal (门岗日志): every event, newest first, a page at a time; filtered by
date and kind, searched by name, plate, unit, pass or card (Enter searches).

Pages follow the service's keyset: "Older" starts where the page ended, "Newer" goes
back to where the previous page started (a stack of page starts), "Newest" to the top.
Export to Excel writes the whole filtered journal (millions of rows, if so) on a worker
thread, streamed page by page, with a progress dialog that can cancel.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QEventLoop, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.actor import Actor
from propdesk.services.bootstrap import Services
from propdesk.services.export_service import ExportColumn
from propdesk.services.gate_events import GateEventKind
from propdesk.services.gate_journal import JournalFilter, JournalRow, Key
from propdesk.ui.dialogs import show_error, show_info
from propdesk.ui.tabs.gate.journal_model import JournalTableModel, kind_name
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.worker import Worker

translate = QCoreApplication.translate
PAGE_SIZE = 100


class JournalView(QWidget):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gate_journal")
        self._services = services
        self._actor = actor
        self.page_size = page_size
        self._filter = JournalFilter()
        self._starts: list[Key | None] = [None]  # where each page shown so far began
        self._next: Key | None = None  # where the next older page begins
        self._count: int | None = None  # matching events, when cheap to know
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_filters())
        self.model = JournalTableModel(self)
        self.view = record_table(self.model, "journal_table")
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # One line per event: a journal is read by scanning many rows at once.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(JournalTableModel.COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.export_action = self._install_export()
        layout.addWidget(self.view, 1)
        layout.addLayout(self._build_paging())
        self.search()

    # -- building ------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("journal_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("journal_to")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("journal_kind")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in GateEventKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("journal_search")
        self.search_edit.setPlaceholderText(self.tr("Name, plate, unit, pass or card"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textChanged.connect(self._on_text_changed)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_filters)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.search)
        self.kind_combo.currentIndexChanged.connect(self.search)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
            (self.tr("Kind"), self.kind_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(8)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.clear_button)
        return row

    def _build_paging(self) -> QHBoxLayout:
        self.newest_button = QPushButton(self.tr("Newest"))
        self.newest_button.setObjectName("journal_newest")
        self.newer_button = QPushButton(self.tr("◀ Newer"))
        self.newer_button.setObjectName("journal_newer")
        self.older_button = QPushButton(self.tr("Older ▶"))
        self.older_button.setObjectName("journal_older")
        self.page_label = QLabel()
        self.page_label.setObjectName("journal_page")
        self.newest_button.clicked.connect(self.newest)
        self.newer_button.clicked.connect(self.newer)
        self.older_button.clicked.connect(self.older)
        row = QHBoxLayout()
        row.addWidget(self.newest_button)
        row.addWidget(self.newer_button)
        row.addWidget(self.page_label)
        row.addWidget(self.older_button)
        row.addStretch(1)
        return row

    def _install_export(self) -> QAction | None:
        """Right-click → Export to Excel…: the whole filtered journal, not just this page."""
        if not self._actor.may(Module.GATE, Action.EXPORT):
            return None
        action = QAction(translate("TableExport", "Export to Excel…"), self.view)
        action.triggered.connect(self._on_export)
        self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    # -- filters -------------------------------------------------------------
    def current_filter(self) -> JournalFilter:
        """What the filter bar says now (a search uses it once Enter is pressed)."""
        kind = self.kind_combo.currentData()
        return JournalFilter(
            date_from=self.from_edit.value(),
            date_to=self.to_edit.value(),
            kinds=frozenset({GateEventKind(kind)}) if kind else None,
            text=self.search_edit.text().strip(),
        )

    def clear_filters(self) -> None:
        for widget in (self.from_edit, self.to_edit, self.kind_combo, self.search_edit):
            widget.blockSignals(True)
        try:
            self.from_edit.set_value(None)
            self.to_edit.set_value(None)
            self.kind_combo.setCurrentIndex(0)
            self.search_edit.clear()
        finally:
            for widget in (self.from_edit, self.to_edit, self.kind_combo, self.search_edit):
                widget.blockSignals(False)
        self.search()

    def _on_text_changed(self, text: str) -> None:
        if not text and self._filter.text:  # the clear button: show everything again
            self.search()

    # -- pages ---------------------------------------------------------------
    def search(self) -> None:
        """The newest page of what the filter bar says now."""
        self._filter = self.current_filter()
        self._starts = [None]
        self._reload(count=True)

    def refresh(self) -> None:
        """Read the shown page again (after a save at the gate: on the newest page the new
        event appears at the top; deeper pages keep their place)."""
        self._reload(count=True)

    def newest(self) -> None:
        self._starts = [None]
        self._reload()

    def older(self) -> None:
        if self._next is not None:
            self._starts.append(self._next)
            self._reload()

    def newer(self) -> None:
        if len(self._starts) > 1:
            self._starts.pop()
            self._reload()

    def _reload(self, *, count: bool = False) -> None:
        journal = self._services.gate_journal
        try:
            if count:
                self._count = journal.count(self._actor, self._filter)
            page = journal.page(self._actor, self._filter, self._starts[-1], self.page_size)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if not page.rows and len(self._starts) > 1:  # the rest went away (voided …)
            self._starts.pop()
            self._reload()
            return
        self.model.set_rows(page.rows)
        self._next = page.next_before
        self._update_paging(len(page.rows))

    def _update_paging(self, shown: int) -> None:
        first = (len(self._starts) - 1) * self.page_size + 1
        if not shown:
            text = self.tr("No entries")
        elif self._count is not None:
            text = self.tr("Rows {first}–{last} of {total}").format(
                first=first, last=first + shown - 1, total=self._count
            )
        else:
            text = self.tr("Rows {first}–{last}").format(first=first, last=first + shown - 1)
        self.page_label.setText(text)
        self.newest_button.setEnabled(len(self._starts) > 1)
        self.newer_button.setEnabled(len(self._starts) > 1)
        self.older_button.setEnabled(self._next is not None)

    def rows(self) -> list[JournalRow]:
        return self.model.rows()

    # -- export --------------------------------------------------------------
    def export_all(self, path: Path | None = None) -> bool:
        """Write every event the filter finds to an Excel file (asks where unless given);
        False when cancelled before starting or an export is already running."""
        if self._worker is not None:
            return False
        title = self.tr("Gate journal")
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("TableExport", "Export to Excel"),
                str(Path(QDir.homePath()) / f"{title}.xlsx"),
                translate("TableExport", "Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        target = path
        flt, actor, services = self._filter, self._actor, self._services
        columns = list(self.model.columns())
        headers = [ExportColumn(c.header, c.kind) for c in columns]

        def work(progress: object) -> tuple[int, Path]:
            total = services.gate_journal.count(actor, flt)
            rows = (
                [c.export_value(row) for c in columns]
                for row in services.gate_journal.iter_rows(actor, flt)
            )
            written = services.exports.export(
                actor,
                Module.GATE,
                target,
                headers,
                rows,
                sheet_title=title,
                total=total,
                progress=progress,  # type: ignore[arg-type]
            )
            return written, target

        self._progress = QProgressDialog(
            self.tr("Exporting the gate journal…"), self.tr("Cancel"), 0, 0, self
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.setAutoReset(False)
        worker = Worker(work, self)  # type: ignore[arg-type]
        self._progress.canceled.connect(worker.cancel)
        worker.sig_progress.connect(self._on_progress)
        worker.sig_result.connect(self._on_exported)
        worker.sig_error.connect(self._on_export_error)
        worker.sig_done.connect(self._on_export_done)
        self._worker = worker
        worker.start()
        return True

    def _on_export(self) -> None:
        self.export_all()  # not connected directly: triggered passes `checked` as the path

    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For tests and for closing: until the export has finished. Events are processed
        meanwhile: the worker's end arrives as a queued signal, so QThread.wait here
        would wait for itself."""
        deadline = time.monotonic() + ms / 1000
        while self._worker is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        return self._worker is None

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        if total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))
        self._progress.setLabelText(self.tr("Exporting the gate journal: {n} rows…").format(n=done))

    def _on_exported(self, result: tuple[int, Path]) -> None:
        written, path = result
        self._close_progress()
        show_info(
            self,
            translate("TableExport", "{n} rows exported to {path}").format(n=written, path=path),
        )

    def _on_export_error(self, exc: object) -> None:
        self._close_progress()
        if isinstance(exc, PropdeskError):
            show_error(self, exc)
        elif isinstance(exc, BaseException):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _on_export_done(self) -> None:
        self._close_progress()
        self._worker = None

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
