"""What the repair codes are called on screen, and how times and durations read (the
ticket's state, priority and category in ui/repair_names.py, shared with the tabs that
show a ticket their record opened).

The service stores codes (domain.repair_kinds, domain.repair_workflow); every widget
of the tab names them through here, so a state reads the same in the list, the
detail and the timeline.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from propdesk.domain.repairs.kinds import RepairChannel
from propdesk.domain.repairs.workflow import RepairOutcome, RepairStep
from propdesk.ui.repair_names import category_name, priority_name, state_name

translate = QCoreApplication.translate

__all__ = [
    "category_name",
    "channel_name",
    "duration",
    "local_time",
    "outcome_name",
    "priority_name",
    "state_name",
    "step_button_text",
    "step_name",
]


def outcome_name(outcome: RepairOutcome) -> str:
    names = {
        RepairOutcome.RESOLVED: translate("RepairNames", "resolved"),
        RepairOutcome.REFUSED: translate("RepairNames", "quote refused"),
        RepairOutcome.CANCELLED: translate("RepairNames", "cancelled"),
    }
    return names[outcome]


def channel_name(channel: RepairChannel) -> str:
    names = {
        RepairChannel.HOTLINE: translate("RepairNames", "Hotline"),
        RepairChannel.WALK_IN: translate("RepairNames", "At the front desk"),
        RepairChannel.PATROL: translate("RepairNames", "Found on patrol"),
        RepairChannel.INSPECTION: translate("RepairNames", "Found in an inspection"),
        RepairChannel.COMPLAINT: translate("RepairNames", "From a complaint"),
        RepairChannel.OTHER: translate("RepairNames", "Other"),
    }
    return names[channel]


def step_name(step: RepairStep) -> str:
    """The step as the timeline lists it (what happened)."""
    names = {
        RepairStep.REPORT: translate("RepairNames", "Reported"),
        RepairStep.DISPATCH: translate("RepairNames", "Dispatched"),
        RepairStep.REASSIGN: translate("RepairNames", "Reassigned"),
        RepairStep.ARRIVE: translate("RepairNames", "Arrived"),
        RepairStep.DIAGNOSE: translate("RepairNames", "Diagnosed"),
        RepairStep.QUOTE: translate("RepairNames", "Quoted"),
        RepairStep.APPROVE: translate("RepairNames", "Quote approved"),
        RepairStep.REFUSE: translate("RepairNames", "Quote refused"),
        RepairStep.START_REPAIR: translate("RepairNames", "Repair started"),
        RepairStep.COMPLETE: translate("RepairNames", "Completed"),
        RepairStep.SIGN_OFF: translate("RepairNames", "Signed off"),
        RepairStep.FOLLOW_UP: translate("RepairNames", "Followed up"),
        RepairStep.CLOSE: translate("RepairNames", "Closed"),
        RepairStep.CANCEL: translate("RepairNames", "Cancelled"),
    }
    return names[step]


def step_button_text(step: RepairStep) -> str:
    """The step as a button offers it; "…" when a form asks for its details first."""
    texts = {
        RepairStep.DISPATCH: translate("RepairNames", "Dispatch…"),
        RepairStep.REASSIGN: translate("RepairNames", "Reassign…"),
        RepairStep.ARRIVE: translate("RepairNames", "Arrived"),
        RepairStep.DIAGNOSE: translate("RepairNames", "Diagnose…"),
        RepairStep.QUOTE: translate("RepairNames", "Quote…"),
        RepairStep.APPROVE: translate("RepairNames", "Approved"),
        RepairStep.REFUSE: translate("RepairNames", "Refused…"),
        RepairStep.START_REPAIR: translate("RepairNames", "Start repair"),
        RepairStep.COMPLETE: translate("RepairNames", "Completed…"),
        RepairStep.SIGN_OFF: translate("RepairNames", "Sign off…"),
        RepairStep.FOLLOW_UP: translate("RepairNames", "Follow-up…"),
        RepairStep.CLOSE: translate("RepairNames", "Close ticket"),
        RepairStep.CANCEL: translate("RepairNames", "Cancel…"),
    }
    return texts[step]


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def duration(span: timedelta) -> str:
    """Whole minutes as a desk reads them: "45 min", "3 h 20 min", "2 d 4 h"."""
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return translate("RepairNames", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("RepairNames", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    return translate("RepairNames", "{minutes} min").format(minutes=minutes)
