"""Import patrol wand records (巡更棒 / 巡检器): the swipes a wand's software exports
(CSV or Excel) become rounds, as if walked at the gatehouse.

Step by step: the wand model and the file; the columns (only for a model not seen
before, or whose file changed: the choice is then remembered); the codes not mapped
yet (each, once, to a checkpoint or a guard); the preview (rounds to be made, swipes
listed with their problem, rows that cannot be read); Import, all in one transaction.
The same file imported again adds nothing. Reading and writing run on a worker
thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.patrol.wand_columns import wand_label
from propdesk.services.patrol.wand_results import WandFormat, WandOpened, WandPreview
from propdesk.services.patrol.wand_template import save_wand_template
from propdesk.ui.dialogs import show_error, show_failure
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.patrol.pickers import guard_choices
from propdesk.ui.tabs.patrol.wand_codes_page import WandCodesPage
from propdesk.ui.tabs.patrol.wand_columns_page import WandColumnsPage
from propdesk.ui.tabs.patrol.wand_models import WandListedModel, WandRoundsModel, WandRowErrorsModel
from propdesk.ui.widgets.background_work import BackgroundWork
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.template_file import ask_template_path, save_template

PAGE_FILE, PAGE_COLUMNS, PAGE_CODES, PAGE_PREVIEW = range(4)
TEMPLATE_KEYS = ("device", "code", "time")


class WandImportDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wand_import_dialog")
        self.setWindowTitle(self.tr("Import patrol wand records"))
        self._actor = actor
        self._wands = services.module(PatrolServices).wands
        self.opened: WandOpened | None = None
        self.wand_format: WandFormat | None = None
        self.preview_: WandPreview | None = None
        self._codes_seen = False  # the codes step was shown for this file
        self._work = BackgroundWork(self, self._on_error, self._update_buttons)
        # Read before anything is shown: a failure is the caller's to show.
        routes = services.module(PatrolServices).routes.routes(actor)
        guards = guard_choices(services, actor)
        models = self._wands.models(actor)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page(models))
        self.columns_page = WandColumnsPage()
        self.pages.addWidget(self.columns_page)
        self.codes_page = WandCodesPage(routes, guards)
        self.pages.addWidget(self.codes_page)
        self.pages.addWidget(self._preview_page())
        self.progress = self._work.bar
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addLayout(self._bottom_row())
        self.resize(920, 600)
        self._go(PAGE_FILE)

    # -- the pages ------------------------------------------------------------------------
    def _file_page(self, models: list[str]) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose the wand model, then the file its software exported (CSV or Excel). "
                "The columns of a new model and each new code are asked about once; the "
                "same file imported again adds nothing."
            )
        )
        intro.setWordWrap(True)
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("wand_model")
        self.model_combo.setEditable(True)
        template = ", ".join(wand_label(f"col.{k}", ui_language()) for k in TEMPLATE_KEYS)
        self.model_combo.addItem(
            self.tr("The template's columns ({columns})").format(columns=template), ""
        )
        for model in models:
            self.model_combo.addItem(model, model)
        self.model_combo.setToolTip(self.tr("Choose a model, or type the name of a new one"))
        label = QLabel(self.tr("Wand &model"))
        label.setBuddy(self.model_combo)
        self.template_button = push_button(self.tr("Download template…"), self._on_template)
        self.choose_button = push_button(
            self.tr("Choose file…"), self._on_choose, "wand_choose_file"
        )
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.model_combo, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.template_button)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("wand_summary")
        self.summary.setWordWrap(True)
        self.rounds_model = WandRoundsModel(self)
        self.listed_model = WandListedModel(self)
        self.errors_model = WandRowErrorsModel(self)
        self.tables = QTabWidget()
        self.tables.addTab(record_table(self.rounds_model, "wand_rounds"), "")
        self.tables.addTab(record_table(self.listed_model, "wand_listed"), "")
        self.tables.addTab(record_table(self.errors_model, "wand_errors"), "")
        self.codes_button = push_button(self.tr("Change code mappings…"), self._to_codes)
        column = QVBoxLayout(page)
        column.addWidget(self.summary)
        column.addWidget(self.tables, 1)
        column.addWidget(self.codes_button)
        return page

    def _bottom_row(self) -> QHBoxLayout:
        self.back_button = push_button(self.tr("< Back"), self._on_back, "wand_back")
        self.next_button = push_button(self.tr("Next >"), self._on_next, "wand_next")
        self.import_button = push_button(self.tr("Import"), self._on_import, "wand_import")
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self.import_button)
        row.addWidget(push_button(self.tr("Close"), self.reject))
        return row

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self._work.busy
        written = self.preview_ is not None and self.preview_.written
        self.back_button.setVisible(page != PAGE_FILE and not written)
        self.next_button.setVisible(page in (PAGE_COLUMNS, PAGE_CODES))
        self.next_button.setText(
            self.tr("Save and preview >") if page == PAGE_CODES else self.tr("Preview >")
        )
        preview = self.preview_
        ready = preview is not None and preview.ok and not written and preview.new_swipes > 0
        self.import_button.setVisible(page == PAGE_PREVIEW)
        self.import_button.setEnabled(not busy and ready)
        self.codes_button.setVisible(preview is not None and bool(preview.codes) and not written)
        for widget in (self.back_button, self.next_button, self.choose_button, self.codes_button):
            widget.setEnabled(not busy)

    # -- the model and the file -------------------------------------------------------------
    def model_name(self) -> str:
        """The model chosen ("" for the template's columns) or the name typed."""
        index = self.model_combo.currentIndex()
        text = self.model_combo.currentText().strip()
        if index >= 0 and text == self.model_combo.itemText(index):
            return str(self.model_combo.itemData(index) or "")
        return text

    def _on_template(self) -> None:
        chosen = ask_template_path(self, "patrol-wand-template.xlsx")
        if chosen is not None:
            self.save_template_to(chosen)

    def save_template_to(self, path: Path) -> Path | None:
        return save_template(self, lambda: save_wand_template(ui_language(), path))

    def _on_choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the wand's file"),
            QDir.homePath(),
            self.tr("Wand records (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if chosen:
            self.choose_file(Path(chosen))

    def choose_file(self, path: Path) -> None:
        """Read the file; straight on to the preview when its columns are known."""
        self.opened = None
        self.preview_ = None
        self._codes_seen = False
        actor, wands, model = self._actor, self._wands, self.model_name()
        self._work.run(lambda _progress: wands.open_file(actor, path, model), self._on_opened)

    def _on_opened(self, opened: WandOpened) -> None:
        self.opened = opened
        self.columns_page.show_file(opened)
        if opened.columns is None:
            self._go(PAGE_COLUMNS)
            return
        self._preview(WandFormat(opened.model, opened.columns))

    # -- preview, codes, import ---------------------------------------------------------------
    def _preview(self, wand_format: WandFormat) -> None:
        opened = self.opened
        if opened is None:
            return
        self.wand_format = wand_format
        actor, wands, lang = self._actor, self._wands, ui_language()
        self._work.run(
            lambda _progress: wands.preview(actor, opened.sheet, wand_format, lang),
            self._on_preview,
        )

    def _on_preview(self, preview: WandPreview) -> None:
        self.preview_ = preview
        self.codes_page.show_codes(preview.codes)
        if preview.ok and preview.unknown_codes and not (self._codes_seen or preview.written):
            self._codes_seen = True
            self._go(PAGE_CODES)
            return
        self._show_preview(preview)

    def _show_preview(self, preview: WandPreview) -> None:
        self.rounds_model.set_rows(preview.rounds)
        self.listed_model.set_rows(preview.listed)
        self.errors_model.set_rows(preview.row_errors)
        titles = (
            self.tr("Rounds ({n})").format(n=len(preview.rounds)),
            self.tr("Swipes listed ({n})").format(n=len(preview.listed)),
            self.tr("Rows not read ({n})").format(n=len(preview.row_errors)),
        )
        for index, title in enumerate(titles):
            self.tables.setTabText(index, title)
        self.tables.setCurrentIndex(0 if preview.ok else 2)
        self.summary.setText(self.summary_text(preview))
        self._go(PAGE_PREVIEW)

    def summary_text(self, preview: WandPreview) -> str:
        if preview.written:
            lines = [
                self.tr(
                    "Imported from {file}: {r} rounds made; {l} swipes listed with a problem."
                ).format(file=preview.name, r=len(preview.rounds), l=len(preview.listed))
            ]
        elif not preview.ok:
            lines = [
                self.tr(
                    "{e} of the {t} rows of {file} cannot be read. Nothing will be imported "
                    "until every row is right: correct the file (or choose other columns) and "
                    "choose it again."
                ).format(e=len(preview.row_errors), t=preview.rows, file=preview.name)
            ]
        else:
            lines = [
                self.tr(
                    "{file}, {t} rows: {r} rounds will be made; {l} swipes are listed with a "
                    "problem. Nothing has been written yet: press Import."
                ).format(
                    file=preview.name,
                    t=preview.rows,
                    r=len(preview.rounds),
                    l=len(preview.listed),
                )
            ]
        if preview.already_imported:
            lines.append(
                self.tr("Already imported: {n} swipes (they add nothing).").format(
                    n=preview.already_imported
                )
            )
        if preview.repeated_rows:
            lines.append(
                self.tr("{n} rows repeat another row of the file.").format(n=preview.repeated_rows)
            )
        unknown = len(preview.unknown_codes)
        if unknown and not preview.written:
            lines.append(
                self.tr(
                    "{n} codes are not mapped: their swipes are kept and listed, not made rounds."
                ).format(n=unknown)
            )
        return "\n".join(lines)

    def _to_codes(self) -> None:
        self._go(PAGE_CODES)

    def _save_codes(self) -> None:
        mappings = self.codes_page.mappings()
        if mappings:
            try:
                self._wands.map_codes(self._actor, mappings)
            except PropdeskError as exc:
                show_error(self, exc)
                return
        if self.wand_format is not None:
            self._preview(self.wand_format)

    def _on_import(self) -> None:
        opened, wand_format = self.opened, self.wand_format
        if opened is None or wand_format is None:
            return
        actor, wands, lang = self._actor, self._wands, ui_language()
        self._work.run(
            lambda progress: wands.apply(actor, opened.sheet, wand_format, lang, progress),
            self._on_preview,
        )

    # -- navigation -----------------------------------------------------------------------
    def _on_next(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_COLUMNS and self.opened is not None:
            self._preview(WandFormat(self.columns_page.model(), self.columns_page.columns()))
        elif page == PAGE_CODES:
            self._save_codes()

    def _on_back(self) -> None:
        page = self.pages.currentIndex()
        has_codes = self.preview_ is not None and bool(self.preview_.codes)
        if page == PAGE_PREVIEW and has_codes:
            self._go(PAGE_CODES)
        elif page in (PAGE_PREVIEW, PAGE_CODES):
            self._go(PAGE_COLUMNS)
        else:
            self._go(PAGE_FILE)

    # -- background work ----------------------------------------------------------------------
    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For tests and for closing: block until the background work has finished."""
        return self._work.wait_until_done(ms)

    @property
    def busy(self) -> bool:
        return self._work.busy

    def _on_error(self, exc: object) -> None:
        on_columns = self.pages.currentIndex() == PAGE_COLUMNS
        if on_columns and isinstance(exc, PropdeskError) and self.columns_page.show_error(exc):
            return
        show_failure(self, exc)

    def reject(self) -> None:
        self._work.stop()
        super().reject()
