"""What a repair ticket's codes are called on screen, wherever a ticket shows: the
repairs tab, and the other tabs that show the ticket their record opened (a patrol
finding's ticket and its state). One table, so a state reads the same everywhere; the
translation context stays "RepairNames"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairState

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
