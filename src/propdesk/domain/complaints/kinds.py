"""The codes a complaint (投诉) and an inquiry (咨询) are described by. Stored as these
strings; the UI names them."""

from __future__ import annotations

from enum import StrEnum


class ComplaintChannel(StrEnum):
    """How the office heard of it (an inquiry comes in the same ways)."""

    PHONE = "phone"
    VISIT = "visit"  # at the front desk
    LETTER = "letter"
    WECHAT = "wechat"
    SUGGESTION_BOX = "suggestion_box"


class ComplaintCategory(StrEnum):
    SECURITY = "security"
    CLEANING = "cleaning"
    GREENING = "greening"
    FACILITIES = "facilities"
    NOISE = "noise"
    PARKING = "parking"
    STAFF_CONDUCT = "staff_conduct"
    FEES = "fees"
    OTHER = "other"


class Severity(StrEnum):
    """Decides the response deadline with the category (domain.complaints.deadlines)."""

    SERIOUS = "serious"
    NORMAL = "normal"
    MINOR = "minor"


class Verdict(StrEnum):
    """The complainant's word on the answer given."""

    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"


class RootCause(StrEnum):
    """The short list a closing chooses from (its text says more)."""

    STAFF_SERVICE = "staff_service"  # how staff behaved or worked
    PROCESS = "process"  # a rule or procedure missing or not followed
    EQUIPMENT = "equipment"  # a facility broken or worn out
    CONTRACTOR = "contractor"  # an outside company's work
    RESIDENT = "resident"  # another resident's conduct (noise, parking)
    COMMUNICATION = "communication"  # residents were not told
    DESIGN = "design"  # how the estate was built
    UNFOUNDED = "unfounded"  # nothing wrong was found
    OTHER = "other"


class FollowUpMethod(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    WECHAT = "wechat"


class InquiryKind(StrEnum):
    QUESTION = "question"  # 咨询
    SUGGESTION = "suggestion"  # 建议
