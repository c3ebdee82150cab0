"""Community events (社区活动): the list above (year, state, kind, text; pages), the
chosen event below with what may be done with it now. F2 plans a new event; a
planned one is changed, recorded as held (participants, feedback, actual cost) or
cancelled with a reason; its lobby notice is printed through the preview. Held
events are the archive, read by year. Forms open without blocking, one at a time;
after a save the list and the detail are read again."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.events.inputs import REASON_MAX
from propdesk.services.events.service import EventServices
from propdesk.services.events.views import EventDetail, EventFilter
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.events.detail_panel import EventDetailPanel
from propdesk.ui.tabs.events.event_forms import EventForm, HeldForm
from propdesk.ui.tabs.events.event_list import EventListView
from propdesk.ui.tabs.events.notice_printing import NoticeForm, preview_notice
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.reason_dialog import ReasonDialog

DETAIL_SHARE = 0.55  # of the height, for the chosen event once shown


class _ReasonForm(ReasonDialog):
    saved: EventDetail | None = None


class EventsTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.doors = services.module(EventServices)
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("event_status")
        self.new_button = QPushButton(self.tr("New event (F2)"))
        self.new_button.setObjectName("new_event")
        self.new_button.clicked.connect(self.open_event_form)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.list_view = EventListView(services, actor)
        self.list_view.selected.connect(self.show_event)
        self.detail_panel = EventDetailPanel(actor, self.doors.photos)
        self.detail_panel.photo_added.connect(self._on_photo_added)
        self.detail_panel.edit_wanted.connect(self.open_edit_form)
        self.detail_panel.held_wanted.connect(self.open_held_form)
        self.detail_panel.cancel_wanted.connect(self.open_cancel_form)
        self.detail_panel.void_wanted.connect(self.open_void_form)
        self.detail_panel.print_wanted.connect(self.open_notice_form)
        self.detail_panel.close_wanted.connect(self.close_event)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 1)
        self.detail_panel.hide()
        layout.addWidget(self.splitter, 1)
        self.new_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.new_shortcut.activated.connect(self.open_event_form)
        self.forms = OneFormAtATime(self, self.list_view.view.setFocus)
        may_plan = actor.may(Module.EVENTS, Action.CREATE)
        self.new_button.setVisible(may_plan)
        self.new_shortcut.setEnabled(may_plan)
        self._read_years()

    # -- reading -------------------------------------------------------------------
    @property
    def detail(self) -> EventDetail | None:
        return self.detail_panel.detail

    def _read_years(self) -> None:
        try:
            years = self.doors.events.years(self._actor)
        except PropdeskError:
            years = []
        self.list_view.filter_bar.set_years(years)

    def refresh(self) -> None:
        self._read_years()
        self.list_view.refresh()
        if self.detail is not None:
            self.show_event(self.detail.id)

    def show_list(self, wanted: EventFilter) -> None:
        self.list_view.filter_bar.set_filter(wanted)

    def show_event(self, event_id: uuid.UUID | None) -> bool:
        if event_id is None:
            self._present(None)
            return False
        try:
            detail = self.doors.events.detail(self._actor, event_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self._present(detail)
        return True

    def open_event_by_id(self, event_id: uuid.UUID) -> bool:
        """A link's event: the list searched by its number, the event below it."""
        if not self.show_event(event_id):
            return False
        detail = self.detail
        assert detail is not None
        self.show_list(EventFilter(text=detail.number, include_voided=detail.row.voided))
        self.list_view.select_event(event_id)
        return True

    def _on_photo_added(self) -> None:
        if self.detail is not None:
            self.show_event(self.detail.id)
            self.list_view.refresh()

    def close_event(self) -> None:
        self.list_view.forget_selection()
        self._present(None)
        self.list_view.view.setFocus()

    def _present(self, detail: EventDetail | None) -> None:
        panel = self.detail_panel
        if detail is None:
            panel.show_detail(None)
            panel.hide()
            return
        showing = not panel.isHidden()
        panel.show_detail(detail)
        if showing:
            return
        panel.show()
        total = sum(self.splitter.sizes())
        if total > 0:
            height = int(total * DETAIL_SHARE)  # the facts and a row of photos
            self.splitter.setSizes([total - height, height])

    def _after(self, detail: EventDetail | None, message: str) -> None:
        if detail is None:
            return
        self.status_label.setText(message.format(number=detail.number, theme=detail.row.theme))
        self._read_years()
        self._present(detail)
        self.list_view.refresh()
        self.list_view.select_event(detail.id)

    # -- forms ---------------------------------------------------------------------
    @property
    def open_form(self) -> QDialog | None:
        return self.forms.form

    def open_event_form(self) -> EventForm | None:
        if not self._actor.may(Module.EVENTS, Action.CREATE):
            return None
        return self.forms.open(
            lambda: EventForm(self.doors.events, self._actor, None, self), self._planned
        )

    def _planned(self, form: EventForm) -> None:
        self._after(form.saved, self.tr("Event {number} planned: {theme}"))
        if form.saved is not None:
            self.list_view.newest()
            self.list_view.select_event(form.saved.id)

    def open_edit_form(self) -> EventForm | None:
        detail = self.detail
        if detail is None or not detail.editable:
            return None
        return self.forms.open(
            lambda: EventForm(self.doors.events, self._actor, detail, self),
            lambda form: self._after(form.saved, self.tr("Event {number} changed")),
        )

    def open_held_form(self) -> HeldForm | None:
        detail = self.detail
        if detail is None or not detail.editable:
            return None
        return self.forms.open(
            lambda: HeldForm(self.doors.events, self._actor, detail, self),
            lambda form: self._after(form.saved, self.tr("Event {number} recorded as held")),
        )

    def _reason_form(self, title: str, name: str, act: object) -> _ReasonForm:
        form = _ReasonForm(title, self.tr("Reason"), lambda reason: None, self)
        form.setObjectName(name)
        form.reason_edit.setMaxLength(REASON_MAX)

        def save() -> None:
            assert callable(act)
            form.saved = act(form.reason_edit.text())

        form.on_save(save)
        return form

    def open_cancel_form(self) -> _ReasonForm | None:
        detail = self.detail
        if detail is None or not detail.editable:
            return None
        events, actor = self.doors.events, self._actor
        return self.forms.open(
            lambda: self._reason_form(
                self.tr("Cancel event {number}").format(number=detail.number),
                "event_cancel_form",
                lambda reason: events.cancel(actor, detail.id, reason),
            ),
            lambda form: self._after(form.saved, self.tr("Event {number} cancelled")),
        )

    def open_void_form(self) -> _ReasonForm | None:
        detail = self.detail
        if detail is None or not self._actor.may(Module.EVENTS, Action.VOID):
            return None
        events, actor = self.doors.events, self._actor
        return self.forms.open(
            lambda: self._reason_form(
                self.tr("Void event {number}").format(number=detail.number),
                "event_void_form",
                lambda reason: events.void(actor, detail.id, reason),
            ),
            lambda form: self._after(form.saved, self.tr("Event {number} voided")),
        )

    def open_notice_form(self) -> NoticeForm | None:
        detail = self.detail
        if detail is None:
            return None
        return self.forms.open(
            lambda: NoticeForm(self.doors.notices, self._actor, detail, self),
            self._print_notice,
        )

    def _print_notice(self, form: NoticeForm) -> None:
        if form.notice is not None:
            preview_notice(self, form.notice)
