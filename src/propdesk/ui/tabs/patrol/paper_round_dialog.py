"""A round walked with a paper sheet (纸质巡逻记录), entered afterwards by a clerk: the
route, the guard, when it started and ended, and for each checkpoint of the route the
time written on the sheet (empty: skipped), whether all was well, and a note.

Times are typed as on the sheet (08:15); a time earlier in the day than the start is
the next morning's (a night round). The service judges the round against its slot like
any other and marks it entered later; its messages appear next to their fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from propdesk.errors import QT_TRANSLATE_NOOP, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.inputs import VISIT_NOTE_MAX, PaperRound, PaperVisit
from propdesk.services.patrol.round_detail import RoundDetail
from propdesk.services.patrol.routes import CheckpointInfo, RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.tabs.patrol.pickers import chosen_id, guard_choices, route_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.tab_order import chain_tab_order

# 8:15, 08:15 or 0815, as a sheet is read out.
_TIME = re.compile(r"^([01]?\d|2[0-3]):?([0-5]\d)$")
TIME_FORMAT = "yyyy-MM-dd HH:mm"
VISIT_ROWS_HEIGHT = 260  # a long route scrolls inside the form


@dataclass(frozen=True)
class VisitRow:
    """The fields of one checkpoint's row."""

    checkpoint: CheckpointInfo
    time_edit: QLineEdit
    issue_check: QCheckBox
    note_edit: QLineEdit

    def widgets(self) -> list[QWidget]:
        return [self.time_edit, self.issue_check, self.note_edit]


def sheet_time(text: str, start: datetime) -> datetime | None:
    """The moment a time written on the sheet stands for: on the start's day, or the
    next day when it is earlier than the start (a night round). None: not a time."""
    found = _TIME.match(text.strip())
    if found is None:
        return None
    local_start = start.astimezone()
    day, wall = local_start.date(), time(int(found.group(1)), int(found.group(2)))
    at = datetime.combine(day, wall).astimezone()
    if at < local_start.replace(second=0, microsecond=0):
        at = datetime.combine(day + timedelta(days=1), wall).astimezone()
    return at


def _moment(edit: QDateTimeEdit) -> datetime:
    moment = edit.dateTime().toPython()
    assert isinstance(moment, datetime)
    return moment.astimezone()  # the station's zone: the sheet was written by its clock


class PaperRoundDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Enter a paper round"), parent)
        self.setObjectName("paper_round_dialog")
        self.setMinimumWidth(640)
        self._services = services
        self._actor = actor
        self._patrol = services.module(PatrolServices)
        self.saved: RoundDetail | None = None
        self.rows: list[VisitRow] = []
        # Read before anything is shown: a failure is the caller's to show.
        self.routes: list[RouteInfo] = [
            r for r in self._patrol.routes.routes(actor) if r.checkpoints
        ]
        self._add_fields()
        self._show_route()
        self.on_save(self._save)

    def _add_fields(self) -> None:
        form = self.form
        self.route_combo = QComboBox()
        self.route_combo.setObjectName("route_id")
        for text, route_id in route_choices(self.routes):
            self.route_combo.addItem(text, route_id)
        self.route_combo.currentIndexChanged.connect(self._show_route)
        form.add_field("route_id", self.tr("Route"), self.route_combo)
        self.guard_combo = QComboBox()
        self.guard_combo.setObjectName("guard_id")
        self.guard_combo.addItem("", None)  # chosen on purpose: the sheet's signature
        for text, staff_id in guard_choices(self._services, self._actor):
            self.guard_combo.addItem(text, staff_id)
        form.add_field("guard_id", self.tr("Guard"), self.guard_combo)
        now = QDateTime.currentDateTime()
        now = now.addSecs(-now.time().second())
        self.start_edit = self._moment_edit("started_at", now.addSecs(-3600))
        form.add_field("started_at", self.tr("Started"), self.start_edit)
        self.end_edit = self._moment_edit("finished_at", now)
        form.add_field("finished_at", self.tr("Ended"), self.end_edit)
        self.visits_box = QWidget()
        self.visits_grid = QGridLayout(self.visits_box)
        self.visits_area = QScrollArea()
        self.visits_area.setObjectName("visits")
        self.visits_area.setWidgetResizable(True)
        self.visits_area.setFrameShape(QFrame.Shape.NoFrame)
        self.visits_area.setWidget(self.visits_box)
        self.visits_area.setMinimumHeight(VISIT_ROWS_HEIGHT)
        form.add_field("visits", self.tr("Checkpoints"), self.visits_area)

    @staticmethod
    def _moment_edit(name: str, value: QDateTime) -> QDateTimeEdit:
        edit = QDateTimeEdit(value)
        edit.setObjectName(name)
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    # -- the route's checkpoints ----------------------------------------------------
    def route(self) -> RouteInfo | None:
        route_id = chosen_id(self.route_combo)
        return next((r for r in self.routes if r.id == route_id), None)

    def _show_route(self) -> None:
        """One row per checkpoint of the route chosen, in walking order."""
        while self.visits_grid.count():
            item = self.visits_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        headers = (self.tr("Checkpoint"), self.tr("Time"), "", self.tr("Note"))
        for column, header in enumerate(headers):
            self.visits_grid.addWidget(QLabel(header), 0, column)
        route = self.route()
        for checkpoint in route.checkpoints if route is not None else ():
            self._add_row(checkpoint)
        self.visits_grid.setColumnStretch(3, 1)
        self.visits_grid.setRowStretch(len(self.rows) + 1, 1)
        self._chain_fields()

    def _add_row(self, checkpoint: CheckpointInfo) -> None:
        line = len(self.rows) + 1
        label = QLabel(f"{checkpoint.position}. {checkpoint.name}")
        time_edit = QLineEdit()
        time_edit.setObjectName(f"visit_time_{line}")
        time_edit.setMaxLength(len("00:00"))
        time_edit.setPlaceholderText(self.tr("HH:MM"))
        time_edit.setToolTip(self.tr("The time on the sheet; empty: not reached"))
        time_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,2}:?\d{0,2}"), time_edit)
        )
        time_edit.setMaximumWidth(time_edit.fontMetrics().horizontalAdvance("00:000") + 16)
        label.setBuddy(time_edit)
        issue_check = QCheckBox(self.tr("Issue"))
        issue_check.setObjectName(f"visit_issue_{line}")
        note_edit = QLineEdit()
        note_edit.setObjectName(f"visit_note_{line}")
        note_edit.setMaxLength(VISIT_NOTE_MAX)
        row = VisitRow(checkpoint, time_edit, issue_check, note_edit)
        for column, widget in enumerate((label, *row.widgets())):
            self.visits_grid.addWidget(widget, line, column)
        self.rows.append(row)

    def _chain_fields(self) -> None:
        """Tab from the route down to the last note, as the sheet is read."""
        fields: list[QWidget] = [self.route_combo, self.guard_combo, self.start_edit, self.end_edit]
        for row in self.rows:
            fields.extend(row.widgets())
        chain_tab_order(fields)
        self.route_combo.setFocus()

    # -- saving ----------------------------------------------------------------------
    def paper_round(self) -> PaperRound:
        route_id = chosen_id(self.route_combo)
        if route_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("messages", "Choose the route that was walked."),
                field="route_id",
            )
        guard_id = chosen_id(self.guard_combo)
        if guard_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("messages", "Choose the guard who walked the round."),
                field="guard_id",
            )
        start = _moment(self.start_edit)
        visits = []
        for row in self.rows:
            text = row.time_edit.text().strip()
            if not text:
                continue  # skipped
            at = sheet_time(text, start)
            if at is None:
                row.time_edit.selectAll()
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "messages", "{time} is not a time: type it as on the sheet, e.g. 08:15."
                    ),
                    field="visits",
                    time=text,
                )
            note = row.note_edit.text().strip()
            visits.append(PaperVisit(row.checkpoint.id, at, not row.issue_check.isChecked(), note))
        return PaperRound(route_id, guard_id, start, _moment(self.end_edit), tuple(visits))

    def _save(self) -> None:
        self.saved = self._patrol.rounds.enter_paper(self._actor, self.paper_round())
