"""What the complaint codes are called on screen, and how times read: the English
names are the glossary's terms (reports/glossary.py), as the handling sheet's are.

The service stores codes (domain.complaints.kinds, domain.complaints.workflow); every
widget of the complaints tab and the audit view names them through here (here, not in
the tab's package: tabs do not import one another), so a state reads the same in the
list, the detail, the timeline and the audit log.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    RootCause,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep

translate = QCoreApplication.translate


def channel_name(channel: ComplaintChannel) -> str:
    names = {
        ComplaintChannel.PHONE: translate("ComplaintNames", "Phone"),
        ComplaintChannel.VISIT: translate("ComplaintNames", "At the front desk"),
        ComplaintChannel.LETTER: translate("ComplaintNames", "Letter"),
        ComplaintChannel.WECHAT: translate("ComplaintNames", "WeChat"),
        ComplaintChannel.SUGGESTION_BOX: translate("ComplaintNames", "Suggestion box"),
    }
    return names[channel]


def category_name(category: ComplaintCategory) -> str:
    names = {
        ComplaintCategory.SECURITY: translate("ComplaintNames", "Security"),
        ComplaintCategory.CLEANING: translate("ComplaintNames", "Cleaning"),
        ComplaintCategory.GREENING: translate("ComplaintNames", "Greening"),
        ComplaintCategory.FACILITIES: translate("ComplaintNames", "Facilities"),
        ComplaintCategory.NOISE: translate("ComplaintNames", "Noise"),
        ComplaintCategory.PARKING: translate("ComplaintNames", "Parking"),
        ComplaintCategory.STAFF_CONDUCT: translate("ComplaintNames", "Staff conduct"),
        ComplaintCategory.FEES: translate("ComplaintNames", "Fees"),
        ComplaintCategory.OTHER: translate("ComplaintNames", "Other"),
    }
    return names[category]


def severity_name(severity: Severity) -> str:
    names = {
        Severity.SERIOUS: translate("ComplaintNames", "Serious"),
        Severity.NORMAL: translate("ComplaintNames", "Normal"),
        Severity.MINOR: translate("ComplaintNames", "Minor"),
    }
    return names[severity]


def state_name(state: ComplaintState) -> str:
    names = {
        ComplaintState.RECEIVED: translate("ComplaintNames", "Received"),
        ComplaintState.HANDLING: translate("ComplaintNames", "Being handled"),
        ComplaintState.ANSWERED: translate("ComplaintNames", "Answered"),
        ComplaintState.SATISFIED: translate("ComplaintNames", "To be closed"),
        ComplaintState.CLOSED: translate("ComplaintNames", "Closed"),
        ComplaintState.VOIDED: translate("ComplaintNames", "Voided"),
    }
    return names[state]


def verdict_name(verdict: Verdict) -> str:
    names = {
        Verdict.SATISFIED: translate("ComplaintNames", "Satisfied"),
        Verdict.NOT_SATISFIED: translate("ComplaintNames", "Not satisfied"),
    }
    return names[verdict]


def root_cause_name(cause: RootCause) -> str:
    names = {
        RootCause.STAFF_SERVICE: translate("ComplaintNames", "Staff service"),
        RootCause.PROCESS: translate("ComplaintNames", "Process"),
        RootCause.EQUIPMENT: translate("ComplaintNames", "Equipment"),
        RootCause.CONTRACTOR: translate("ComplaintNames", "Contractor"),
        RootCause.RESIDENT: translate("ComplaintNames", "Another resident"),
        RootCause.COMMUNICATION: translate("ComplaintNames", "Communication"),
        RootCause.DESIGN: translate("ComplaintNames", "Design"),
        RootCause.UNFOUNDED: translate("ComplaintNames", "Unfounded"),
        RootCause.OTHER: translate("ComplaintNames", "Other"),
    }
    return names[cause]


def method_name(method: FollowUpMethod) -> str:
    names = {
        FollowUpMethod.PHONE: translate("ComplaintNames", "By phone"),
        FollowUpMethod.VISIT: translate("ComplaintNames", "In person"),
        FollowUpMethod.WECHAT: translate("ComplaintNames", "By WeChat"),
    }
    return names[method]


def step_name(step: ComplaintStep) -> str:
    """The step as the timeline lists it (what happened)."""
    names = {
        ComplaintStep.RECEIVE: translate("ComplaintNames", "Received"),
        ComplaintStep.ASSIGN: translate("ComplaintNames", "Assigned"),
        ComplaintStep.REASSIGN: translate("ComplaintNames", "Reassigned"),
        ComplaintStep.ANSWER: translate("ComplaintNames", "Answered"),
        ComplaintStep.VERDICT: translate("ComplaintNames", "Verdict"),
        ComplaintStep.CLOSE: translate("ComplaintNames", "Closed"),
        ComplaintStep.MANAGER_CLOSE: translate("ComplaintNames", "Closed by a manager"),
        ComplaintStep.FOLLOW_UP: translate("ComplaintNames", "Followed up"),
        ComplaintStep.VOID: translate("ComplaintNames", "Voided"),
        ComplaintStep.LINK_REPAIR: translate("ComplaintNames", "Repair ticket linked"),
    }
    return names[step]


def step_button_text(step: ComplaintStep) -> str:
    """The step as a button offers it; every step asks for its details first."""
    texts = {
        ComplaintStep.ASSIGN: translate("ComplaintNames", "Assign…"),
        ComplaintStep.REASSIGN: translate("ComplaintNames", "Reassign…"),
        ComplaintStep.ANSWER: translate("ComplaintNames", "Answer…"),
        ComplaintStep.VERDICT: translate("ComplaintNames", "Verdict…"),
        ComplaintStep.CLOSE: translate("ComplaintNames", "Close complaint…"),
        ComplaintStep.MANAGER_CLOSE: translate("ComplaintNames", "Manager close…"),
        ComplaintStep.FOLLOW_UP: translate("ComplaintNames", "Follow-up visit…"),
        ComplaintStep.VOID: translate("ComplaintNames", "Void…"),
    }
    return texts[step]


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def anonymous_text() -> str:
    return translate("ComplaintNames", "Anonymous")
