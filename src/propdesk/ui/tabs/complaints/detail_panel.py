"""The selected complaint: its facts, the answer deadline, the linked repair ticket
and its state, a button for each step possible now (exactly what the workflow allows,
for roles that may update; managing steps for roles that may void), the handling
sheet, and the timeline.

The panel only shows and asks (`step_wanted`, `repair_wanted`, `link_wanted`,
`print_wanted`, `close_wanted`); the tab opens the forms and calls the service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from propdesk.domain.complaints.kinds import FollowUpMethod, RootCause, Verdict
from propdesk.domain.complaints.workflow import OPEN_STATES, ComplaintStep
from propdesk.domain.roles import Action, Module
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.core.actor import Actor
from propdesk.ui.complaint_names import (
    anonymous_text,
    category_name,
    channel_name,
    local_time,
    method_name,
    root_cause_name,
    severity_name,
    state_name,
    step_button_text,
    verdict_name,
)
from propdesk.ui.repair_names import state_name as repair_state_name
from propdesk.ui.tabs.complaints.timeline_model import ComplaintTimelineModel
from propdesk.ui.widgets.step_buttons import detail_title, offered_steps, show_steps, step_buttons
from propdesk.ui.widgets.text_lines import Line, TextLines, scrolled
from propdesk.ui.widgets.timeline_table import timeline_table
from propdesk.ui.widgets.titled_box import titled_box

translate = QCoreApplication.translate
OVERDUE_STYLE = "color: #b00020; font-weight: bold;"
# The main path first, then reassigning, then the managers' steps.
BUTTON_ORDER = (
    ComplaintStep.ASSIGN,
    ComplaintStep.ANSWER,
    ComplaintStep.VERDICT,
    ComplaintStep.CLOSE,
    ComplaintStep.FOLLOW_UP,
    ComplaintStep.REASSIGN,
    ComplaintStep.MANAGER_CLOSE,
    ComplaintStep.VOID,
)
MANAGER_STEPS = frozenset({ComplaintStep.MANAGER_CLOSE, ComplaintStep.VOID})


def complainant_text(d: ComplaintDetail) -> str:
    if d.anonymous:
        return anonymous_text()
    return " · ".join(p for p in (d.complainant_name, d.complainant_phone) if p)


def deadline_text(d: ComplaintDetail) -> str:
    due = local_time(d.response_due_at)
    if d.overdue:
        return translate("ComplaintDetail", "OVERDUE: due {due}, not answered").format(due=due)
    if d.in_time is True:
        return translate("ComplaintDetail", "{due}; answered in time ({at})").format(
            due=due, at=local_time(d.first_answered_at)
        )
    if d.in_time is False:
        return translate("ComplaintDetail", "{due}; answered late ({at})").format(
            due=due, at=local_time(d.first_answered_at)
        )
    return due


def handler_text(d: ComplaintDetail) -> str:
    return " · ".join(p for p in (d.department_name, d.handler_name) if p)


def verdict_text(d: ComplaintDetail) -> str:
    if d.verdict not in Verdict._value2member_map_:
        return ""
    return verdict_name(Verdict(d.verdict))


def rounds_text(d: ComplaintDetail) -> str:
    """Only once it went round again: "not satisfied" sent it back."""
    if d.round <= 1:
        return ""
    return translate("ComplaintDetail", "round {n} (sent back {times}× as not satisfied)").format(
        n=d.round, times=d.round - 1
    )


def closing_text(d: ComplaintDetail) -> str:
    if d.root_cause not in RootCause._value2member_map_:
        return ""
    return translate("ComplaintDetail", "{cause}: {text}").format(
        cause=root_cause_name(RootCause(d.root_cause)), text=d.root_cause_text
    )


def follow_up_text(d: ComplaintDetail) -> str:
    if d.follow_up_at is None:
        return ""
    method = (
        method_name(FollowUpMethod(d.follow_up_method))
        if d.follow_up_method in FollowUpMethod._value2member_map_
        else ""
    )
    return translate(
        "ComplaintDetail", "{at} by {who}, {how}: {result} (rating {rating}/5)"
    ).format(
        at=local_time(d.follow_up_at),
        who=d.follow_up_by,
        how=method,
        result=d.follow_up_result,
        rating=d.follow_up_rating,
    )


def repair_text(d: ComplaintDetail) -> str:
    if d.repair is None:
        return ""
    return translate("ComplaintDetail", "{number} — {state}").format(
        number=d.repair.number, state=repair_state_name(d.repair.state)
    )


def fact_lines(d: ComplaintDetail) -> list[Line]:
    received = translate("ComplaintDetail", "{time} via {channel}").format(
        time=local_time(d.received_at), channel=channel_name(d.channel)
    )
    kind = f"{category_name(d.category)} · {severity_name(d.severity)}"
    return [
        ("received", translate("ComplaintDetail", "Received"), received),
        ("complainant", translate("ComplaintDetail", "Complainant"), complainant_text(d)),
        ("place", translate("ComplaintDetail", "Place"), d.location),
        ("kind", translate("ComplaintDetail", "Category"), kind),
        ("description", translate("ComplaintDetail", "Complaint"), d.description),
        ("deadline", translate("ComplaintDetail", "Answer due"), deadline_text(d)),
        ("handler", translate("ComplaintDetail", "Handled by"), handler_text(d)),
        ("investigation", translate("ComplaintDetail", "Investigation"), d.investigation),
        ("resolution", translate("ComplaintDetail", "Resolution"), d.resolution),
        ("verdict", translate("ComplaintDetail", "Verdict"), verdict_text(d)),
        ("rounds", translate("ComplaintDetail", "Rounds"), rounds_text(d)),
        ("repair", translate("ComplaintDetail", "Repair ticket"), repair_text(d)),
        ("root_cause", translate("ComplaintDetail", "Root cause"), closing_text(d)),
        (
            "corrective_action",
            translate("ComplaintDetail", "Corrective action"),
            d.corrective_action,
        ),
        ("close_reason", translate("ComplaintDetail", "Closed by a manager"), d.close_reason),
        ("follow_up", translate("ComplaintDetail", "Follow-up"), follow_up_text(d)),
        ("void_reason", translate("ComplaintDetail", "Voided because"), d.void_reason),
    ]


class ComplaintDetailPanel(QWidget):
    step_wanted = Signal(object)  # ComplaintStep
    repair_wanted = Signal()  # open a repair ticket from the complaint
    link_wanted = Signal()  # link an existing ticket by its number
    print_wanted = Signal()
    close_wanted = Signal()  # give the list its room back

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_detail")
        self._actor = actor
        self.detail: ComplaintDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = detail_title("complaint_title")
        layout.addLayout(self._build_buttons())
        self.facts = TextLines(self.tr("Complaint"), "complaint")
        self.lines_area = scrolled(self.facts)
        self.timeline_model = ComplaintTimelineModel(self)
        self.timeline_view = timeline_table(
            self.timeline_model, "complaint_timeline", ComplaintTimelineModel.COL_NOTE
        )
        self.timeline_box = titled_box(self.tr("Timeline"), self.timeline_view)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.addWidget(self.lines_area)
        body.addWidget(self.timeline_box)
        body.setSizes([480, 620])
        layout.addWidget(body, 1)
        self.show_detail(None)

    def _build_buttons(self) -> QVBoxLayout:
        # Two rows: the title with the steps, then the repair ticket and the paper.
        column = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.title_label)
        row.addSpacing(12)
        self.step_buttons = step_buttons(
            BUTTON_ORDER, step_button_text, "complaint_step_", self.step_wanted.emit
        )
        for button in self.step_buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        self.repair_button = QPushButton(self.tr("Open repair ticket…"))
        self.repair_button.setObjectName("complaint_open_repair")
        self.repair_button.clicked.connect(self.repair_wanted.emit)
        self.link_button = QPushButton(self.tr("Link existing ticket…"))
        self.link_button.setObjectName("complaint_link_repair")
        self.link_button.clicked.connect(self.link_wanted.emit)
        self.print_button = QPushButton(self.tr("Print handling sheet…"))
        self.print_button.setObjectName("print_handling_sheet")
        self.print_button.clicked.connect(self.print_wanted.emit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_complaint_detail")
        self.close_button.setToolTip(self.tr("Hide the complaint: the list takes the whole height"))
        self.close_button.clicked.connect(self.close_wanted.emit)
        for button in (self.repair_button, self.link_button, self.print_button, self.close_button):
            row.addWidget(button)
        column.addLayout(row)
        return column

    # -- showing -------------------------------------------------------------------
    def show_detail(self, detail: ComplaintDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.title_label.clear()
            self.facts.hide()
            self.timeline_box.hide()
            self.timeline_model.set_rows([])
            self._show_steps([])
            for button in (self.repair_button, self.link_button, self.print_button):
                button.hide()
            return
        self.title_label.setText(
            self.tr("{number} — {state}").format(
                number=detail.number, state=state_name(detail.state)
            )
        )
        self.facts.show_lines(fact_lines(detail))
        self.facts.values["received"].setToolTip(
            self.tr("Taken by {name} (login: {login})").format(
                name=detail.created_by_name, login=detail.created_by
            )
        )
        self.facts.values["deadline"].setStyleSheet(OVERDUE_STYLE if detail.overdue else "")
        self.facts.show()
        self.timeline_box.show()
        self.timeline_model.set_rows(detail.timeline)
        may_update = self._actor.may(Module.COMPLAINTS, Action.UPDATE)
        may_manage = self._actor.may(Module.COMPLAINTS, Action.VOID)
        steps = [s for s in detail.possible if may_manage or s not in MANAGER_STEPS]
        self._show_steps(steps if may_update else [])
        # A ticket can be opened or linked while the complaint is open and has none.
        can_link = may_update and detail.repair is None and detail.state in OPEN_STATES
        self.repair_button.setVisible(can_link)
        self.link_button.setVisible(can_link)
        self.print_button.show()

    def _show_steps(self, steps: list[ComplaintStep]) -> None:
        show_steps(self.step_buttons, steps)

    def offered_steps(self) -> list[ComplaintStep]:
        """The steps whose buttons are shown, in their order (tests and shortcuts)."""
        return offered_steps(self.step_buttons)
