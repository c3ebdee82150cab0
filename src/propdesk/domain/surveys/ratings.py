"""A response's answers packed as text, one digit per question in the round's order
("54543…", 0 for a question left unanswered): one row per response instead of a row
per answer (2,000 units × 2 rounds × 5 years of per-answer rows would cost the demo
and every figure far more than they show).

`parse_typed` reads what a clerk types from a paper form: the digits, spaces allowed
between them for the eye, exactly one per question.
"""

from __future__ import annotations

from collections.abc import Sequence

from propdesk.domain.surveys.areas import HIGHEST, NOT_ANSWERED
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD = "ratings"
DIGITS = frozenset("012345")


def pack(ratings: Sequence[int]) -> str:
    if any(not NOT_ANSWERED <= r <= HIGHEST for r in ratings):
        raise ValueError(f"ratings are 0–5, got {list(ratings)}")
    return "".join(str(r) for r in ratings)


def unpack(packed: str) -> tuple[int, ...]:
    return tuple(int(c) for c in packed)


def parse_typed(text: str, questions: int, field: str = FIELD) -> tuple[int, ...]:
    """One digit 0–5 per question (spaces between them are ignored), or a
    ValidationError on `field` saying how many are wanted."""
    digits = "".join(text.split())
    if any(c not in DIGITS for c in digits):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Type one digit per question: 5 very satisfied … 1 very dissatisfied, "
                "0 not answered.",
            ),
            field=field,
        )
    if len(digits) != questions:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Type {questions} digits, one per question (you typed {typed})."
            ),
            field=field,
            questions=questions,
            typed=len(digits),
        )
    return unpack(digits)


def answered(ratings: Sequence[int]) -> int:
    return sum(1 for r in ratings if r != NOT_ANSWERED)
