"""The inquiry and suggestion log at reception (咨询登记).

An inquiry is answered on the spot (it is closed as it is logged) or an answer is
promised by a deadline after the time it was asked (it stays open). Answering it later
closes it. An open inquiry whose promise has passed is overdue (exactly at the promise
is not). An inquiry may become a complaint or a repair ticket in one step: it is then
closed as converted, pointing at what it became.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from propdesk.domain.complaints.deadlines import check_due_after
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError


class InquiryState(StrEnum):
    OPEN = "open"  # an answer promised
    ANSWERED = "answered"
    CONVERTED = "converted"  # became a complaint or a repair ticket


def opening_state(answer: str, asked_at: datetime, promised_by: datetime | None) -> InquiryState:
    """The state an inquiry is logged in: answered with its answer, else open with a
    promise after the time asked (ValidationError naming `promised_by`)."""
    if answer:
        if promised_by is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "An inquiry answered on the spot needs no promised time."
                ),
                field="promised_by",
            )
        return InquiryState.ANSWERED
    if promised_by is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Give the answer, or the time by which an answer is promised."
            ),
            field="answer",
        )
    check_due_after(asked_at, promised_by, "promised_by")
    return InquiryState.OPEN


def require_not_converted(state: InquiryState) -> None:
    """Converting is possible while open or answered (a reply may still leave a
    complaint behind), once."""
    if state is InquiryState.CONVERTED:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "messages", "This inquiry has already become a complaint or a repair ticket."
            ),
            field="step",
        )


def require_unanswered(state: InquiryState) -> None:
    """Answering needs an inquiry still waiting for its answer."""
    require_not_converted(state)
    if state is InquiryState.ANSWERED:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This inquiry has already been answered."),
            field="step",
        )


def is_overdue(state: InquiryState, promised_by: datetime | None, now: datetime) -> bool:
    return (
        state is InquiryState.OPEN
        and promised_by is not None
        and now.astimezone(UTC) > promised_by.astimezone(UTC)
    )
