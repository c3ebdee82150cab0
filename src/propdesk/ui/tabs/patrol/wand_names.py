"""What a wand import's codes are called on screen: why a swipe is listed, and what a
code is mapped to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.domain.patrol.swipes import SwipeProblem
from propdesk.services.patrol.wand_results import WandListed

translate = QCoreApplication.translate


def problem_name(problem: SwipeProblem) -> str:
    names = {
        SwipeProblem.UNKNOWN_TAG: translate("WandNames", "Code not mapped"),
        SwipeProblem.OUT_OF_SERVICE: translate("WandNames", "Checkpoint out of service"),
        SwipeProblem.LONE_CARD: translate("WandNames", "Guard card, no checkpoint after it"),
        SwipeProblem.REPEATED: translate("WandNames", "Touched twice"),
        SwipeProblem.NO_GUARD: translate("WandNames", "No guard card before it"),
        SwipeProblem.SLOT_TAKEN: translate("WandNames", "Slot already answered"),
        SwipeProblem.BAD_TIME: translate("WandNames", "Wand clock wrong (future or too old)"),
    }
    return names[problem]


def listed_text(item: WandListed) -> str:
    """The problem, with the round already answering the slot when there is one."""
    if item.problem is not SwipeProblem.SLOT_TAKEN:
        return problem_name(item.problem)
    if item.taken_by:
        return translate("WandNames", "Slot already answered by round {number}").format(
            number=item.taken_by
        )
    return translate("WandNames", "Slot already answered by another round of this file")
