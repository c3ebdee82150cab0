"""What the repair codes are called on screen, and how times and durations read.

The service stores codes (domain.repair_kinds, domain.repair_workflow); every widget
of the tab names them through here, so a state reads the same in the list, the
detail and the timeline.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.domain.repairs.workflow import RepairOutcome, RepairState, RepairStep

translate = QCoreApplication.translate


def state_name(state: RepairState) -> str:
    names = {
        RepairState.REPORTED: translate("RepairNames", "Reported"),
        RepairState.DISPATCHED: translate("RepairNames", "Dispatched"),
        RepairState.ARRIVED: translate("RepairNames", "Technician on site"),
        RepairState.DIAGNOSED: translate("RepairNames", "Diagnosed"),
        RepairState.QUOTED: translate("RepairNames", "Waiting for approval"),
        RepairState.APPROVED: translate("RepairNames", "Quote approved"),
        RepairState.IN_REPAIR: translate("RepairNames", "Being repaired"),
        RepairState.COMPLETED: translate("RepairNames", "Completed"),
        RepairState.SIGNED_OFF: translate("RepairNames", "Signed off"),
        RepairState.FOLLOWED_UP: translate("RepairNames", "Followed up"),
        RepairState.CLOSED: translate("RepairNames", "Closed"),
        RepairState.CANCELLED: translate("RepairNames", "Cancelled"),
    }
    return names[state]


def outcome_name(outcome: RepairOutcome) -> str:
    names = {
        RepairOutcome.RESOLVED: translate("RepairNames", "resolved"),
        RepairOutcome.REFUSED: translate("RepairNames", "quote refused"),
        RepairOutcome.CANCELLED: translate("RepairNames", "cancelled"),
    }
    return names[outcome]


def priority_name(priority: RepairPriority) -> str:
    names = {
        RepairPriority.EMERGENCY: translate("RepairNames", "Emergency"),
        RepairPriority.URGENT: translate("RepairNames", "Urgent"),
        RepairPriority.NORMAL: translate("RepairNames", "Normal"),
    }
    return names[priority]


def category_name(category: RepairCategory) -> str:
    names = {
        RepairCategory.PLUMBING: translate("RepairNames", "Plumbing"),
        RepairCategory.ELECTRICAL: translate("RepairNames", "Electrical"),
        RepairCategory.LIFT: translate("RepairNames", "Lift"),
        RepairCategory.DOORS_LOCKS: translate("RepairNames", "Doors and locks"),
        RepairCategory.LEAKS_CRACKS: translate("RepairNames", "Leaks and cracks"),
        RepairCategory.FIRE_EQUIPMENT: translate("RepairNames", "Fire equipment"),
        RepairCategory.PUBLIC_FACILITIES: translate("RepairNames", "Public facilities"),
        RepairCategory.OTHER: translate("RepairNames", "Other"),
    }
    return names[category]


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
