"""What the manager's side of the patrol tab calls a slot and a round in the day grid.

The words of the codes themselves (a verdict, a round's state, a finding's category,
a ticket) are the round side's, in names.py, so a verdict reads the same everywhere in
the tab; here are only what the grid adds: a slot still pending, a slot's time (a
night's slots after midnight belong to the day the night opened), a grid cell.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from propdesk.domain.patrol.rounds import RoundState
from propdesk.domain.patrol.timing import Verdict
from propdesk.services.patrol.compliance import GridCell
from propdesk.ui.tabs.patrol.names import clock, round_state_name, verdict_name

translate = QCoreApplication.translate

# Each verdict also has its word in the cell: the colour only helps the eye along.
VERDICT_BACKGROUND = {
    Verdict.ON_TIME: QColor("#c8e6c9"),
    Verdict.LATE: QColor("#ffe0b2"),
    Verdict.MISSED: QColor("#ffcdd2"),
}
PENDING_BACKGROUND = QColor("#e3f2fd")


def slot_verdict_name(verdict: Verdict | None) -> str:
    """How a slot stands: judged, or None: its grace has not run out yet."""
    if verdict is None:
        return translate("PatrolGrid", "Pending")
    return verdict_name(verdict)


def slot_background(verdict: Verdict | None) -> QColor:
    return PENDING_BACKGROUND if verdict is None else VERDICT_BACKGROUND[verdict]


def slot_time(slot: datetime, day: date) -> str:
    """The slot's local time; a night's slot after midnight says it is the next day's."""
    local = slot.astimezone()
    if local.date() > day:
        return translate("PatrolGrid", "{time} (next day)").format(time=clock(local))
    return clock(local)


def cell_flags(cell: GridCell) -> list[str]:
    """What else a round in the grid has to say, in words."""
    flags = []
    if cell.state is RoundState.OPEN:
        flags.append(
            translate("PatrolGrid", "under way {visited}/{total}").format(
                visited=cell.visited, total=cell.total
            )
        )
    elif cell.state is RoundState.ABANDONED:
        flags.append(round_state_name(cell.state))
    elif cell.visited < cell.total:
        flags.append(
            translate("PatrolGrid", "{skipped} skipped").format(skipped=cell.total - cell.visited)
        )
    if cell.out_of_order:
        flags.append(translate("PatrolGrid", "out of order"))
    if cell.too_fast:
        flags.append(translate("PatrolGrid", "too fast"))
    if cell.entered_later:
        flags.append(translate("PatrolGrid", "entered later"))
    if cell.issues:
        flags.append(translate("PatrolGrid", "{n} issue(s)").format(n=cell.issues))
    return flags


def cell_text(cell: GridCell) -> str:
    """One round in a grid cell, on two lines so that four routes fit side by side:
    "On time 08:03 张伟" over "XL202612-0001 · too fast"."""
    head = f"{verdict_name(cell.verdict)} {clock(cell.started_at)} {cell.guard_name}"
    return head + "\n" + " · ".join([cell.number, *cell_flags(cell)])
