"""The form of one session held (a drill or a training): topic, title, when and how
long, where, who organised it, the staff who took part (ticked from the register, by
department) and the residents counted, what was practised, the problems found and
the actions. Enter or Ctrl+Enter saves, Esc cancels; a refusal shows next to its
field. "Sign-in sheet…" prints the blank sheet of what the form holds so far, with
the staff ticked as the names expected, without saving anything."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from propdesk.domain.drills import rules
from propdesk.domain.drills.kinds import Topic
from propdesk.errors import PropdeskError, UserError
from propdesk.services.core.actor import Actor
from propdesk.services.drills.inputs import SessionInput
from propdesk.services.drills.prints import SignInRequest
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import SessionDetail, StaffChoice
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.drills import printing
from propdesk.ui.tabs.drills.names import topic_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.text_limit import cap_plain_text


class SessionForm(FormDialog):
    def __init__(self, doors: DrillServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New drill or training"), parent)
        self.setObjectName("drill_session_form")
        self._doors = doors
        self._actor = actor
        self.saved: SessionDetail | None = None
        staff = doors.sessions.staff_choices(actor)
        form = self.form
        self.topic_combo: QComboBox = choice_combo(enum_choices(Topic, topic_name), "topic")
        form.add_field("topic", self.tr("Topic:"), self.topic_combo)
        self.title_edit = form.add_line_edit("title", self.tr("Title:"))
        self.title_edit.setMaxLength(rules.MAX_TITLE)
        self._title_typed = False
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.topic_combo.currentIndexChanged.connect(lambda _i: self._suggest_title())
        self.at_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.at_edit.setObjectName("held_at")
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        form.add_field("held_at", self.tr("Held:"), self.at_edit)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("minutes")
        self.minutes_spin.setRange(rules.MIN_MINUTES, rules.MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        form.add_field("minutes", self.tr("Duration:"), self.minutes_spin)
        self.place_edit = form.add_line_edit("place", self.tr("Place:"))
        self.place_edit.setMaxLength(rules.MAX_PLACE)
        self.organiser_combo = choice_combo(
            [(f"{p.name} · {p.department}", p.id) for p in staff], "organiser_id"
        )
        form.add_field("organiser_id", self.tr("Organiser:"), self.organiser_combo)
        self._add_people(staff)
        self.residents_spin = QSpinBox()
        self.residents_spin.setObjectName("residents")
        self.residents_spin.setRange(0, rules.MAX_RESIDENTS)
        form.add_field("residents", self.tr("Residents taking part:"), self.residents_spin)
        self._add_texts()
        self.sign_in_button = QPushButton(self.tr("Sign-in sheet…"))
        self.sign_in_button.setObjectName("form_sign_in")
        self.sign_in_button.setAutoDefault(False)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_in_button.clicked.connect(self.print_sign_in)
        self.on_save(self._save)
        # Ctrl+Enter saves from anywhere, the text boxes included.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self._on_accept)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self._suggest_title()

    def _add_people(self, staff: list[StaffChoice]) -> None:
        self.people_list = QListWidget()
        self.people_list.setObjectName("participants")
        for person in staff:
            item = QListWidgetItem(f"{person.name} · {person.department}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        self.people_list.setMinimumHeight(120)
        self.people_list.setToolTip(self.tr("Space ticks the staff member chosen"))
        self.form.add_field("participants", self.tr("Staff taking part:"), self.people_list)

    def _add_texts(self) -> None:
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, label in (
            ("practised", self.tr("What was practised:")),
            ("problems", self.tr("Problems found:")),
            ("actions", self.tr("Actions:")),
        ):
            edit = QPlainTextEdit()
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 3 + 12)
            cap_plain_text(edit, rules.MAX_TEXT)
            self.form.add_field(name, label, edit)
            self.texts[name] = edit

    # -- the title follows the topic until typed ------------------------------------
    def _on_title_edited(self, _text: str) -> None:
        self._title_typed = True

    def _suggest_title(self) -> None:
        if self._title_typed:
            return
        topic = Topic(self.topic_combo.currentData())
        self.title_edit.setText(f"{self.at_edit.date().year()} {topic_name(topic)}")

    # -- reading the form -------------------------------------------------------------
    def held_at(self) -> datetime:
        moment = self.at_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone()

    def ticked(self) -> list[object]:
        found = []
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(Qt.ItemDataRole.UserRole))
        return found

    def tick(self, row: int, on: bool = True) -> None:
        self.people_list.item(row).setCheckState(
            Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        )

    def data(self) -> SessionInput:
        return SessionInput(
            topic=Topic(self.topic_combo.currentData()),
            title=self.title_edit.text(),
            held_at=self.held_at(),
            minutes=self.minutes_spin.value(),
            organiser_id=self.organiser_combo.currentData(),
            participant_ids=tuple(self.ticked()),  # type: ignore[arg-type]
            residents=self.residents_spin.value(),
            place=self.place_edit.text(),
            practised=self.texts["practised"].toPlainText(),
            problems=self.texts["problems"].toPlainText(),
            actions=self.texts["actions"].toPlainText(),
        )

    def _save(self) -> None:
        self.saved = self._doors.sessions.record(self._actor, self.data())

    def print_sign_in(self) -> None:
        self.form.clear_errors()
        request = SignInRequest(
            Topic(self.topic_combo.currentData()),
            self.title_edit.text(),
            self.held_at(),
            self.organiser_combo.currentData(),
            tuple(self.ticked()),  # type: ignore[arg-type]
            self.place_edit.text(),
        )
        try:
            paper = self._doors.prints.sign_in(self._actor, request)
        except UserError as exc:
            if not self.form.show_error(exc):
                show_error(self, exc)
            return
        except PropdeskError as exc:
            show_error(self, exc)
            return
        printing.preview_sign_in(self, paper)
