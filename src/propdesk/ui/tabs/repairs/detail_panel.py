"""The selected ticket: its facts, quote and clocks, a button for each step it can take
now (exactly what the workflow allows, for roles that may update), the dispatch slip,
and the timeline of what was done.

The panel only shows and asks: `step_wanted(step)`, `print_wanted()` and
`close_wanted()` go to the tab, which opens the forms, calls the service and hides the
panel while no ticket is chosen (the list then takes the whole height).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from propdesk.domain.repairs.workflow import RepairStep
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.detail import TicketDetail
from propdesk.ui.tabs.repairs.detail_texts import fact_lines, sla_lines
from propdesk.ui.tabs.repairs.names import state_name, step_button_text
from propdesk.ui.tabs.repairs.timeline_model import TimelineTableModel
from propdesk.ui.widgets.step_buttons import detail_title, offered_steps, show_steps, step_buttons
from propdesk.ui.widgets.text_lines import TextLines, scrolled
from propdesk.ui.widgets.timeline_table import timeline_table
from propdesk.ui.widgets.titled_box import titled_box

OVERDUE_STYLE = "color: #b00020; font-weight: bold;"
# The order the buttons stand in: the main path first, then changing the technician,
# then cancelling (the step one rarely wants, last).
BUTTON_ORDER = (
    RepairStep.DISPATCH,
    RepairStep.ARRIVE,
    RepairStep.DIAGNOSE,
    RepairStep.QUOTE,
    RepairStep.APPROVE,
    RepairStep.REFUSE,
    RepairStep.START_REPAIR,
    RepairStep.COMPLETE,
    RepairStep.SIGN_OFF,
    RepairStep.FOLLOW_UP,
    RepairStep.CLOSE,
    RepairStep.REASSIGN,
    RepairStep.CANCEL,
)


class TicketDetailPanel(QWidget):
    step_wanted = Signal(object)  # RepairStep
    print_wanted = Signal()
    close_wanted = Signal()  # give the list its room back

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repair_detail")
        self._actor = actor
        self.detail: TicketDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = detail_title("repair_title")
        # The number and state on the row of the steps: one row less taken from the list.
        layout.addLayout(self._build_buttons())
        # The facts on the left; the clocks above the timeline on the right. Side by
        # side rather than stacked, the ticket asks the list for less height.
        self.facts = TextLines(self.tr("Ticket"), "repair")
        self.clocks = TextLines(self.tr("Time"), "repair")
        lines = QWidget()
        lines_column = QVBoxLayout(lines)
        lines_column.setContentsMargins(0, 0, 0, 0)
        lines_column.addWidget(self.facts)
        lines_column.addStretch(1)
        self.lines_area = scrolled(lines)
        self.timeline_model = TimelineTableModel(self)
        self.timeline_view = timeline_table(
            self.timeline_model, "repair_timeline", TimelineTableModel.COL_NOTE
        )
        self.timeline_box = titled_box(self.tr("Timeline"), self.timeline_view)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.clocks)
        right_column.addWidget(self.timeline_box, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.addWidget(self.lines_area)
        body.addWidget(right)
        body.setSizes([420, 580])  # the timeline's five columns need the room
        layout.addWidget(body, 1)
        self.show_detail(None)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.title_label)
        row.addSpacing(12)
        self.step_buttons = step_buttons(
            BUTTON_ORDER, step_button_text, "step_", self.step_wanted.emit
        )
        for button in self.step_buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("Print dispatch slip…"))
        self.print_button.setObjectName("print_dispatch_slip")
        self.print_button.clicked.connect(self.print_wanted.emit)
        row.addWidget(self.print_button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_repair_detail")
        self.close_button.setToolTip(self.tr("Hide the ticket: the list takes the whole height"))
        self.close_button.clicked.connect(self.close_wanted.emit)
        row.addWidget(self.close_button)
        return row

    # -- showing -------------------------------------------------------------------
    def show_detail(self, detail: TicketDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.title_label.clear()  # the tab hides the panel: no ticket, no pane
            self.facts.hide()
            self.clocks.hide()
            self.timeline_box.hide()
            self.timeline_model.set_rows([])
            self._show_steps([])
            self.print_button.hide()
            return
        self.title_label.setText(
            self.tr("{number} — {state}").format(
                number=detail.number, state=state_name(detail.state)
            )
        )
        self.facts.show_lines(fact_lines(detail))
        # The name is shown; the login, which the audit log keeps, is one hover away.
        self.facts.values["reported"].setToolTip(
            self.tr("Login: {login}").format(login=detail.created_by)
        )
        self.clocks.show_lines(sla_lines(detail))
        arrival = self.clocks.values["arrival"]
        arrival.setStyleSheet(OVERDUE_STYLE if detail.sla.arrival.overdue else "")
        self.facts.show()
        self.clocks.show()
        self.timeline_box.show()
        self.timeline_model.set_rows(detail.timeline)
        may_update = self._actor.may(Module.REPAIRS, Action.UPDATE)
        self._show_steps(detail.next_steps if may_update else [])
        # Printing belongs to those who hand out work: not to read-only roles.
        self.print_button.setVisible(may_update or self._actor.may(Module.REPAIRS, Action.CREATE))

    def _show_steps(self, steps: list[RepairStep]) -> None:
        # At most five at a time (a quote waiting: revise, approve, refuse, reassign,
        # cancel), so one row holds them.
        show_steps(self.step_buttons, steps)

    def offered_steps(self) -> list[RepairStep]:
        """The steps whose buttons are shown, in their order (tests and shortcuts)."""
        return offered_steps(self.step_buttons)
