"""The service areas a questionnaire asks about (the departments of the work plan) and
the five-point scale of an answer.

A rating is one digit: 5 非常满意 (very satisfied), 4 满意, 3 一般, 2 不满意,
1 非常不满意 (very dissatisfied) and 0 for a question left unanswered. Satisfied is
the top two of five, as a follow-up rating of 4 or 5 is (SPEC: satisfaction comes from
the surveys and the follow-ups alike, domain.service_targets.SATISFIED_MIN_RATING).
"""

from __future__ import annotations

from enum import StrEnum

from propdesk.domain.service_targets import SATISFIED_MIN_RATING


class Area(StrEnum):
    SECURITY = "security"  # 秩序维护 / 安保
    CLEANING = "cleaning"  # 保洁
    GREENING = "greening"  # 绿化
    ENGINEERING = "engineering"  # 工程维修
    CUSTOMER_SERVICE = "customer_service"  # 客服


NOT_ANSWERED = 0
LOWEST = 1
HIGHEST = 5
RATINGS = range(LOWEST, HIGHEST + 1)  # the five answers, 1 (worst) to 5 (best)
SCORES = range(NOT_ANSWERED, HIGHEST + 1)  # what a digit may say


def satisfied(rating: int) -> bool:
    """非常满意 or 满意: the top two of the five answers."""
    return rating >= SATISFIED_MIN_RATING
