"""A month's score from its spot checks (抽查).

Each spot check of an item deducts whole points, never more than the item is worth;
the item's deductions together never pass its points either (an item cannot cost more
than it carries), so the score is the standard's full score minus the deductions and
never below zero. A check that deducts nothing is a pass: it is what closes a
rectification notice opened on that item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from propdesk.domain.assessments.standards import Standard
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD_ITEM = "item"
FIELD_DEDUCTED = "deducted"


@dataclass(frozen=True)
class Deduction:
    item_key: str
    deducted: int


def passed(deducted: int) -> bool:
    return deducted == 0


def check_deduction(
    standard: Standard, item_key: str, deducted: int, earlier: Iterable[Deduction] = ()
) -> int:
    """The points a new spot check of `item_key` deducts, or ValidationError: an item
    not in the standard, a negative or fractional number, more than the item's points
    or than what the earlier checks of the item left."""
    item = standard.item(item_key) if isinstance(item_key, str) else None
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose an item of the department's standard."),
            field=FIELD_ITEM,
        )
    if isinstance(deducted, bool) or not isinstance(deducted, int) or deducted < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Deduct a whole number of points, 0 or more."),
            field=FIELD_DEDUCTED,
        )
    if deducted > item.points:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The item is worth {points} points: deduct at most that."
            ),
            field=FIELD_DEDUCTED,
            points=item.points,
        )
    already = sum(d.deducted for d in earlier if d.item_key == item_key)
    if already + deducted > item.points:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Only {left} of the item's {points} points are left to deduct."
            ),
            field=FIELD_DEDUCTED,
            left=item.points - already,
            points=item.points,
        )
    return deducted


def score(total: int, deductions: Iterable[Deduction]) -> int:
    """The full score minus the deductions, never below zero."""
    return max(0, total - sum(d.deducted for d in deductions))
