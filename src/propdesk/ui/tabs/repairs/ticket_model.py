"""The ticket list (工单列表) as a table: one page of tickets, newest first.

Overdue arrivals and stale tickets are flagged (background colour), closed and
cancelled ones greyed. The fault as reported has a column, and the clocks have
three: time used, time left to arrive, and how late the arrival is. The same columns
serve the view and Export to Excel (typed values: the report time as a date-time).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import TERMINAL_STATES, RepairOutcome
from propdesk.services.repairs.queries import TicketRow
from propdesk.ui.tabs.repairs.names import (
    category_name,
    duration,
    local_time,
    outcome_name,
    priority_name,
    state_name,
)
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, time_column

translate = QCoreApplication.translate


class TicketHead(Protocol):
    """What a ticket's row begins with, in the list and in the backlog alike."""

    @property
    def number(self) -> str: ...
    @property
    def reported_at(self) -> datetime: ...
    @property
    def priority(self) -> RepairPriority: ...
    @property
    def category(self) -> RepairCategory: ...
    @property
    def location(self) -> str: ...


R = TypeVar("R", bound=TicketHead)


def ticket_head_columns() -> list[Column[R]]:
    """The columns a ticket's row begins with: the ticket list's, which the backlog
    shows too (one header text each, translated once)."""
    return [
        Column(translate("TicketTableModel", "Number"), lambda r: r.number),
        time_column(
            translate("TicketTableModel", "Reported at"), lambda r: r.reported_at, local_time
        ),
        Column(translate("TicketTableModel", "Priority"), lambda r: priority_name(r.priority)),
        Column(translate("TicketTableModel", "Category"), lambda r: category_name(r.category)),
        Column(translate("TicketTableModel", "Location"), lambda r: r.location),
    ]


def time_used_text(row: TicketRow, now: datetime) -> str:
    """From the report to the end (closed, refused, cancelled) or to now."""
    return duration((row.closed_at or now) - row.reported_at)


def time_left_text(row: TicketRow, now: datetime) -> str:
    """Time left to arrive: only while an open ticket waits for its technician in time."""
    if row.state in TERMINAL_STATES or row.arrived_at is not None or row.overdue:
        return ""
    return duration(row.arrival_due_at - now)


def overdue_by_text(row: TicketRow, now: datetime) -> str:
    """How late the arrival is: only while it is overdue (the row is flagged then)."""
    return duration(now - row.arrival_due_at) if row.overdue else ""


def state_text(row: TicketRow) -> str:
    # A refused quote also ends as "closed": say why, the figures count it apart.
    if row.outcome is RepairOutcome.REFUSED:
        return translate("RepairTickets", "{state} ({outcome})").format(
            state=state_name(row.state), outcome=outcome_name(row.outcome)
        )
    return state_name(row.state)


def flag_text(row: TicketRow) -> str:
    """Why the row is flagged (its tooltip)."""
    reasons = []
    if row.overdue:
        reasons.append(
            translate("RepairTickets", "Arrival overdue (due {time})").format(
                time=local_time(row.arrival_due_at)
            )
        )
    if row.stale:
        reasons.append(
            translate("RepairTickets", "Nothing recorded since {time}").format(
                time=local_time(row.last_step_at)
            )
        )
    return "\n".join(reasons) or state_text(row)


def due_text(row: TicketRow) -> str:
    return translate("RepairTickets", "Arrival due {time}").format(
        time=local_time(row.arrival_due_at)
    )


def description_tip(row: TicketRow) -> str:
    return row.description


class TicketTableModel(DtoTableModel[TicketRow]):
    (
        COL_NUMBER,
        COL_REPORTED,
        COL_PRIORITY,
        COL_CATEGORY,
        COL_LOCATION,
        COL_DESCRIPTION,
        COL_REPORTER,
        COL_STATE,
        COL_TECHNICIAN,
        COL_TIME_USED,
        COL_TIME_LEFT,
        COL_OVERDUE_BY,
    ) = range(12)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # The page's reading time: what its overdue and stale flags were computed for.
        self.now = datetime.now(UTC)
        self.set_columns(
            [
                *ticket_head_columns(),
                # Elided when long; the whole of it in the tooltip.
                Column(self.tr("Fault"), lambda r: r.description, tooltip=description_tip),
                Column(self.tr("Reporter"), lambda r: r.reporter_name),
                Column(self.tr("State"), state_text, tooltip=flag_text),
                Column(self.tr("Technician"), lambda r: r.technician_name),
                # Three clocks, three columns: each reads alone, and a column sorts
                # the eye (what is late, what is due soon) without reading the words.
                Column(
                    self.tr("Time used"),
                    lambda r: time_used_text(r, self.now),
                    numeric=True,
                    tooltip=flag_text,
                ),
                Column(
                    self.tr("Time left"),
                    lambda r: time_left_text(r, self.now),
                    numeric=True,
                    tooltip=due_text,
                ),
                Column(
                    self.tr("Overdue by"),
                    lambda r: overdue_by_text(r, self.now),
                    numeric=True,
                    tooltip=flag_text,
                ),
            ]
        )

    def set_page(self, rows: list[TicketRow], now: datetime) -> None:
        self.now = now
        self.set_rows(rows)

    def is_flagged(self, row: TicketRow) -> bool:
        return row.overdue or row.stale

    def is_inactive(self, row: TicketRow) -> bool:
        return row.state in TERMINAL_STATES
