"""A task's day in the plan against what was logged, and completion over many days.

Only planned days count towards completion: done, not done (logged with a reason) and
missing (a past day with nothing logged). Today and later days with nothing logged are
still open ("planned"), neither done nor missing. A task logged on a day it was not
planned for is shown ("extra") but changes no rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from propdesk.domain.worklogs.kinds import DayState


def day_state(planned: bool, logged: bool | None, day: date, today: date) -> DayState | None:
    """`logged`: None when nothing was logged, else whether it was done. None when
    the task was neither planned nor logged that day (an empty cell)."""
    if logged is None:
        if not planned:
            return None
        return DayState.MISSING if day < today else DayState.PLANNED
    if not planned:
        return DayState.EXTRA
    return DayState.DONE if logged else DayState.NOT_DONE


@dataclass(frozen=True)
class Completion:
    planned: int = 0  # planned task-days, open ones included
    done: int = 0
    not_done: int = 0
    missing: int = 0

    @property
    def open(self) -> int:
        """Planned for today or later, nothing logged yet."""
        return self.planned - self.done - self.not_done - self.missing

    @property
    def judged(self) -> int:
        """The task-days whose outcome is known: the rate's base."""
        return self.done + self.not_done + self.missing

    def rate(self) -> Decimal | None:
        """Done / judged in percent, one decimal cut down (99.96 % is not 100 %);
        None when nothing was judged yet (no data, not 0)."""
        if not self.judged:
            return None
        share = Decimal(self.done * 100) / Decimal(self.judged)
        return share.quantize(Decimal("0.1"), rounding=ROUND_DOWN)

    def add(self, state: DayState | None) -> Completion:
        """This completion with one more day of that state (EXTRA and None add nothing)."""
        if state is None or state is DayState.EXTRA:
            return self
        return Completion(
            self.planned + 1,
            self.done + (state is DayState.DONE),
            self.not_done + (state is DayState.NOT_DONE),
            self.missing + (state is DayState.MISSING),
        )

    def __add__(self, other: Completion) -> Completion:
        return Completion(
            self.planned + other.planned,
            self.done + other.done,
            self.not_done + other.not_done,
            self.missing + other.missing,
        )
