"""The event forms: the plan (新建 / 修改活动计划), the record of an event held, and
its cancellation with a reason. Each calls the service on OK and shows a refused
field's message under that field; nothing is written then. Keyboard: Tab through the
fields, Enter saves (Ctrl+Enter inside a text of several lines), Esc cancels."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateTimeEdit, QDoubleSpinBox, QPlainTextEdit, QSpinBox, QWidget

from propdesk.domain.events.kinds import EventKind
from propdesk.domain.events.rules import MAX_FEN, MAX_PARTICIPANTS
from propdesk.services.core.actor import Actor
from propdesk.services.events.events import EventService
from propdesk.services.events.inputs import (
    CONTENT_MAX,
    FEEDBACK_MAX,
    ORGANISER_MAX,
    PLACE_MAX,
    THEME_MAX,
    EventPlan,
    HeldRecord,
)
from propdesk.services.events.views import EventDetail
from propdesk.ui.tabs.events.names import kind_name, span_text
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.text_limit import cap_plain_text

TEXT_LINES = 4
DEFAULT_HOURS = 2
DEFAULT_START = time(15, 0)  # a weekend afternoon, as most estate events


def fen_of(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


def money_box(name: str, fen: int = 0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(2)
    box.setRange(0, MAX_FEN / 100)
    box.setSingleStep(50)
    box.setPrefix("¥")
    box.setGroupSeparatorShown(True)
    box.setValue(fen / 100)
    return box


def moment_box(name: str, moment: datetime) -> QDateTimeEdit:
    local = moment.astimezone()
    box = QDateTimeEdit(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )
    box.setObjectName(name)
    box.setDisplayFormat("yyyy-MM-dd HH:mm")
    box.setCalendarPopup(True)
    return box


def moment_of(box: QDateTimeEdit) -> datetime:
    moment = box.dateTime().toPython()
    assert isinstance(moment, datetime)
    return moment.astimezone()  # the station's zone: read off its clock


def text_box(name: str, text: str, limit: int, owner: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab leaves; Enter starts a new line
    cap_plain_text(box, limit)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * TEXT_LINES + 12)
    del owner
    return box


def default_start(now: datetime) -> datetime:
    """Next Saturday at 15:00: the usual slot of an estate event."""
    local = now.astimezone()
    days = (5 - local.weekday()) % 7 or 7
    return datetime.combine(local.date() + timedelta(days=days), DEFAULT_START).astimezone()


class _SavingForm(FormDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(520)
        # Enter is a new line inside a text of several lines: saving has its own keys.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_accept)

    def finish(self) -> None:
        self.fields_first_in_tab_order()
        self.tab_through_fields()


class EventForm(_SavingForm):
    """A new plan, or a planned event's plan changed (`detail` given)."""

    saved: EventDetail | None = None

    def __init__(
        self,
        events: EventService,
        actor: Actor,
        detail: EventDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New event") if detail is None else self.tr("Change the plan"), parent
        )
        self.setObjectName("event_form")
        self._events = events
        self._actor = actor
        self.detail = detail
        if detail is not None:
            self.set_intro(detail.number)
        row = detail.row if detail is not None else None
        form = self.form
        self.theme_edit = form.add_line_edit(
            "theme",
            self.tr("Theme"),
            self.tr("e.g. Mid-Autumn garden party"),
            row.theme if row else "",
        )
        self.theme_edit.setMaxLength(THEME_MAX)
        self.kind_combo = choice_combo(enum_choices(EventKind, kind_name), "kind")
        if row is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(row.kind.value))
        form.add_field("kind", self.tr("Kind"), self.kind_combo)
        start = row.starts_at if row else default_start(datetime.now().astimezone())
        end = row.ends_at if row else start + timedelta(hours=DEFAULT_HOURS)
        self.starts_edit = moment_box("starts_at", start)
        form.add_field("starts_at", self.tr("Starts"), self.starts_edit)
        self.ends_edit = moment_box("ends_at", end)
        form.add_field("ends_at", self.tr("Ends"), self.ends_edit)
        self.place_edit = form.add_line_edit(
            "place", self.tr("Place"), self.tr("e.g. central garden"), row.place if row else ""
        )
        self.place_edit.setMaxLength(PLACE_MAX)
        self.content_edit = text_box("content", detail.content if detail else "", CONTENT_MAX, self)
        self.content_edit.setPlaceholderText(
            self.tr("What happens, what to bring; Ctrl+Enter saves.")
        )
        form.add_field("content", self.tr("Content"), self.content_edit)
        self.organiser_edit = form.add_line_edit(
            "organiser", self.tr("Organiser"), "", row.organiser if row else ""
        )
        self.organiser_edit.setMaxLength(ORGANISER_MAX)
        self.budget_box = money_box("budget", row.budget_fen if row else 0)
        form.add_field("budget", self.tr("Budget"), self.budget_box)
        self.starts_edit.dateTimeChanged.connect(self._keep_length)
        self._length = end - start
        self.finish()
        self.on_save(self._save)

    def _keep_length(self) -> None:
        """Moving the start moves the end with it (the event keeps its length)."""
        self.ends_edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(
                int((moment_of(self.starts_edit) + self._length).timestamp())
            )
        )

    def plan(self) -> EventPlan:
        return EventPlan(
            kind=self.kind_combo.currentData(),
            theme=self.theme_edit.text(),
            starts_at=moment_of(self.starts_edit),
            ends_at=moment_of(self.ends_edit),
            place=self.place_edit.text(),
            organiser=self.organiser_edit.text(),
            content=self.content_edit.toPlainText(),
            budget_fen=fen_of(self.budget_box),
        )

    def _save(self) -> None:
        if self.detail is None:
            self.saved = self._events.plan(self._actor, self.plan())
        else:
            self.saved = self._events.edit(self._actor, self.detail.id, self.plan())


class HeldForm(_SavingForm):
    """The event took place: how many came, what they said, what it cost."""

    saved: EventDetail | None = None

    def __init__(
        self, events: EventService, actor: Actor, detail: EventDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record the event as held"), parent)
        self.setObjectName("event_held_form")
        self._events = events
        self._actor = actor
        self.detail = detail
        self.set_intro(
            self.tr("{number} · {theme} · {when}").format(
                number=detail.number,
                theme=detail.row.theme,
                when=span_text(detail.row.starts_at, detail.row.ends_at),
            )
        )
        self.participants_box = QSpinBox()
        self.participants_box.setObjectName("participants")
        self.participants_box.setRange(0, MAX_PARTICIPANTS)
        self.form.add_field("participants", self.tr("Participants"), self.participants_box)
        self.cost_box = money_box("actual_cost", detail.row.budget_fen)
        self.form.add_field("actual_cost", self.tr("Actual cost"), self.cost_box)
        self.feedback_edit = text_box("feedback", "", FEEDBACK_MAX, self)
        self.feedback_edit.setPlaceholderText(
            self.tr("What residents said, what to do better; Ctrl+Enter saves.")
        )
        self.form.add_field("feedback", self.tr("Feedback"), self.feedback_edit)
        self.finish()
        self.on_save(self._save)

    def record(self) -> HeldRecord:
        return HeldRecord(
            self.participants_box.value(), self.feedback_edit.toPlainText(), fen_of(self.cost_box)
        )

    def _save(self) -> None:
        self.saved = self._events.record_held(self._actor, self.detail.id, self.record())
