"""The chosen session in full: its facts, who took part, what was practised, the
problems found and the actions; Print record…, Sign-in sheet…, Void…."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.reports.drills.model import SessionPaper
from propdesk.services.core.actor import Actor
from propdesk.services.core.photos import PhotoRef
from propdesk.services.drills.photos import MAX_PER_SESSION
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import SessionDetail
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.drills import printing
from propdesk.ui.tabs.drills.names import kind_name, local_time, minutes_text, topic_name
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.modal import exec_once
from propdesk.ui.widgets.photos.photo_file_choice import PhotoFileChoice
from propdesk.ui.widgets.photos.photo_strip import PhotoStrip
from propdesk.ui.widgets.reason_dialog import ReasonDialog


class SessionDetailPanel(QWidget):
    voided = Signal(object)  # the session's id

    def __init__(self, doors: DrillServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drill_session_detail")
        self._doors = doors
        self._actor = actor
        self.detail: SessionDetail | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("drill_detail_title")
        self.title_label.setStyleSheet("font-weight: bold;")
        self.title_label.setWordWrap(True)
        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, label in (
            ("held", self.tr("Held:")),
            ("topic", self.tr("Topic:")),
            ("place", self.tr("Place:")),
            ("organiser", self.tr("Organiser:")),
            ("people", self.tr("Taking part:")),
            ("recorded", self.tr("Recorded by:")),
        ):
            value = QLabel()
            value.setObjectName(f"drill_detail_{key}")
            value.setWordWrap(True)
            facts.addRow(label, value)
            self.facts[key] = value
        self.text = QPlainTextEdit()
        self.text.setObjectName("drill_detail_text")
        self.text.setReadOnly(True)
        self.print_button = QPushButton(self.tr("Print record…"))
        self.print_button.setObjectName("drill_print_record")
        self.print_button.clicked.connect(self.print_record)
        self.sign_in_button = QPushButton(self.tr("Sign-in sheet…"))
        self.sign_in_button.setObjectName("drill_print_sign_in")
        self.sign_in_button.clicked.connect(self.print_sign_in)
        self._build_photos()
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setObjectName("drill_void")
        self.void_button.clicked.connect(self.ask_void)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.sign_in_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(facts)
        layout.addWidget(self.text, 2)
        photos = QHBoxLayout()
        photos.addWidget(self.photo_strip, 1)
        photos.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(photos)
        layout.addLayout(buttons)
        self.show_detail(None)

    def _build_photos(self) -> None:
        """Photos of the session and its signed sign-in sheet, as the inspections keep
        theirs (ui.widgets.photos)."""
        keeps_photos = self._doors.photos.available
        self.photo_strip = PhotoStrip(self._doors.photos, self)
        # The strip keeps its own height (one row of thumbnails and the scroll bar): a
        # lower maximum than that made it run over the buttons below.
        self.photo_strip.setVisible(keeps_photos)
        self.photo_choice = PhotoFileChoice(self.photo_strip)
        self.photo_button = push_button(self.tr("Add photo…"), self.add_photo, "drill_add_photo")
        self.photo_button.setToolTip(
            self.tr("A photo of the session or of its signed sign-in sheet")
        )
        self.photo_button.setVisible(self._actor.may(Module.DRILLS, Action.CREATE) and keeps_photos)

    def add_photo(self) -> PhotoRef | None:
        detail = self.detail
        if detail is None:
            return None
        session_id = detail.id
        photo = self.photo_choice.attach(
            self.tr("Attach a photo to {number}").format(number=detail.number),
            lambda path: self._doors.photos.add(self._actor, session_id, path),
        )
        if photo is not None:
            self.show_session(session_id)
        return photo

    def show_session(self, session_id: uuid.UUID) -> bool:
        try:
            detail = self._doors.sessions.detail(self._actor, session_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def show_detail(self, detail: SessionDetail | None) -> None:
        self.detail = detail
        for widget in (self.print_button, self.sign_in_button):
            widget.setEnabled(detail is not None)
        self.void_button.setEnabled(
            detail is not None
            and not detail.row.voided
            and self._actor.may(Module.DRILLS, Action.VOID)
        )
        live = detail is not None and not detail.row.voided
        photos = detail.photos if detail is not None else ()
        if photos != tuple(self.photo_strip.photos()):
            self.photo_strip.set_photos(photos)
        self.photo_strip.set_empty_text(self.tr("No photos of this session."))
        self.photo_button.setEnabled(live and len(photos) < MAX_PER_SESSION)
        if detail is None:
            self.title_label.setText(self.tr("Choose a session in the list."))
            for label in self.facts.values():
                label.clear()
            self.text.clear()
            return
        row = detail.row
        title = f"{row.number}  {row.title}"
        if row.voided:
            title += "  " + self.tr("(voided: {reason})").format(reason=detail.void_reason)
        self.title_label.setText(title)
        self.facts["held"].setText(f"{local_time(row.held_at)} · {minutes_text(row.minutes)}")
        self.facts["topic"].setText(f"{kind_name(row.kind)} · {topic_name(row.topic)}")
        self.facts["place"].setText(detail.place)
        self.facts["organiser"].setText(row.organiser)
        names = "、".join(p.name for p in detail.participants)
        self.facts["people"].setText(
            self.tr("{staff} staff, {residents} residents").format(
                staff=row.staff_count, residents=row.residents
            )
            + (f"：{names}" if names else "")
        )
        self.facts["recorded"].setText(detail.recorded_by)
        parts = (
            (self.tr("What was practised"), detail.practised),
            (self.tr("Problems found"), detail.problems),
            (self.tr("Actions"), detail.actions),
        )
        self.text.setPlainText(
            "\n\n".join(f"{head}\n{body or self.tr('None')}" for head, body in parts)
        )

    def _paper(self) -> SessionPaper | None:
        if self.detail is None:
            return None
        try:
            return self._doors.prints.record(self._actor, self.detail.id)
        except PropdeskError as exc:
            show_error(self, exc)
            return None

    def print_record(self) -> None:
        paper = self._paper()
        if paper is not None:
            printing.preview_record(self, paper)

    def print_sign_in(self) -> None:
        paper = self._paper()
        if paper is not None:
            printing.preview_sign_in(self, paper)

    def ask_void(self) -> None:
        if self.detail is None:
            return
        session_id = self.detail.id
        dialog = ReasonDialog(
            self.tr("Void session {number}").format(number=self.detail.number),
            self.tr("Reason:"),
            lambda reason: self._doors.sessions.void(self._actor, session_id, reason),
            self,
        )
        if exec_once(dialog):
            self.show_session(session_id)
            self.voided.emit(session_id)
