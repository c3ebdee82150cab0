"""The chosen event below the list: its facts (the plan, then what was held or why
it was cancelled, and a void's reason), the buttons for exactly what may be done now
by this role, and (once the photos are shared) its photos. A held event is an archive
record: no button changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from propdesk.domain.events.kinds import EventState
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.core.photos import PhotoRef
from propdesk.services.events.photos import MAX_PER_EVENT, EventPhotoService
from propdesk.services.events.views import EventDetail
from propdesk.ui.tabs.events.names import kind_name, local_time, span_text, state_name, yuan
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.photos.photo_file_choice import PhotoFileChoice
from propdesk.ui.widgets.photos.photo_strip import PhotoStrip
from propdesk.ui.widgets.tab_order import chain_tab_order
from propdesk.ui.widgets.text_lines import TextLines, scrolled

PHOTO_ROW_HEIGHT = 110  # one row of thumbnails: the facts keep the room


class EventDetailPanel(QWidget):
    edit_wanted = Signal()
    held_wanted = Signal()
    cancel_wanted = Signal()
    void_wanted = Signal()
    print_wanted = Signal()
    close_wanted = Signal()
    photo_added = Signal()

    def __init__(
        self, actor: Actor, photos: EventPhotoService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("event_detail")
        self._actor = actor
        self._photos = photos
        self.detail: EventDetail | None = None
        self.lines = TextLines(self.tr("Event"), "event")
        self.edit_button = push_button(self.tr("Change plan…"), self.edit_wanted.emit, "edit_event")
        self.held_button = push_button(
            self.tr("Record as held…"), self.held_wanted.emit, "event_held"
        )
        self.cancel_button = push_button(
            self.tr("Cancel event…"), self.cancel_wanted.emit, "cancel_event"
        )
        self.void_button = push_button(self.tr("Void…"), self.void_wanted.emit, "void_event")
        self.print_button = push_button(
            self.tr("Print notice…"), self.print_wanted.emit, "print_event_notice"
        )
        self.close_button = push_button(self.tr("Close"), self.close_wanted.emit, "close_event")
        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.held_button,
            self.cancel_button,
            self.print_button,
            self.void_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(self.lines), 1)
        self._build_photos()
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photo_strip, 1)
        photos_row.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(photos_row)
        layout.addLayout(buttons)
        # Reading order: the photos, then what to do with the event.
        chain_tab_order(
            (
                self.photo_strip,
                self.photo_button,
                self.edit_button,
                self.held_button,
                self.cancel_button,
                self.print_button,
                self.void_button,
                self.close_button,
            )
        )

    def _build_photos(self) -> None:
        keeps = self._photos.available
        self.photo_strip = PhotoStrip(self._photos, self)
        self.photo_strip.setVisible(keeps)
        self.photo_strip.setFixedHeight(PHOTO_ROW_HEIGHT)
        self.photo_choice = PhotoFileChoice(self.photo_strip)
        self.photo_button = push_button(self.tr("Add photo…"), self.add_photo, "event_add_photo")
        self.photo_button.setVisible(keeps and self._actor.may(Module.EVENTS, Action.UPDATE))

    def add_photo(self) -> PhotoRef | None:
        detail = self.detail
        if detail is None or not detail.takes_photos:
            return None
        photo = self.photo_choice.attach(
            self.tr("Attach a photo to {event}").format(event=detail.row.theme),
            lambda path: self._photos.add(self._actor, detail.id, path),
        )
        if photo is not None:
            self.photo_added.emit()  # the tab reads the event again: the strip gets it
        return photo

    def show_detail(self, detail: EventDetail | None) -> None:
        self.detail = detail
        if detail is None:
            return
        row = detail.row
        state = self.tr("Voided") if row.voided else state_name(row.state)
        held = row.state is EventState.HELD
        self.lines.show_lines(
            [
                ("number", self.tr("Number"), row.number),
                ("state", self.tr("State"), state),
                ("theme", self.tr("Theme"), row.theme),
                ("kind", self.tr("Kind"), kind_name(row.kind)),
                ("when", self.tr("When"), span_text(row.starts_at, row.ends_at)),
                ("place", self.tr("Place"), row.place),
                ("content", self.tr("Content"), detail.content),
                ("organiser", self.tr("Organiser"), row.organiser),
                ("budget", self.tr("Budget"), yuan(row.budget_fen) if row.budget_fen else ""),
                ("planned_by", self.tr("Entered by"), detail.planned_by),
                (
                    "participants",
                    self.tr("Participants"),
                    f"{row.participants:,}" if held and row.participants is not None else "",
                ),
                ("cost", self.tr("Actual cost"), yuan(row.actual_cost_fen) if held else ""),
                ("feedback", self.tr("Feedback"), detail.feedback),
                ("cancel_reason", self.tr("Why cancelled"), detail.cancel_reason),
                (
                    "closed",
                    self.tr("Recorded"),
                    f"{local_time(detail.closed_at)} {detail.closed_by}".strip()
                    if detail.closed_at
                    else "",
                ),
                ("void_reason", self.tr("Voided because"), detail.void_reason),
            ]
        )
        actor = self._actor
        live = detail.editable
        self.edit_button.setVisible(live and actor.may(Module.EVENTS, Action.UPDATE))
        self.held_button.setVisible(live and actor.may(Module.EVENTS, Action.UPDATE))
        self.cancel_button.setVisible(live and actor.may(Module.EVENTS, Action.UPDATE))
        self.print_button.setVisible(live)
        self.void_button.setVisible(not row.voided and actor.may(Module.EVENTS, Action.VOID))
        if detail.photos != tuple(self.photo_strip.photos()):
            self.photo_strip.set_photos(detail.photos)
        self.photo_strip.set_empty_text(self.tr("No photos of this event."))
        self.photo_button.setEnabled(detail.takes_photos and len(detail.photos) < MAX_PER_EVENT)
