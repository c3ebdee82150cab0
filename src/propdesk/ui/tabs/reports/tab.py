"""Reports (月度报告): the monthly operations report of a month, in a language, as the
A4 PDF (previewed, printed or saved) or the monthly workbook (saved).

The report is made on a worker thread; a progress bar and a Cancel button stand in the
tab meanwhile (a cancelled report writes nothing). What went wrong — a month not begun,
an estate with nothing to report, the database, a file that cannot be written — is
said in the tab, under the buttons, in the user's language.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.dialogs import error_text
from propdesk.ui.tabs.reports.options_form import ReportOptions
from propdesk.ui.tabs.reports.report_job import ReportJob
from propdesk.ui.tabs.reports.report_request import (
    ReportKind,
    ReportRequest,
    file_name,
    with_suffix,
)
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.tab_order import chain_tab_order

ERROR_STYLE = "color: #b00020; font-weight: bold;"
DONE_STYLE = "color: #1b5e20;"
CONTENT_WIDTH = 640


class Purpose(Enum):
    PREVIEW = auto()
    PRINT = auto()
    SAVE = auto()


class ReportsTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.job: ReportJob | None = None
        self._purpose = Purpose.SAVE
        self._started_by: QWidget | None = None
        self._last_folder = Path(QDir.homePath())
        self.may_export = actor.may(Module.REPORTS, Action.EXPORT)

        self.options = ReportOptions()
        self.options.sig_kind_changed.connect(self._update_buttons)
        self.status_label = self._message_label("report_status")
        self.error_label = self._message_label("report_error")
        self.error_label.setStyleSheet(ERROR_STYLE)

        column = QVBoxLayout()
        for widget in self._build_heading():
            column.addWidget(widget)
        column.addSpacing(8)
        column.addWidget(self.options)
        column.addSpacing(4)
        column.addLayout(self._build_buttons())
        column.addLayout(self._build_progress())
        column.addWidget(self.status_label)
        column.addWidget(self.error_label)
        column.addStretch(1)
        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        content.setLayout(column)
        # A readable column on the left; a wide window adds room on the right only.
        layout = QHBoxLayout(self)
        layout.addWidget(content, 10)
        layout.addStretch(1)

        chain_tab_order(
            [
                *self.options.focus_widgets(),
                self.preview_button,
                self.print_button,
                self.save_button,
                self.cancel_button,
            ]
        )
        if not self.may_export:
            self._say(self.tr("Your role may read reports here but not make them."))
        self._show_running(False)

    # -- building ------------------------------------------------------------------
    def _build_heading(self) -> list[QLabel]:
        heading = QLabel(self.tr("Monthly operations report"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "The month's service targets, gate traffic, repairs and open tickets, with "
                "the signature block (PDF). The workbook adds the gate by day and the "
                "month's gate journal and repair tickets, without names or phones."
            )
        )
        intro.setWordWrap(True)
        return [heading, intro]

    def _build_buttons(self) -> QHBoxLayout:
        self.preview_button = self._button(
            self.tr("Pre&view…"),
            self.preview,
            "report_preview",
            self.tr("Show the PDF's pages before printing"),
        )
        self.print_button = self._button(
            self.tr("&Print…"),
            self.print_report,
            "report_print",
            self.tr("Print the PDF on a printer you choose"),
        )
        self.save_button = self._button(
            self.tr("&Save as…"),
            self._on_save_clicked,
            "report_save",
            self.tr("Save the PDF or the workbook in a file"),
        )
        return left_row(self.preview_button, self.print_button, self.save_button)

    def _build_progress(self) -> QHBoxLayout:
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("report_progress")
        self.progress_bar.setTextVisible(True)
        self.cancel_button = self._button(self.tr("&Cancel"), self.cancel, "report_cancel")
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        return row

    @staticmethod
    def _button(text: str, slot: Callable[[], object], name: str, tip: str = "") -> QPushButton:
        button = push_button(text, slot, name, tip)
        button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        return button

    @staticmethod
    def _message_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.hide()
        return label

    def _update_buttons(self) -> None:
        idle = self.job is None and self.may_export
        pdf = self.options.kind() is ReportKind.PDF
        self.preview_button.setEnabled(idle and pdf)
        self.print_button.setEnabled(idle and pdf)
        self.save_button.setEnabled(idle)
        self.options.setEnabled(self.job is None)

    def _show_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self._update_buttons()

    def _say(self, text: str, done: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(DONE_STYLE if done else "")
        self.status_label.setVisible(bool(text))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- what the buttons do -------------------------------------------------------
    def title(self, request: ReportRequest) -> str:
        if request.kind is ReportKind.XLSX:
            return self.tr("Monthly workbook {month}").format(month=request.period.label)
        return self.tr("Monthly report {month}").format(month=request.period.label)

    def preview(self) -> bool:
        """Make the PDF in a temporary folder and show its pages; False when not started."""
        return self._start(Purpose.PREVIEW, ReportKind.PDF, None, self.preview_button)

    def print_report(self) -> bool:
        """Make the PDF in a temporary folder, then ask for a printer and print it."""
        return self._start(Purpose.PRINT, ReportKind.PDF, None, self.print_button)

    def save_as(self, path: Path | None = None) -> bool:
        """Ask for a file (unless given) and write the PDF or the workbook there."""
        kind = self.options.kind()
        if path is None:
            path = self._ask_path(self.options.request())
            if path is None:
                return False
        return self._start(Purpose.SAVE, kind, with_suffix(path, kind), self.save_button)

    def _on_save_clicked(self) -> None:  # not save_as itself: clicked passes `checked`
        self.save_as()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping…"))

    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For tests and for closing: True once no report is being made."""
        job = self.job
        return job is None or job.wait_until_done(ms)

    def _ask_path(self, request: ReportRequest) -> Path | None:
        filters = {
            ReportKind.PDF: self.tr("PDF document (*.pdf)"),
            ReportKind.XLSX: self.tr("Excel workbook (*.xlsx)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the monthly report"),
            str(self._last_folder / file_name(self.title(request), request.kind)),
            filters[request.kind],
        )
        if not chosen:
            return None
        self._last_folder = Path(chosen).parent
        return Path(chosen)

    def _start(
        self, purpose: Purpose, kind: ReportKind, target: Path | None, button: QPushButton
    ) -> bool:
        if self.job is not None or not self.may_export:
            return False
        chosen = self.options.request()
        request = ReportRequest(chosen.period, chosen.lang, kind)
        self._purpose = purpose
        self._started_by = button
        self._show_error("")
        self._say(self.tr("Making the report for {month}…").format(month=request.period.label))
        self.progress_bar.setRange(0, 0)  # busy until the first count arrives
        job = ReportJob(self._services, self._actor, request, target)
        job.sig_progress.connect(self._on_progress)
        job.sig_written.connect(self._on_written)
        job.sig_failed.connect(self._on_failed)
        job.sig_finished.connect(self._on_finished)
        self.job = job
        self._show_running(True)
        self.cancel_button.setFocus()
        job.start()
        return True

    # -- what the job says ---------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def _on_written(self, path: Path) -> None:
        job = self.job
        if job is None:
            return
        if self._purpose is Purpose.SAVE:
            self._say(self.tr("Saved {path}").format(path=path), done=True)
            return
        title = self.title(job.request)
        # pypdfium2 loads PDFium (~0.1 s): only when a report is previewed or printed.
        from propdesk.ui.widgets.pdf_preview import preview_pdf, print_pdf

        if self._purpose is Purpose.PREVIEW:
            self._say("")
            preview_pdf(self, path, title)
        else:
            self._say(self.tr("Choose a printer…"))
            pages = print_pdf(self, path, title)
            if pages is None:
                self._say(self.tr("Printing cancelled."))
            elif pages == 0:
                self._say("")
                self._show_error(self.tr("The printer could not be started; nothing was printed."))
            else:
                self._say(self.tr("Sent {n} pages to the printer.").format(n=pages), done=True)

    def _on_failed(self, exc: object) -> None:
        job = self.job
        if job is not None and job.cancel_requested and isinstance(exc, PropdeskError):
            self._say(self.tr("Cancelled; nothing was written."))
            return
        self._say("")
        if isinstance(exc, PropdeskError):
            self._show_error(error_text(exc))
            if exc.field == "month":
                self._started_by = self.options.month_edit
        elif isinstance(exc, BaseException):  # a bug: the crash dialog and the log
            self._show_error(self.tr("The report could not be made."))
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _on_finished(self) -> None:
        self.job = None
        self._show_running(False)
        focus = self._started_by
        self._started_by = None
        if focus is not None and focus.isEnabled():
            focus.setFocus()
