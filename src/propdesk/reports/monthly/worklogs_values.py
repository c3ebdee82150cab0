"""The work logs' figures for a month, as plain values (the services fill them): the
completion per trade and per area (planned, done, not done, missing) and the main
reasons for not done."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.domain.worklogs.kinds import Trade
from propdesk.domain.worklogs.plan import Completion


@dataclass(frozen=True)
class WorklogAreaLine:
    trade: Trade
    area: str  # "" for a trade's total
    completion: Completion


@dataclass(frozen=True)
class WorklogReason:
    reason: str
    count: int


@dataclass(frozen=True)
class WorklogValues:
    entries: int  # live entries of the month
    trades: tuple[WorklogAreaLine, ...]  # one per trade with a plan, area ""
    areas: tuple[WorklogAreaLine, ...]  # per trade and area
    reasons: tuple[WorklogReason, ...]  # most frequent first

    @property
    def total(self) -> Completion:
        found = Completion()
        for line in self.trades:
            found = found + line.completion
        return found
