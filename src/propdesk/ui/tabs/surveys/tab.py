"""Satisfaction surveys (满意度调查): the rounds above, the chosen round below —
its figures (response rate, satisfaction overall, per area and per question) and its
responses (filtered by unit, or the comments only, by area).

"New round…" opens a round with its questionnaire; "Enter responses… (F2)" types the
paper forms in by keyboard; "Blank questionnaire…" and "Result summary…" preview the
papers; managers close and void rounds and void responses with a reason.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.domain.surveys.areas import Area
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.surveys.service import SurveyServices
from propdesk.services.surveys.views import (
    ResponseFilter,
    ResponseRow,
    RoundDetail,
    RoundFilter,
    RoundRow,
)
from propdesk.ui.dialogs import show_error
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.surveys.models import FigureLine, FigureModel, ResponseModel, RoundModel
from propdesk.ui.tabs.surveys.names import area_name, percent
from propdesk.ui.tabs.surveys.printing import preview_blank, preview_summary
from propdesk.ui.tabs.surveys.response_entry import ResponseEntryDialog
from propdesk.ui.tabs.surveys.round_form import RoundForm
from propdesk.ui.widgets.choices import choice_combo, refill_combo
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export

RESPONSES_SHOWN = 500  # a round's newest responses; the export has them all


class SurveysTab(ModuleTab):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        doors: SurveyServices | None = None,
    ) -> None:
        super().__init__(services, actor, parent)
        self._doors = doors if doors is not None else services.module(SurveyServices)
        self.may_create = actor.may(Module.SURVEYS, Action.CREATE)
        self.may_update = actor.may(Module.SURVEYS, Action.UPDATE)
        self.may_void = actor.may(Module.SURVEYS, Action.VOID)
        self.detail: RoundDetail | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_rounds())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.forms = OneFormAtATime(self, self.round_view.setFocus)
        self.entry_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.entry_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.entry_shortcut.activated.connect(self.enter_responses)
        self.refresh()

    # -- building ------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: object, visible: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        button.setVisible(visible)
        return button

    def _build_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("survey_search")
        self.search_edit.setPlaceholderText(self.tr("Number or name"))
        self.search_edit.returnPressed.connect(self.refresh)
        self.year_combo = choice_combo([(self.tr("Any year"), None)], "survey_year")
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.voided_check = QCheckBox(self.tr("Voided too"))
        self.voided_check.setObjectName("survey_voided")
        self.voided_check.toggled.connect(lambda _on: self.refresh())
        self.new_button = self._button(
            self.tr("New round…"), "new_round", self.new_round, self.may_create
        )
        self.entry_button = self._button(
            self.tr("Enter responses… (F2)"),
            "enter_responses",
            self.enter_responses,
            self.may_create,
        )
        self.blank_button = self._button(
            self.tr("Blank questionnaire…"), "print_blank", self.print_blank
        )
        self.summary_button = self._button(
            self.tr("Result summary…"), "print_summary", self.print_summary
        )
        self.close_button = self._button(
            self.tr("Close round"), "close_round", self.close_round, self.may_update
        )
        self.void_button = self._button(
            self.tr("Void round…"), "void_round", self.void_round, self.may_void
        )
        self.status_label = QLabel()
        self.status_label.setObjectName("survey_status")
        for widget in (self.search_edit, self.year_combo, self.voided_check):
            row.addWidget(widget)
        row.addWidget(self.status_label, 1)
        buttons = (
            self.new_button,
            self.entry_button,
            self.blank_button,
            self.summary_button,
            self.close_button,
            self.void_button,
        )
        for button in buttons:
            row.addWidget(button)
        return row

    def _build_rounds(self) -> QWidget:
        self.round_model = RoundModel(self)
        self.round_view = record_table(self.round_model, "survey_rounds", stretch=[1])
        self.round_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._on_round_chosen(current.row())
        )
        return self.round_view

    def _build_detail(self) -> QWidget:
        self.pages = QTabWidget()
        self.pages.setObjectName("survey_pages")
        figures = QWidget()
        column = QVBoxLayout(figures)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("survey_figures")
        self.figures_label.setWordWrap(True)
        self.figure_model = FigureModel(self)
        self.figure_view = record_table(self.figure_model, "survey_figure_table", stretch=[1])
        column.addWidget(self.figures_label)
        column.addWidget(self.figure_view, 1)
        self.pages.addTab(figures, self.tr("Figures"))

        responses = QWidget()
        column = QVBoxLayout(responses)
        bar = QHBoxLayout()
        self.unit_filter = QLineEdit()
        self.unit_filter.setObjectName("response_unit_filter")
        self.unit_filter.setPlaceholderText(self.tr("Unit"))
        self.unit_filter.returnPressed.connect(self.reload_responses)
        self.comments_check = QCheckBox(self.tr("Comments only"))
        self.comments_check.setObjectName("comments_only")
        self.comments_check.toggled.connect(lambda _on: self.reload_responses())
        choices: list[tuple[str, object]] = [(self.tr("Any area"), None)]
        choices += [(area_name(a), a.value) for a in Area]
        self.area_combo = choice_combo(choices, "comment_area_filter")
        self.area_combo.currentIndexChanged.connect(lambda _i: self.reload_responses())
        self.void_response_button = self._button(
            self.tr("Void response…"), "void_response", self.void_response, self.may_void
        )
        for widget in (self.unit_filter, self.comments_check, self.area_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.void_response_button)
        self.response_model = ResponseModel(self)
        self.response_view = record_table(self.response_model, "survey_responses", stretch=[4])
        install_export(
            self.response_view,
            self._services.exports,
            self._actor,
            Module.SURVEYS,
            self.tr("Survey responses"),
        )
        column.addLayout(bar)
        column.addWidget(self.response_view, 1)
        self.pages.addTab(responses, self.tr("Responses"))
        return self.pages

    # -- reading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """The rounds again (the chosen one stays chosen), then its figures."""
        chosen = self.detail.id if self.detail is not None else None
        try:
            years = self._doors.rounds.years(self._actor)
            refill_combo(
                self.year_combo,
                [(self.tr("Any year"), None), *((str(y), y) for y in years)],
            )
            year = self.year_combo.currentData()
            rows = self._doors.rounds.rows(
                self._actor,
                RoundFilter(
                    year if isinstance(year, int) else None,
                    self.search_edit.text(),
                    self.voided_check.isChecked(),
                ),
            )
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.round_model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r.id == chosen), 0 if rows else -1)
        if index >= 0:
            self.round_view.selectRow(index)
            self._on_round_chosen(index)
        else:
            self._show(None)

    def _on_round_chosen(self, index: int) -> None:
        row = self.round_model.row_at(index)
        if row is None:
            return
        try:
            self._show(self._doors.rounds.detail(self._actor, row.id))
        except PropdeskError as exc:
            show_error(self, exc)

    def _show(self, detail: RoundDetail | None) -> None:
        self.detail = detail
        live = detail is not None and detail.row.open
        self.entry_button.setEnabled(live)
        self.entry_shortcut.setEnabled(live and self.may_create)
        self.close_button.setEnabled(live)
        self.void_button.setEnabled(detail is not None and not detail.row.voided)
        self.summary_button.setEnabled(detail is not None)
        if detail is None:
            self.figures_label.setText(self.tr("No survey round yet: open one with New round…"))
            self.figure_model.set_rows([])
            self.response_model.set_rows([])
            return
        row = detail.row
        self.figures_label.setText(
            self.tr(
                "{number} {name}: {responses} forms of {occupied} occupied units "
                "(response rate {rate}); satisfaction {share} of {answers} answers."
            ).format(
                number=row.number,
                name=row.name,
                responses=row.responses,
                occupied=row.occupied,
                rate=percent(row.response_rate),
                share=percent(row.satisfaction),
                answers=detail.tally.overall.answered,
            )
        )
        lines: list[FigureLine] = []
        for area in detail.questionnaire.areas():
            lines.append(FigureLine(area, "", detail.tally.area(area)))
            lines += [
                FigureLine(area, q.text, detail.tally.questions[i])
                for i, q in detail.questionnaire.of_area(area)
            ]
        self.figure_model.set_rows(lines)
        self.reload_responses()

    def reload_responses(self) -> None:
        if self.detail is None:
            return
        value = self.area_combo.currentData()
        wanted = ResponseFilter(
            self.detail.id,
            self.unit_filter.text(),
            self.comments_check.isChecked(),
            Area(value) if isinstance(value, str) else None,
            include_voided=self.voided_check.isChecked(),
        )
        try:
            page = self._doors.responses.rows(self._actor, wanted, limit=RESPONSES_SHOWN)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.response_model.set_rows(page.rows)

    # -- the navigation views --------------------------------------------------------
    def show_rounds(self, wanted: RoundFilter) -> None:
        index = self.year_combo.findData(wanted.year) if wanted.year is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))
        self.search_edit.setText(wanted.text)
        self.refresh()

    def show_round(self, round_id: uuid.UUID) -> bool:
        try:
            detail = self._doors.rounds.detail(self._actor, round_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.year_combo.setCurrentIndex(0)
        self.search_edit.setText(detail.number)
        self.refresh()
        return True

    # -- doing -------------------------------------------------------------------------
    def new_round(self) -> RoundForm | None:
        if not self.may_create:
            return None
        return self.forms.open(
            lambda: RoundForm(self._doors.rounds, self._actor, date.today(), self),
            self._on_round_saved,
        )

    def _on_round_saved(self, form: RoundForm) -> None:
        if form.saved is None:
            return
        self.status_label.setText(
            self.tr("Round {number} opened.").format(number=form.saved.number)
        )
        self.search_edit.clear()
        self.detail = form.saved
        self.refresh()

    def enter_responses(self) -> ResponseEntryDialog | None:
        detail = self.detail
        if detail is None or not detail.row.open or not self.may_create:
            return None

        def make() -> ResponseEntryDialog:
            dialog = ResponseEntryDialog(self._doors, self._actor, detail, self)
            dialog.sig_response_saved.connect(self._on_response_saved)
            return dialog

        form = self.forms.open(make, lambda _form: None)
        if form is not None:
            form.finished.connect(lambda _result: self.refresh())
        return form

    def _on_response_saved(self, row: object) -> None:
        if isinstance(row, ResponseRow):
            self.status_label.setText(
                self.tr("Response of {unit} saved.").format(unit=row.unit_code)
            )

    def close_round(self) -> None:
        if self.detail is None:
            return
        try:
            self._doors.rounds.close(self._actor, self.detail.id)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.status_label.setText(
            self.tr("Round {number} closed.").format(number=self.detail.number)
        )
        self.refresh()

    def void_round(self) -> ReasonDialog | None:
        detail = self.detail
        if detail is None or not self.may_void:
            return None
        return self.forms.open(
            lambda: ReasonDialog(
                self.tr("Void round {number}").format(number=detail.number),
                self.tr("Reason"),
                lambda reason: self._doors.rounds.void(self._actor, detail.id, reason),
                self,
            ),
            lambda _dialog: self.refresh(),
        )

    def void_response(self) -> ReasonDialog | None:
        index = self.response_view.currentIndex()
        row = self.response_model.row_at(index.row()) if index.isValid() else None
        if row is None or row.voided or not self.may_void:
            return None
        return self.forms.open(
            lambda: ReasonDialog(
                self.tr("Void the response of {unit}").format(unit=row.unit_code),
                self.tr("Reason"),
                lambda reason: self._doors.responses.void(self._actor, row.id, reason),
                self,
            ),
            lambda _dialog: self.refresh(),
        )

    def print_blank(self) -> bool:
        detail = self.detail
        try:
            if detail is not None:
                days = (detail.row.opens_on.isoformat(), detail.row.closes_on.isoformat())
                return preview_blank(
                    self, self._services, detail.questionnaire, detail.row.name, days
                )
            questionnaire = self._doors.rounds.starting_questionnaire(self._actor, ui_language())
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        return preview_blank(self, self._services, questionnaire, "", None)

    def print_summary(self) -> bool:
        if self.detail is None:
            return False
        try:
            results = self._doors.summary.results(self._actor, self.detail.id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        return preview_summary(self, self._services, results)

    @property
    def rounds_shown(self) -> list[RoundRow]:
        return self.round_model.rows()
