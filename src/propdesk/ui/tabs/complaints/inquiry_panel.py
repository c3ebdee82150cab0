"""The inquiry and suggestion log at reception (咨询登记): the entry row on top, filled
by keyboard and saved with Enter; under it the log (open promises, promises due by a
day, or all), late promises flagged in words and red; and what can be done with the
chosen inquiry: answer it, move its promise, or make it a complaint or a repair
ticket in one step.

A complaint made from an inquiry is announced (`complaint_opened`, its id) so the tab
can show it; a repair ticket is told in a message.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.roles import Action, Module
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.inquiries import InquiryView
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.ui.dialogs import show_info
from propdesk.ui.tabs.complaints.inquiry_entry import InquiryEntry
from propdesk.ui.tabs.complaints.inquiry_forms import (
    AnswerForm,
    ComplaintFromInquiryForm,
    PromiseForm,
    RepairFromInquiryForm,
)
from propdesk.ui.tabs.complaints.inquiry_list import InquiryFilter, InquiryListView, Showing
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.titled_box import titled_box

FormT = TypeVar("FormT", bound=QDialog)


class InquiryPanel(QWidget):
    # The uuid.UUID of a complaint just made from an inquiry.
    complaint_opened = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiry_panel")
        self._services = services
        self._actor = actor
        self._inquiries = services.module(ComplaintServices).inquiries
        self.may_create = actor.may(Module.COMPLAINTS, Action.CREATE)
        self.may_update = actor.may(Module.COMPLAINTS, Action.UPDATE)
        self.forms = OneFormAtATime(self, self._after_form)

        self.entry = InquiryEntry(self._inquiries, actor, self)
        self.entry.logged.connect(self._on_logged)
        self.entry_box = titled_box(self.tr("Log an inquiry or suggestion"), self.entry)
        self.entry_box.setVisible(self.may_create)

        self.list = InquiryListView(services, actor, self)
        self.list.selected.connect(lambda _row: self._enable())
        self.list.model.modelReset.connect(self._enable)  # a page read anew or paged
        self.answer_button = push_button(
            self.tr("Answer…"), self.answer, "inquiry_answer", self.tr("The promised answer given")
        )
        self.promise_button = push_button(
            self.tr("Promise by…"), self.promise, "inquiry_promise", self.tr("Move the promise")
        )
        self.complaint_button = push_button(
            self.tr("Make a complaint…"), self.make_complaint, "inquiry_to_complaint"
        )
        self.repair_button = push_button(
            self.tr("Make a repair ticket…"), self.make_repair, "inquiry_to_repair"
        )
        for button in (self.answer_button, self.promise_button):
            button.setVisible(self.may_update)
        # Without the repairs module there is no ticket to make.
        self.repair_button.setVisible(self.may_update and self._inquiries.can_open_tickets)
        self.complaint_button.setVisible(self.may_create)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry_box)
        log_box = QWidget()
        column = QVBoxLayout(log_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addLayout(
            left_row(
                self.answer_button,
                self.promise_button,
                self.complaint_button,
                self.repair_button,
            )
        )
        layout.addWidget(titled_box(self.tr("Inquiry log"), log_box), 1)
        self._enable()

    # -- what is shown -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the page shown again (a promise may have become late meanwhile)."""
        self.list.refresh()
        self._enable()

    def show_due(self, day: date) -> None:
        """The promised answers due by `day`'s end and not answered, overdue ones
        included (the dashboard's "due today")."""
        self.list.show_filter(InquiryFilter(Showing.DUE, day))
        self._enable()

    def show_inquiry(self, inquiry_id: uuid.UUID) -> bool:
        """Choose the inquiry: on the page shown, else on the newest page of all;
        False when it is on neither (an old one: the list says where to page)."""
        if self.list.select_inquiry(inquiry_id):
            return True
        today = QDate.currentDate()
        day = date(today.year(), today.month(), today.day())
        self.list.show_filter(InquiryFilter(Showing.ALL, day))
        return self.list.select_inquiry(inquiry_id)

    def chosen(self) -> InquiryView | None:
        return self.list.chosen()

    def _enable(self) -> None:
        row = self.chosen()
        waiting = row is not None and row.state is InquiryState.OPEN
        open_to_convert = row is not None and row.state is not InquiryState.CONVERTED
        self.answer_button.setEnabled(waiting)
        self.promise_button.setEnabled(waiting)
        self.complaint_button.setEnabled(open_to_convert)
        self.repair_button.setEnabled(open_to_convert)

    def _on_logged(self, view: InquiryView) -> None:
        self.list.refresh()
        self.list.select_inquiry(view.id)
        self.entry.question_edit.setFocus()  # the next caller

    def _after_form(self) -> None:
        self.list.view.setFocus()

    # -- actions on the chosen inquiry -----------------------------------------------
    def _open(
        self, make: Callable[[InquiryView], FormT], saved: Callable[[FormT], None]
    ) -> FormT | None:
        row = self.chosen()
        if row is None:
            return None
        return self.forms.open(lambda: make(row), saved)

    def _saved(self, _form: QDialog) -> None:
        self.refresh()

    def answer(self) -> AnswerForm | None:
        if not self.may_update:
            return None
        return self._open(lambda r: AnswerForm(self._inquiries, self._actor, r, self), self._saved)

    def promise(self) -> PromiseForm | None:
        if not self.may_update:
            return None
        return self._open(lambda r: PromiseForm(self._inquiries, self._actor, r, self), self._saved)

    def make_complaint(self) -> ComplaintFromInquiryForm | None:
        if not self.may_create:
            return None
        return self._open(
            lambda r: ComplaintFromInquiryForm(self._inquiries, self._actor, r, self),
            self._complaint_made,
        )

    def _complaint_made(self, form: ComplaintFromInquiryForm) -> None:
        self.refresh()
        if form.saved is not None:
            self.complaint_opened.emit(form.saved)

    def make_repair(self) -> RepairFromInquiryForm | None:
        if not self.may_update:
            return None
        return self._open(
            lambda r: RepairFromInquiryForm(self._inquiries, self._actor, r, self),
            self._repair_made,
        )

    def _repair_made(self, form: RepairFromInquiryForm) -> None:
        self.refresh()
        if form.saved is not None and form.ticket is not None:
            show_info(
                self,
                self.tr("Inquiry {inquiry} became repair ticket {ticket}.").format(
                    inquiry=form.saved.number, ticket=form.ticket.number
                ),
            )
