"""The monthly assessment tab (月度考核): the assessments newest first (filtered by
department, year or number) on the left; the chosen one on the right — its score, its
spot checks with the notice each opened, and what may be done with it now — and the
department's year as a chart of monthly scores below.

* New assessment… — a department's month with its current standard (CREATE);
* Spot check… — an item, the place, what was found, the points (CREATE); a failure may
  open a rectification notice (the inspections module's, shown on its Rectifications
  page, where the department reports the fix);
* Notice… / Verify fix — a notice after the fact, or the assessor's own look at a
  reported fix (closes it);
* Finalise (UPDATE), Void… (VOID), Print sheet… (the 考核表 in print preview);
* Standards… — adopt the plan's defaults in one step, edit a department's items;
  Blank sheet… — the department's standard to walk with.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.assessments.service import AssessmentServices
from propdesk.services.assessments.views import (
    AssessmentDetail,
    AssessmentFilter,
    AssessmentRow,
    CheckLine,
)
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.paging import Key
from propdesk.ui.dialogs import show_error, show_info
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.assessments.forms import AssessmentDialog, CheckDialog, NoticeDialog
from propdesk.ui.tabs.assessments.models import AssessmentTableModel, CheckTableModel, state_name
from propdesk.ui.tabs.assessments.printing import blank_sheet_of, preview_sheet, sheet_of
from propdesk.ui.tabs.assessments.standard_dialog import StandardDialog
from propdesk.ui.tabs.assessments.trend_chart import TrendChart
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.keyset_pager import KeysetPager
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.paged_list import PAGE_SIZE
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export

FIRST_YEAR = 2000


class AssessmentsTab(ModuleTab):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(services, actor, parent)
        self.setObjectName("assessments_tab")
        self.doors = services.module(AssessmentServices)
        self.actor = actor
        self.page_size = page_size
        self.may_create = actor.may(Module.ASSESSMENTS, Action.CREATE)
        self.may_update = actor.may(Module.ASSESSMENTS, Action.UPDATE)
        self.may_void = actor.may(Module.ASSESSMENTS, Action.VOID)
        self.forms = OneFormAtATime(self, self._focus_list)
        self.detail: AssessmentDetail | None = None

        top = self._build_top()
        self.model = AssessmentTableModel(self)
        self.view = record_table(
            self.model, "assessments_view", stretch=[AssessmentTableModel.COL_STATE]
        )
        self.view.setAlternatingRowColors(True)
        install_export(
            self.view, services.exports, actor, Module.ASSESSMENTS, self.tr("Monthly assessments")
        )
        self.pager: KeysetPager[Key] = KeysetPager("assessment", page_size)
        self.pager.load_page.connect(lambda _start: self._load())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        self.view.activated.connect(lambda _index: self.checks_view.setFocus())

        self._build_detail()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.pager)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.checks_view, 1)
        right_layout.addLayout(
            left_row(
                self.check_button,
                self.notice_button,
                self.verify_button,
                self.final_button,
                self.void_button,
                self.print_button,
            )
        )
        right_layout.addWidget(self.chart)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 740])  # until the first rows say how wide the list is
        self.splitter = splitter
        self._list_fitted = False
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._fill_departments()
        self.search()

    def _build_top(self) -> QHBoxLayout:
        """The filters and the buttons that need no assessment chosen."""
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("department_filter")
        self.department_combo.addItem(self.tr("All departments"), "")
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year_filter")
        self.year_combo.addItem(self.tr("All years"), 0)
        for year in range(date.today().year, FIRST_YEAR - 1, -1):
            self.year_combo.addItem(str(year), year)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("assessment_search")
        self.text_edit.setPlaceholderText(self.tr("Number or assessor"))
        self.text_edit.returnPressed.connect(self.search)
        for combo in (self.department_combo, self.year_combo):
            combo.currentIndexChanged.connect(lambda _index: self.search())
        top = QHBoxLayout()
        add_labelled(top, self.tr("&Department"), self.department_combo)
        add_labelled(top, self.tr("&Year"), self.year_combo)
        add_labelled(top, self.tr("&Find"), self.text_edit)
        top.addStretch(1)
        self.new_button = push_button(
            self.tr("&New assessment…"), self.new_assessment, "assessment_new"
        )
        self.standards_button = push_button(
            self.tr("&Standards…"), self.edit_standard, "assessment_standards"
        )
        self.blank_button = push_button(
            self.tr("&Blank sheet…"), self.print_blank, "assessment_blank"
        )
        self.new_button.setVisible(self.may_create)
        for button in (self.new_button, self.standards_button, self.blank_button):
            top.addWidget(button)

        return top

    def _build_detail(self) -> None:
        """The chosen assessment: its summary, checks, buttons and year chart."""
        self.summary = QLabel()
        self.summary.setObjectName("assessment_summary")
        self.summary.setWordWrap(True)
        self.checks = CheckTableModel(self)
        self.checks_view = record_table(
            self.checks, "checks_view", stretch=[CheckTableModel.COL_FINDING]
        )
        self.checks_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.check_button = push_button(self.tr("Spot &check…"), self.add_check, "assessment_check")
        self.notice_button = push_button(self.tr("N&otice…"), self.open_notice, "assessment_notice")
        self.verify_button = push_button(
            self.tr("&Verify fix"), self.verify_fix, "assessment_verify"
        )
        self.final_button = push_button(self.tr("Finalise"), self.finalise, "assessment_finalise")
        self.void_button = push_button(self.tr("Void…"), self.void, "assessment_void")
        self.print_button = push_button(
            self.tr("&Print sheet…"), self.print_sheet, "assessment_print"
        )
        for button, shown in (
            (self.check_button, self.may_create),
            (self.notice_button, self.may_create),
            (self.verify_button, self.may_create),
            (self.final_button, self.may_update),
            (self.void_button, self.may_void),
        ):
            button.setVisible(shown)
            button.setAutoDefault(False)
        self.chart = TrendChart()

    def _focus_list(self) -> None:
        self.view.setFocus()

    # -- reading ---------------------------------------------------------------------
    def _fill_departments(self) -> None:
        try:
            departments = self.doors.standards.departments(self.actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.department_combo.blockSignals(True)
        for department in departments:
            self.department_combo.addItem(department.name, department.code)
        self.department_combo.blockSignals(False)

    def current_filter(self) -> AssessmentFilter:
        year = int(self.year_combo.currentData() or 0)
        return AssessmentFilter(
            str(self.department_combo.currentData() or ""), year or None, self.text_edit.text()
        )

    def search(self) -> None:
        self.pager.reset()
        self._load()

    def refresh(self) -> None:
        self._load()

    def _load(self) -> None:
        keep = self.detail.id if self.detail is not None else None
        try:
            page = self.doors.assessments.rows(
                self.actor, self.current_filter(), before=self.pager.start, limit=self.page_size
            )
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if self.pager.back_if_empty(len(page.rows)):
            return
        self.model.set_rows(page.rows)
        if page.rows and not self._list_fitted:
            self._fit_list()
        first, shown = self.pager.first_row, len(page.rows)
        self.pager.show_page(
            page.next_before,
            self.tr("Assessments {first}–{last}").format(first=first, last=first + shown - 1)
            if shown
            else self.tr("No assessments"),
        )
        if keep is not None and self.select(keep):
            return
        if page.rows:
            self.select(page.rows[0].id)
        else:
            self.show_detail(None)

    def _fit_list(self) -> None:
        """The list's pane as wide as its columns' headers and values, once: a fixed
        width cut the state column off where the words are longer (English)."""
        self._list_fitted = True
        header = self.view.horizontalHeader()
        needed = sum(
            max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(self.model.columnCount())
        )
        needed += self.view.verticalScrollBar().sizeHint().width() + 2 * self.view.frameWidth()
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([needed, max(total - needed, 740)])

    def rows(self) -> list[AssessmentRow]:
        return self.model.rows()

    def select(self, assessment_id: uuid.UUID) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == assessment_id:
                self.view.selectRow(number)
                self.view.setCurrentIndex(self.model.index(number, 0))
                self._read(assessment_id)
                return True
        return False

    def show_assessment(self, assessment_id: uuid.UUID) -> bool:
        """The assessment chosen, whichever filter shows it (all, when this one does not)."""
        if self.select(assessment_id):
            return True
        self.department_combo.setCurrentIndex(0)
        self.year_combo.setCurrentIndex(0)
        self.text_edit.clear()
        self.search()
        return self.select(assessment_id) or self._read(assessment_id)

    def _on_current(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and (self.detail is None or self.detail.id != row.id):
            self._read(row.id)

    def _read(self, assessment_id: uuid.UUID) -> bool:
        try:
            detail = self.doors.assessments.detail(self.actor, assessment_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def show_detail(self, detail: AssessmentDetail | None) -> None:
        self.detail = detail
        self.checks.set_rows(detail.checks if detail is not None else [])
        if detail is None:
            self.summary.setText(self.tr("Choose an assessment, or make a new one."))
            self.chart.show_trend(None)
        else:
            row = detail.row
            self.summary.setText(
                self.tr(
                    "<b>{number}</b> · {department} · {month} · score <b>{score}</b> of {total} "
                    "({deducted} deducted) · {assessor} · {state}"
                ).format(
                    number=row.number,
                    department=row.department,
                    month=row.month,
                    score=row.score,
                    total=row.total_points,
                    deducted=row.deducted,
                    assessor=row.assessor_name,
                    state=state_name(row),
                )
                + (f"<br/>{detail.remarks}" if detail.remarks else "")
            )
            try:
                trend = self.doors.assessments.trend(self.actor, int(row.month[:4]))
            except PropdeskError:
                trend = None
            if trend is not None:
                lines = tuple(t for t in trend.lines if t.department_code == row.department_code)
                trend = type(trend)(trend.year, lines)
            self.chart.show_trend(trend)
        self._enable()

    def _check(self) -> CheckLine | None:
        index = self.checks_view.currentIndex()
        return self.checks.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        detail = self.detail
        live = detail is not None and not detail.row.voided
        open_ = live and detail is not None and not detail.row.finalised
        check = self._check()
        notice = check.notice if check is not None else None
        self.check_button.setEnabled(open_)
        self.notice_button.setEnabled(
            live
            and detail is not None
            and detail.notices_lent
            and check is not None
            and check.deducted > 0
            and (
                notice is None
                or notice.state in (RectificationState.CLOSED, RectificationState.VOIDED)
            )
        )
        self.verify_button.setEnabled(
            notice is not None and notice.state is RectificationState.FIXED
        )
        self.final_button.setEnabled(open_)
        self.void_button.setEnabled(live)
        self.print_button.setEnabled(detail is not None)

    # -- changes ---------------------------------------------------------------------
    def new_assessment(self) -> AssessmentDialog | None:
        if not self.may_create:
            return None
        try:
            standards = self.doors.standards.standards(self.actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        if not standards:
            show_info(
                self,
                self.tr(
                    "No department has a standard yet: adopt the defaults under Standards… first."
                ),
            )
            return None
        return self.forms.open(
            lambda: AssessmentDialog(self.doors, self.actor, standards, self),
            lambda form: self._saved(form.saved),
        )

    def add_check(self) -> CheckDialog | None:
        detail = self.detail
        if detail is None or not self.may_create:
            return None

        def saved(form: CheckDialog) -> None:
            outcome = form.outcome
            if outcome is None:
                return
            self._saved(outcome.detail)
            lines = []
            if outcome.notice is not None:
                lines.append(
                    self.tr("Rectification notice {number} issued.").format(
                        number=outcome.notice.number
                    )
                )
            if outcome.closed:
                lines.append(
                    self.tr("Closed by this check: {numbers}.").format(
                        numbers=", ".join(outcome.closed)
                    )
                )
            if outcome.reopened:
                lines.append(
                    self.tr("Opened again by this check: {numbers}.").format(
                        numbers=", ".join(outcome.reopened)
                    )
                )
            for problem in outcome.refused:
                show_error(self, problem)
            if lines:
                show_info(self, "\n".join(lines))

        return self.forms.open(lambda: CheckDialog(self.doors, self.actor, detail, self), saved)

    def open_notice(self) -> NoticeDialog | None:
        check = self._check()
        if check is None or self.detail is None:
            return None
        detail_id = self.detail.id
        return self.forms.open(
            lambda: NoticeDialog(self.doors, self.actor, check, self),
            lambda _form: self._reread(detail_id),
        )

    def _reread(self, assessment_id: uuid.UUID) -> None:
        self._read(assessment_id)

    def verify_fix(self) -> bool:
        check = self._check()
        notice = check.notice if check is not None else None
        if notice is None or self.detail is None:
            return False
        try:
            done = self.doors.assessments.verify_fix(self.actor, notice.id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self._read(self.detail.id)
        show_info(self, self.tr("Notice {number} is closed.").format(number=done.number))
        return True

    def finalise(self) -> bool:
        if self.detail is None:
            return False
        try:
            self._saved(self.doors.assessments.finalise(self.actor, self.detail.id))
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        return True

    def void(self) -> ReasonDialog | None:
        detail = self.detail
        if detail is None or not self.may_void:
            return None
        result: list[AssessmentDetail] = []

        def make() -> ReasonDialog:
            return ReasonDialog(
                self.tr("Void assessment {number}").format(number=detail.number),
                self.tr("&Reason"),
                lambda reason: result.append(
                    self.doors.assessments.void(self.actor, detail.id, reason)
                ),
                self,
            )

        return self.forms.open(make, lambda _form: self._saved(result[-1]) if result else None)

    def _saved(self, detail: AssessmentDetail | None) -> None:
        if detail is None:
            return
        self.detail = detail
        self._load()
        self.select(detail.id)

    # -- papers ----------------------------------------------------------------------
    def _estate(self) -> str:
        try:
            info = self._services.estate.get()
        except PropdeskError:
            return ""
        return info.name if info is not None else ""

    def print_sheet(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        try:
            trend = self.doors.assessments.trend(self.actor, int(detail.row.month[:4]))
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        preview_sheet(self, sheet_of(detail, self._estate(), trend))
        return True

    def _choose_standard(self, title: str) -> object | None:
        try:
            standards = self.doors.standards.standards(self.actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        if not standards:
            return None
        names = [s.department_name for s in standards]
        code = str(self.department_combo.currentData() or "")
        current = next((n for n, s in enumerate(standards) if s.department_code == code), 0)
        name, ok = QInputDialog.getItem(self, title, self.tr("Department"), names, current, False)
        return standards[names.index(name)] if ok else None

    def print_blank(self) -> bool:
        info = self._choose_standard(self.tr("Blank sheet"))
        if info is None:
            return False
        preview_sheet(self, blank_sheet_of(info, self._estate(), date.today()))  # type: ignore[arg-type]
        return True

    def edit_standard(self) -> object | None:
        """Adopt the plan's defaults for the departments without a standard (one step),
        then edit the chosen department's."""
        if not self.may_update:
            info = self._choose_standard(self.tr("Standards"))
            return info
        try:
            adopted = self.doors.standards.adopt_defaults(self.actor, ui_language())
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        if adopted:
            show_info(
                self,
                self.tr(
                    "Default standards adopted for {n} departments: edit them as needed."
                ).format(n=len(adopted)),
            )
        info = self._choose_standard(self.tr("Standards"))
        if info is None:
            return None
        return self.forms.open(
            lambda: StandardDialog(self.doors, self.actor, info, self),  # type: ignore[arg-type]
            lambda _form: None,
        )
