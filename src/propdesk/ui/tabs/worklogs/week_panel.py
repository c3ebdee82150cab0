"""The week's plan against what was logged: the ISO week (previous / next, or any day
picked), a trade or both, the grid of tasks × days and the completion per trade and
area below it; Print… previews the week's work sheet (A4 landscape)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.worklogs.kinds import Trade
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.worklogs.service import WorklogServices
from propdesk.services.worklogs.views import AreaCompletion, WeekPlan
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.worklogs.completion_model import CompletionModel
from propdesk.ui.tabs.worklogs.names import trade_name
from propdesk.ui.tabs.worklogs.week_model import WeekModel
from propdesk.ui.tabs.worklogs.week_printing import preview_week_sheet
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.record_table import record_table


class WeekPanel(QWidget):
    def __init__(
        self,
        doors: WorklogServices,
        actor: Actor,
        estate_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("worklog_week")
        self._doors, self._actor, self._estate = doors, actor, estate_name
        self.plan: WeekPlan | None = None
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("week_day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.previous_button.setObjectName("week_previous")
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.next_button.setObjectName("week_next")
        self.trade_combo = choice_combo(
            [(self.tr("Both trades"), None), *enum_choices(Trade, trade_name)], "week_trade"
        )
        self.print_button = QPushButton(self.tr("Print week sheet…"))
        self.print_button.setObjectName("week_print")
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        add_labelled(top, self.tr("Week of"), self.day_edit)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        add_labelled(top, self.tr("Trade"), self.trade_combo)
        top.addWidget(self.week_label, 1)
        top.addWidget(self.print_button)
        self.model = WeekModel(self)
        self.grid = record_table(self.model, "week_grid", stretch=[WeekModel.COL_TASK])
        self.grid.setSelectionBehavior(self.grid.SelectionBehavior.SelectItems)
        self.completion = CompletionModel(self)
        self.completion_view = record_table(
            self.completion, "week_completion", stretch=[CompletionModel.COL_AREA]
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(self.completion_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.previous_button.clicked.connect(lambda: self.step(-7))
        self.next_button.clicked.connect(lambda: self.step(7))
        self.day_edit.dateChanged.connect(lambda _day: self.refresh())
        self.trade_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.print_button.clicked.connect(self.print_week)
        self.refresh()

    def chosen_day(self) -> date:
        shown = self.day_edit.date()
        return date(shown.year(), shown.month(), shown.day())

    def show_week(self, day: date) -> None:
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.refresh()

    def step(self, days: int) -> None:
        self.show_week(self.chosen_day() + timedelta(days=days))

    def refresh(self) -> None:
        trade = self.trade_combo.currentData()
        try:
            plan = self._doors.entries.week(
                self._actor, self.chosen_day(), Trade(trade) if trade else None
            )
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.plan = plan
        self.model.set_plan(plan)
        totals = [AreaCompletion(t, "", done) for t, done in plan.trades]
        self.completion.set_rows([*plan.areas, *totals])
        sunday = plan.monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("{first} to {last}").format(
                first=plan.monday.isoformat(), last=sunday.isoformat()
            )
        )

    def print_week(self) -> bool:
        if self.plan is None:
            return False
        return preview_week_sheet(self, self.plan, self._estate)
