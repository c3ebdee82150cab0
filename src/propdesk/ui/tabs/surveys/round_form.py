"""A new survey round: its name, its days and its questionnaire — one box per service
area, a question a line, filled with the latest round's questions (or the plan's
default in the window's language); "Default questions" puts the plan's back. OK (or
Ctrl+Enter) saves; a mistake is shown next to its field."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QPushButton, QWidget

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.questionnaire import Questionnaire, questions_from_lines
from propdesk.services.core.actor import Actor
from propdesk.services.surveys.rounds import RoundService
from propdesk.services.surveys.views import RoundDetail, RoundInput
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.surveys.names import area_name
from propdesk.ui.widgets.form_dialog import FormDialog

ROUND_DAYS = 30


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class RoundForm(FormDialog):
    def __init__(
        self, rounds: RoundService, actor: Actor, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New survey round"), parent)
        self._rounds = rounds
        self._actor = actor
        self.saved: RoundDetail | None = None
        self._start = rounds.starting_questionnaire(actor, ui_language())
        self.set_intro(
            self.tr(
                "The round keeps its own copy of these questions: changing them for a "
                "later round leaves this one as it is."
            )
        )
        self.name_edit = self.form.add_line_edit(
            "name",
            self.tr("Name"),
            text=self.tr("{year} residents' satisfaction survey").format(year=today.year),
        )
        self.opens_edit = _date_edit(today, "opens_on")
        self.form.add_field("opens_on", self.tr("First day"), self.opens_edit)
        self.closes_edit = _date_edit(today + timedelta(days=ROUND_DAYS - 1), "closes_on")
        self.form.add_field("closes_on", self.tr("Last day"), self.closes_edit)
        self.area_edits: dict[Area, QPlainTextEdit] = {}
        for area in Area:
            edit = QPlainTextEdit()
            edit.setObjectName(f"questions_{area.value}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
            self.area_edits[area] = edit
            name = "questions" if area is Area.SECURITY else f"questions_{area.value}"
            self.form.add_field(name, area_name(area), edit)
        self.default_button = QPushButton(self.tr("Default questions"))
        self.default_button.setObjectName("default_questions")
        self.default_button.setAutoDefault(False)
        self.default_button.clicked.connect(self._on_default)
        self.form.addRow("", self.default_button)
        self._fill(self._start)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.name_edit.selectAll()
        save = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self)
        save.activated.connect(self._on_accept)
        self.on_save(self._save)
        self.setMinimumWidth(560)

    def _fill(self, questionnaire: Questionnaire) -> None:
        for area, edit in self.area_edits.items():
            edit.setPlainText("\n".join(q.text for _i, q in questionnaire.of_area(area)))

    def _on_default(self) -> None:
        self._fill(self._rounds.default_questionnaire(self._actor, ui_language()))

    def _save(self) -> None:
        lines = {area: edit.toPlainText() for area, edit in self.area_edits.items()}
        data = RoundInput(
            self.name_edit.text(),
            _day(self.opens_edit),
            _day(self.closes_edit),
            tuple(questions_from_lines(lines, self._start)),
        )
        self.saved = self._rounds.create(self._actor, data)
