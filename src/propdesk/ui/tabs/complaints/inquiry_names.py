"""What an inquiry's codes are called on screen, and the words its row says about
where it stands (a late promise in words, not by colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.complaints.kinds import InquiryKind
from propdesk.services.complaints.inquiries import InquiryView
from propdesk.ui.complaint_names import local_time

translate = QCoreApplication.translate


def kind_name(kind: InquiryKind) -> str:
    names = {
        InquiryKind.QUESTION: translate("InquiryNames", "Question"),
        InquiryKind.SUGGESTION: translate("InquiryNames", "Suggestion"),
    }
    return names[kind]


def state_text(row: InquiryView) -> str:
    """Open, overdue, answered, or what it became."""
    if row.overdue:
        return translate("InquiryNames", "OVERDUE: answer promised by {time}").format(
            time=local_time(row.promised_by)
        )
    if row.state is InquiryState.OPEN:
        return translate("InquiryNames", "Answer promised")
    if row.state is InquiryState.ANSWERED:
        return translate("InquiryNames", "Answered")
    if row.complaint_id is not None:
        return translate("InquiryNames", "Became a complaint")
    return translate("InquiryNames", "Became a repair ticket")


def asker_text(row: InquiryView) -> str:
    """Who asked: their name and unit, as far as they were given."""
    return " · ".join(part for part in (row.asker_name, row.unit_code) if part)
