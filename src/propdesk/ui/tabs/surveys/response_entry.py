"""Fast entry of the paper forms, by keyboard: the unit (completed from the units that
have not answered yet; who lives there is shown under it), then one digit per question
(5 very satisfied … 1 very dissatisfied, 0 not answered; the questions' count and
what has been typed are shown as you type), a comment if the form has one and what it
is about; Enter saves and clears the form for the next one, Esc closes it.

A unit that already answered the round is refused; the form then asks whether this
form replaces the earlier one (the earlier one is voided with the reason "replaced").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QLabel,
    QWidget,
)

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.ratings import DIGITS
from propdesk.errors import ConflictError, PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.surveys.service import SurveyServices
from propdesk.services.surveys.views import ResponseInput, ResponseRow, RoundDetail
from propdesk.ui.dialogs import ask_yes_no, user_message
from propdesk.ui.tabs.surveys.names import area_name
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.widgets.field_form import ERROR_STYLE
from propdesk.ui.widgets.form_dialog import FormDialog

HINT_STYLE = "color: #1b5e20;"


class ResponseEntryDialog(FormDialog):
    sig_response_saved = Signal(object)  # ResponseRow

    def __init__(
        self,
        doors: SurveyServices,
        actor: Actor,
        detail: RoundDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Responses: {name}").format(name=detail.row.name), parent)
        self._doors = doors
        self._actor = actor
        self._detail = detail
        self._questions = len(detail.questionnaire)
        self.saved_count = 0
        self.set_intro(
            self.tr(
                "Type the unit, then one digit per question ({n} questions): 5 very "
                "satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied, "
                "0 not answered. Enter saves and starts the next form; Esc closes."
            ).format(n=self._questions)
        )
        self.unit_edit = self.form.add_line_edit("unit", self.tr("Unit"), "3-2-1502")
        self.unit_edit.setMaxLength(20)
        self.completer = QCompleter(doors.responses.unit_codes(actor, detail.id), self.unit_edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit_edit.setCompleter(self.completer)
        self.unit_edit.editingFinished.connect(self._on_unit_done)
        self.unit_hint = QLabel()
        self.unit_hint.setObjectName("unit_hint")
        self.unit_hint.setStyleSheet(HINT_STYLE)
        self.form.addRow("", self.unit_hint)
        self.ratings_edit = self.form.add_line_edit("ratings", self.tr("Answers"), "5454 3445 …")
        self.ratings_edit.setMaxLength(self._questions * 2 + 4)
        self.ratings_edit.textChanged.connect(self._on_ratings_typed)
        self.ratings_hint = QLabel()
        self.ratings_hint.setObjectName("ratings_hint")
        self.form.addRow("", self.ratings_hint)
        self.comment_edit = self.form.add_line_edit("comment", self.tr("Comment"))
        self.comment_edit.setMaxLength(500)
        choices: list[tuple[str, object]] = [(area_name(None), None)]
        choices += [(area_name(a), a.value) for a in detail.questionnaire.areas()]
        self.area_combo = choice_combo(choices, "comment_area")
        self.form.add_field("comment_area", self.tr("Comment about"), self.area_combo)
        self.done_label = QLabel()
        self.done_label.setObjectName("entry_done")
        self.form.addRow("", self.done_label)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self._on_ratings_typed("")
        self.on_save(self._save)
        # Enter in any box saves (QLineEdit passes Return on to the default button).
        self.buttons.button(self.buttons.StandardButton.Ok).setDefault(True)
        self.unit_edit.setFocus()

    # -- the keyboard's feedback -------------------------------------------------------
    def _on_unit_done(self) -> None:
        code = self.unit_edit.text().strip()
        if not code:
            self.unit_hint.clear()
            return
        try:
            found = self._doors.responses.unit(self._actor, self._detail.id, code)
        except PropdeskError as exc:
            self.unit_hint.setStyleSheet(ERROR_STYLE)
            self.unit_hint.setText(user_message(exc))
            return
        self.unit_hint.setStyleSheet(HINT_STYLE)
        text = found.residents or self.tr("nobody registered")
        if found.answered_at is not None:
            text += "  " + self.tr("already answered on {day}").format(
                day=found.answered_at.astimezone().strftime("%Y-%m-%d")
            )
        self.unit_hint.setText(text)

    def _on_ratings_typed(self, text: str) -> None:
        digits = "".join(c for c in text if not c.isspace())
        wrong = any(c not in DIGITS for c in digits)
        self.ratings_hint.setText(
            self.tr("{typed} of {n} typed").format(typed=len(digits), n=self._questions)
            + ("  " + self.tr("only 0–5") if wrong else "")
        )
        self.ratings_hint.setStyleSheet(
            ERROR_STYLE if wrong or len(digits) > self._questions else HINT_STYLE
        )

    # -- saving ------------------------------------------------------------------------
    def _input(self, replace: bool) -> ResponseInput:
        value = self.area_combo.currentData()
        return ResponseInput(
            self._detail.id,
            self.unit_edit.text(),
            self.ratings_edit.text(),
            self.comment_edit.text(),
            Area(value) if isinstance(value, str) else None,
            replace,
        )

    def _save(self) -> bool:
        """Saved: the form is cleared for the next one and stays open (False keeps
        it open); a refusal shows next to its field (raised on to FormDialog)."""
        try:
            row = self._doors.responses.record(self._actor, self._input(False))
        except ConflictError as exc:
            if exc.field != "unit" or not ask_yes_no(
                self,
                self.tr(
                    "Unit {unit} has already answered this round. Does this form replace "
                    "its earlier response?"
                ).format(unit=self.unit_edit.text().strip().upper()),
            ):
                raise
            row = self._doors.responses.record(self._actor, self._input(True))
        self._saved(row)
        return False

    def _saved(self, row: ResponseRow) -> None:
        self.saved_count += 1
        self.done_label.setText(
            self.tr("Saved {unit} ({n} this session).").format(
                unit=row.unit_code, n=self.saved_count
            )
        )
        self.sig_response_saved.emit(row)
        for edit in (self.unit_edit, self.ratings_edit, self.comment_edit):
            edit.clear()
        self.area_combo.setCurrentIndex(0)
        self.unit_hint.clear()
        self.unit_edit.setFocus()

    def reject(self) -> None:
        """Esc closes; what was saved stays saved."""
        QDialog.reject(self)
