"""The complaints analysis (投诉分析) of a year, or of any period: the headline figures,
Pareto by category, month by month, repeat places and complainants, and each
department's figures.

One service call reads the period (about 50 ms for a year), when the page is shown and
when the period changes; never on a timer. Every figure is a link: a count, a table's
row (Enter or a double click; in the month and department tables the column chosen
says which count) or a chart's bar emits `records_wanted` with the complaint list's
filter for the complaints behind it, and the tab shows that list. Every table exports
to Excel from its right-click menu, as shown.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.complaints.kinds import ComplaintCategory
from propdesk.domain.roles import Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.analysis import ComplaintAnalysis
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.ui.complaint_names import category_name
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.complaints.analysis_figures import FiguresPanel
from propdesk.ui.tabs.complaints.analysis_models import (
    ComplainantRepeatModel,
    DepartmentModel,
    LinkedModel,
    MonthModel,
    ParetoModel,
    PlaceRepeatModel,
)
from propdesk.ui.widgets.analysis_chart import AnalysisChartView, Category
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.record_table import RecordTable, record_table
from propdesk.ui.widgets.table_export import export_view, install_export_action
from propdesk.ui.widgets.titled_box import titled_box

EARLIEST_YEAR = 2000


def category_text(category: Category) -> str:
    """Under a bar: a category by its name, a month by its short name (1月, Jan)."""
    if isinstance(category, ComplaintCategory):
        return category_name(category)
    return QLocale().toString(QDate(category.year, category.month, 1), "MMM")


def fit_width(view: QTableView) -> None:
    """A table beside a chart as wide as its columns, so none is cut off; the chart
    takes the rest."""
    header = view.horizontalHeader()
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    scroll = view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(header.length() + scroll + 2 * view.frameWidth() + 2)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class AnalysisPanel(QWidget):
    # A services.complaints.queries.ComplaintFilter: the complaints behind a figure.
    records_wanted = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaints_analysis")
        self._services = services
        self._actor = actor
        self._analysis_service = services.module(ComplaintServices).analysis
        self.analysis: ComplaintAnalysis | None = None
        this_year = self._today().year

        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("complaints_analysis_year")
        self.year_spin.setRange(EARLIEST_YEAR, this_year)
        self.year_spin.setValue(this_year)
        self.from_edit = self._date_edit("complaints_analysis_from")
        self.to_edit = self._date_edit("complaints_analysis_to")
        self.period_button = push_button(
            self.tr("Show period"), self.refresh, "complaints_analysis_show_period"
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("complaints_analysis_summary")
        self.summary_label.setWordWrap(True)
        self.figures = FiguresPanel(self)
        self.figures.records_wanted.connect(self.records_wanted.emit)
        self._build_pages()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        add_labelled(top, self.tr("&Year"), self.year_spin)
        top.addSpacing(16)
        add_labelled(top, self.tr("or &from"), self.from_edit)
        add_labelled(top, self.tr("to"), self.to_edit)
        top.addWidget(self.period_button)
        top.addSpacing(16)
        top.addWidget(self.summary_label, 1)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.pages, 1)
        hint = QLabel(
            self.tr(
                "Every figure opens the complaints behind it: click a count or a bar, or "
                "choose a table row and press Enter (double-click). Right-click a table to "
                "export it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        layout.addWidget(hint)

        self._set_year_period(this_year)
        self.year_spin.valueChanged.connect(self._year_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(EARLIEST_YEAR, 1, 1))
        return edit

    def _build_pages(self) -> None:
        self.pages = QTabWidget()
        self.pages.setObjectName("complaints_analysis_pages")
        self.pages.setDocumentMode(True)

        self.pareto_chart = AnalysisChartView("complaints_pareto_chart", category_text)
        self.pareto_chart.bar_activated.connect(self._on_pareto_bar)
        self.pareto_model = ParetoModel(self)
        self.pareto_view = self._table(self.pareto_model, "complaints_pareto_table")
        self.pages.addTab(
            self._side_by_side(self.pareto_chart, self.pareto_view), self.tr("By category")
        )

        self.month_chart = AnalysisChartView("complaints_month_chart", category_text)
        self.month_chart.bar_activated.connect(self._on_month_bar)
        self.month_model = MonthModel(self)
        self.month_view = self._table(self.month_model, "complaints_month_table")
        self.pages.addTab(
            self._side_by_side(self.month_chart, self.month_view), self.tr("By month")
        )

        self.place_model = PlaceRepeatModel(self)
        self.place_view = self._table(self.place_model, "complaints_repeat_places")
        self.place_view.set_empty_text(self.tr("No place complained of 3 times in 90 days"))
        self.person_model = ComplainantRepeatModel(self)
        self.person_view = self._table(self.person_model, "complaints_repeat_complainants")
        self.person_view.set_empty_text(self.tr("Nobody complained 3 times in 90 days"))
        repeats = QSplitter(Qt.Orientation.Horizontal)
        repeats.setChildrenCollapsible(False)
        repeats.addWidget(
            titled_box(
                self.tr("Places: the same unit or area 3 times or more in 90 days"), self.place_view
            )
        )
        repeats.addWidget(
            titled_box(self.tr("Complainants: 3 times or more in 90 days"), self.person_view)
        )
        self.pages.addTab(repeats, self.tr("Repeats"))

        self.department_model = DepartmentModel(self)
        self.department_view = self._table(self.department_model, "complaints_departments")
        self.pages.addTab(self.department_view, self.tr("By department"))

    def _side_by_side(self, chart: AnalysisChartView, table: QTableView) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(chart)
        splitter.addWidget(table)
        splitter.setStretchFactor(0, 1)  # the chart takes the spare width
        splitter.setStretchFactor(1, 0)
        return splitter

    def _table(self, model: LinkedModel, name: str) -> RecordTable:
        view = record_table(model, name)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.activated.connect(lambda index, m=model: self._on_activated(m, index))
        install_export_action(view, self._actor, Module.COMPLAINTS, lambda: self.export_table(view))
        return view

    # -- the period shown ------------------------------------------------------------
    @staticmethod
    def _today() -> date:
        return datetime.now().astimezone().date()

    @property
    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def _set_year_period(self, year: int) -> None:
        self.from_edit.setDate(QDate(year, 1, 1))
        self.to_edit.setDate(QDate(year, 12, 31))

    def _year_changed(self, year: int) -> None:
        self._set_year_period(year)
        if self.isVisible():
            self.refresh()

    def show_year(self, year: int) -> None:
        """The calendar year `year`, month by month (read now, shown or not)."""
        year = max(EARLIEST_YEAR, min(year, self._today().year))
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self._set_year_period(year)
        self.refresh()

    # -- reading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the period shown again, as it stands now (the tab calls it when this
        page comes to the front: the panel does not read on its own show as well)."""
        self.year_spin.setMaximum(max(self.year_spin.maximum(), self._today().year))
        first, last = self.period
        try:
            analysis = self._analysis_service.period(self._actor, first, last)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.show_analysis(analysis)

    def show_analysis(self, analysis: ComplaintAnalysis) -> None:
        self.analysis = analysis
        self.figures.show_analysis(analysis)
        self.pareto_model.set_rows(analysis.pareto)
        self.pareto_chart.show_chart(analysis.pareto_chart)
        self.month_model.set_rows(analysis.months)
        self.month_chart.show_chart(analysis.monthly_chart)
        self.place_model.set_rows(analysis.repeat_places)
        self.person_model.set_rows(analysis.repeat_complainants)
        self.department_model.set_rows(analysis.departments)
        for view in (self.pareto_view, self.month_view):
            fit_width(view)
        as_of = analysis.as_of.astimezone().strftime("%Y-%m-%d %H:%M")
        self.summary_label.setText(
            self.tr("{first} – {last}: {n} complaints received; overdue as of {as_of}.").format(
                first=analysis.first.isoformat(),
                last=analysis.last.isoformat(),
                n=analysis.received,
                as_of=as_of,
            )
        )

    # -- links -----------------------------------------------------------------------
    def _on_activated(self, model: LinkedModel, index: QModelIndex) -> None:
        wanted = model.link(index.row(), index.column())
        if wanted is not None:
            self.records_wanted.emit(wanted)

    def _on_pareto_bar(self, index: int) -> None:
        if self.analysis is not None and 0 <= index < len(self.analysis.pareto):
            self.records_wanted.emit(self.analysis.pareto[index].records)

    def _on_month_bar(self, index: int) -> None:
        if self.analysis is not None and 0 <= index < len(self.analysis.months):
            self.records_wanted.emit(self.analysis.months[index].records)

    # -- export ----------------------------------------------------------------------
    def export_table(self, view: QTableView, path: Path | None = None) -> Path | None:
        """The table as shown, named by what it is and the period."""
        first, last = self.period
        title = self.tr("Complaints {what} {first}–{last}").format(
            what=self._title_of(view), first=first.isoformat(), last=last.isoformat()
        )
        exports = self._services.exports
        return export_view(self, view, exports, self._actor, Module.COMPLAINTS, title, path)

    def _title_of(self, view: QTableView) -> str:
        titles: list[tuple[QTableView, str]] = [
            (self.pareto_view, self.tr("by category")),
            (self.month_view, self.tr("by month")),
            (self.place_view, self.tr("repeat places")),
            (self.person_view, self.tr("repeat complainants")),
            (self.department_view, self.tr("by department")),
        ]
        return next((title for shown, title in titles if shown is view), "")
