"""The reports tab: the monthly report saved as a PDF and as the workbook, previewed
(its real pages rendered) and printed, cancelled with nothing written, and what goes
wrong said in the tab; reached and pressed with the keyboard. And the page rendering
of pdf_preview on its own, without a dialog."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from propdesk.config import Paths
from propdesk.domain.roles import Action, Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.reporting.monthly_report import MonthlyFile
from propdesk.ui.i18n import ui_language
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.reports.month_picker import last_complete_month
from propdesk.ui.tabs.reports.report_request import ReportKind
from propdesk.ui.tabs.reports.tab import ReportsTab
from propdesk.ui.widgets.pdf_preview import (
    page_layout_for_pdf,
    pdf_page_count,
    render_pdf_pages,
)
from tests.gui.conftest import Previews, actor_of, add_user

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
MONTH = last_complete_month(date.today())
A4_PT = (595, 842)


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A fiftieth of the demo estate with about two months of gate traffic and repair
    tickets up to now: the last complete month has figures."""
    services = open_services(Paths.resolve(tmp_path_factory.mktemp("reports")), fast_hashing=True)
    services.settings.set_station_name("客服中心")
    services.demo.create(system_actor("客服中心"), scale=0.02, traffic_years=0.2)
    yield services
    services.close()


@pytest.fixture(scope="module")
def report_pdf(estate: Services, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The month's PDF as the service writes it, to compare with."""
    path = tmp_path_factory.mktemp("report-pdf") / "monthly.pdf"
    estate.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, "zh_CN", path))
    return path


def _tab(qtbot: QtBot, services: Services, actor: Actor = MANAGER) -> ReportsTab:
    tab = ReportsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _done(qtbot: QtBot, tab: ReportsTab) -> None:
    qtbot.waitUntil(lambda: tab.job is None, timeout=60_000)


def _pick_file(monkeypatch: pytest.MonkeyPatch, chosen: Path | None) -> list[str]:
    """Stub the save dialog; returns the file names it proposed."""
    proposed: list[str] = []

    def fake(_parent: Any, _title: str, name: str, _filter: str, *_a: Any) -> tuple[str, str]:
        proposed.append(name)
        return (str(chosen) if chosen else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return proposed


def _stub_print_dialog(monkeypatch: pytest.MonkeyPatch, output: Path | None) -> None:
    """The print dialog "prints to a PDF file" (`output`), or is cancelled (None)."""

    def fake_exec(self: QPrintDialog) -> int:
        if output is None:
            return QDialog.DialogCode.Rejected.value
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)


def _pages(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _visible(label: Any) -> bool:
    return not label.isHidden()


# -- where it is ---------------------------------------------------------------------
def test_the_window_shows_the_tab_after_the_modules_to_roles_that_view_reports(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = MainWindow(ready_services, admin)
    qtbot.addWidget(window)
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    # After the modules' tabs and the Work plan tab of the work plan's registers.
    assert names.index("reports_tab") == names.index("work_plan_tabs") + 1
    assert names.index("work_plan_tabs") == names.index("inspections_tab") + 1
    assert isinstance(window.module_tabs["reports_tab"], ReportsTab)
    guard = add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    window.actor = actor_of(ready_services, guard)
    window._apply_actor()
    assert "reports_tab" not in window.module_tabs


# -- the defaults -------------------------------------------------------------------
def test_defaults_last_complete_month_and_the_window_language(
    qtbot: QtBot, estate: Services
) -> None:
    tab = _tab(qtbot, estate)
    assert tab.options.request().period == MONTH
    assert tab.options.request().lang == ui_language()
    assert tab.options.kind() is ReportKind.PDF
    assert not tab.progress_bar.isVisible()
    assert not tab.cancel_button.isVisible()
    # A month not begun cannot be picked: the current month is the latest.
    today = date.today()
    picker = tab.options.month_edit
    picker.setDate(QDate(today.year + 1, today.month, 1))
    assert picker.period() == Period.month(today.year, today.month)
    assert last_complete_month(date(2027, 1, 31)) == Period.month(2026, 12)


# -- saving -------------------------------------------------------------------------
def test_save_as_pdf_writes_the_report(
    qtbot: QtBot, estate: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate)
    proposed = _pick_file(monkeypatch, tmp_path / "october")  # no suffix typed
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    _done(qtbot, tab)
    assert Path(proposed[0]).name == f"Monthly report {MONTH.label}.pdf"
    written = tmp_path / "october.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert _pages(written) > 1
    assert list(tmp_path.iterdir()) == [written]  # no temporary file left beside it
    assert str(written) in tab.status_label.text()
    assert not _visible(tab.error_label)
    assert tab.save_button.isEnabled()


def test_save_as_workbook_reads_back(qtbot: QtBot, estate: Services, tmp_path: Path) -> None:
    tab = _tab(qtbot, estate)
    tab.options.set_kind(ReportKind.XLSX)
    tab.options.set_lang("en")
    assert not tab.preview_button.isEnabled()  # preview and print are of the PDF
    assert not tab.print_button.isEnabled()
    assert tab.save_as(tmp_path / "october.pdf")  # the suffix follows the format
    _done(qtbot, tab)
    written = tmp_path / "october.pdf.xlsx"
    book = openpyxl.load_workbook(written, read_only=True)
    try:
        assert book.sheetnames == [
            "Targets",
            "Gate by day",
            "Patrols by day",
            "Complaints by category",
            "Inspection pass rates",
            "Equipment due next month",
            "Incidents by kind",
            "Drill plan",
            "Events by month",
            "Satisfaction surveys",
            "Assessment scores",
            "Work-log completion",
            "Reasons not done",
            "Gate journal",
            "Repair tickets",
            "Patrol rounds",
            "Complaints",
            "Inquiries",
            "Inspections",
            "Rectification notices",
            "Safety incidents",
            "Incident follow-ups",
            "Drills and training",
            "Community events",
            "Survey responses",
            "Monthly assessments",
            "Work logs",
        ]
        daily = list(book["Gate by day"].iter_rows(values_only=True))
        assert len(daily) >= MONTH.last.day + 1  # a header and a row a day
    finally:
        book.close()
    assert str(written) in tab.status_label.text()


def test_a_file_that_cannot_be_written_is_said_in_the_tab(
    qtbot: QtBot, estate: Services, tmp_path: Path
) -> None:
    tab = _tab(qtbot, estate)
    target = tmp_path / "no-such-folder" / "r.pdf"
    assert tab.save_as(target)
    _done(qtbot, tab)
    assert _visible(tab.error_label)
    assert "cannot be written" in tab.error_label.text()
    assert not target.parent.exists()


# -- preview and print --------------------------------------------------------------
def test_preview_renders_every_page_of_the_pdf(
    qtbot: QtBot, estate: Services, report_pdf: Path, previews: Previews
) -> None:
    tab = _tab(qtbot, estate)
    tab.options.set_lang("zh_CN")
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    job = tab.job
    assert job is not None
    folder = job.temporary_folder
    assert folder is not None
    _done(qtbot, tab)
    pages = pdf_page_count(report_pdf)
    assert pages > 1
    assert len(previews.pdfs) == 1
    shown = previews.pdfs[0]
    assert shown.title == f"Monthly report {MONTH.label}"
    assert shown.pages_painted == pages
    assert shown.pages_shown == pages
    assert not folder.exists()  # the temporary PDF is gone with its folder
    assert not _visible(tab.error_label)


def test_print_sends_every_page(
    qtbot: QtBot,
    estate: Services,
    report_pdf: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "printed.pdf"
    _stub_print_dialog(monkeypatch, printed)
    tab = _tab(qtbot, estate)
    assert tab.print_report()
    _done(qtbot, tab)
    pages = pdf_page_count(report_pdf)
    assert _pages(printed) == pages
    assert tab.status_label.text() == f"Sent {pages} pages to the printer."
    # The printer's paper is the report's: A4, no margins added.
    document = pdfium.PdfDocument(str(printed))
    try:
        width, height = document.get_page_size(0)
    finally:
        document.close()
    assert (round(width), round(height)) == A4_PT

    _stub_print_dialog(monkeypatch, None)
    assert tab.print_report()
    _done(qtbot, tab)
    assert tab.status_label.text() == "Printing cancelled."


# -- cancel and errors --------------------------------------------------------------
def test_cancel_writes_nothing(
    qtbot: QtBot, estate: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, go_on = threading.Event(), threading.Event()
    service = estate.monthly_report
    real = service.write_pdf

    def held(*args: Any, **kwargs: Any) -> Any:
        """The real write, its first progress report held until the test has pressed
        Cancel: no race with a fast report."""
        actor, file = args
        progress = file.progress

        def slow(done: int, total: int | None) -> bool:
            started.set()
            go_on.wait(30)
            return progress(done, total)

        return real(actor, replace(file, progress=slow), **kwargs)

    monkeypatch.setattr(service, "write_pdf", held)
    tab = _tab(qtbot, estate)
    target = tmp_path / "cancelled.pdf"
    assert tab.save_as(target)
    qtbot.waitUntil(started.is_set)
    assert tab.progress_bar.isVisible()
    assert tab.cancel_button.isVisible()
    assert not tab.save_button.isEnabled()
    assert not tab.options.isEnabled()
    assert not tab.save_as(tmp_path / "second.pdf")  # one report at a time
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    _done(qtbot, tab)
    assert list(tmp_path.iterdir()) == []
    assert tab.status_label.text() == "Cancelled; nothing was written."
    assert not _visible(tab.error_label)
    assert not tab.progress_bar.isVisible()
    assert tab.save_button.isEnabled()


def test_nothing_to_report_is_said_in_the_tab(
    qtbot: QtBot, ready_services: Services, admin: Actor, tmp_path: Path
) -> None:
    tab = _tab(qtbot, ready_services, admin)  # an estate with no records yet
    target = tmp_path / "empty.pdf"
    assert tab.save_as(target)
    _done(qtbot, tab)
    assert _visible(tab.error_label)
    assert "nothing to report" in tab.error_label.text()
    assert not target.exists()
    assert not _visible(tab.status_label)


def test_a_month_not_begun_is_said_in_the_tab(
    qtbot: QtBot, estate: Services, tmp_path: Path
) -> None:
    tab = _tab(qtbot, estate)
    picker = tab.options.month_edit
    picker.setMaximumDate(QDate(2100, 1, 1))  # as if the clock had gone back meanwhile
    picker.setDate(QDate(2099, 5, 1))
    assert tab.save_as(tmp_path / "future.pdf")
    _done(qtbot, tab)
    assert "2099-05 has not begun yet" in tab.error_label.text()
    assert not (tmp_path / "future.pdf").exists()


def test_a_role_without_export_sees_the_buttons_disabled(
    qtbot: QtBot, estate: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "propdesk.services.core.actor.allowed", lambda _role, _module, action: action is Action.VIEW
    )
    tab = _tab(qtbot, estate)
    for button in (tab.preview_button, tab.print_button, tab.save_button):
        assert not button.isEnabled()
    assert "not make them" in tab.status_label.text()
    assert tab.status_label.isVisible()
    assert not tab.preview()


# -- keyboard -------------------------------------------------------------------------
def test_tab_reaches_the_controls_and_enter_or_space_presses(
    qtbot: QtBot,
    estate: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    previews: Previews,
) -> None:
    tab = _tab(qtbot, estate)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.options.month_edit.setFocus()
    order = [tab.options.month_edit]
    for _ in range(5):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())  # type: ignore[arg-type]
    assert order == [
        tab.options.month_edit,
        tab.options.lang_combo,
        tab.options.kind_combo,
        tab.preview_button,
        tab.print_button,
        tab.save_button,
    ]
    # Enter on Preview…
    tab.preview_button.setFocus()
    qtbot.keyClick(tab.preview_button, Qt.Key.Key_Return)
    _done(qtbot, tab)
    assert len(previews.pdfs) == 1
    assert QApplication.focusWidget() is tab.preview_button  # back where it was
    # Space on Save as…
    _pick_file(monkeypatch, tmp_path / "by-keyboard.pdf")
    tab.save_button.setFocus()
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    _done(qtbot, tab)
    assert (tmp_path / "by-keyboard.pdf").read_bytes().startswith(b"%PDF")
    # The month steps with the arrow keys.
    tab.options.month_edit.setFocus()
    qtbot.keyClick(tab.options.month_edit, Qt.Key.Key_Down)
    before = (MONTH.first.replace(day=1) - date.resolution).replace(day=1)
    assert tab.options.request().period == Period.month(before.year, before.month)


# -- the page rendering on its own ----------------------------------------------------
def test_pages_render_to_images_at_the_asked_resolution(report_pdf: Path) -> None:
    images = list(render_pdf_pages(report_pdf, dpi=72))
    assert len(images) == pdf_page_count(report_pdf) > 1
    for image in images:
        assert image.format() == QImage.Format.Format_RGB32
        assert abs(image.width() - A4_PT[0]) <= 1  # 595.3 pt
        assert abs(image.height() - A4_PT[1]) <= 1
        assert image.pixelColor(2, 2).name() == "#ffffff"  # the paper's margin
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        data = bytes(gray.constBits())
        assert sum(value < 128 for value in data) > 500  # printed matter on every page
    (double,) = [img for i, img in enumerate(render_pdf_pages(report_pdf, dpi=144)) if i == 0]
    assert abs(double.width() - A4_PT[0] * 2) <= 2
    assert abs(double.height() - A4_PT[1] * 2) <= 2
    assert round(double.dotsPerMeterX() * 0.0254) == 144
    layout = page_layout_for_pdf(report_pdf)
    assert layout.pageSize().name() == "A4"
