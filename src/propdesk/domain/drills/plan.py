"""The year's plan (年度演练计划): which drills and trainings are due by when, and how
the sessions held answer it.

A plan entry is a topic and the day it is due by. The sessions of that topic held in
the same year answer the year's entries of that topic in order: the first session the
earliest entry, the second the next, and so on (two fire drills answer "by June" and
"by December" whichever month they were held in). An entry nobody answered is
overdue once its day has passed, due while its month has come, planned before.
An answer after the day is done late: the office did it, the record says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from propdesk.domain.drills.kinds import Topic

# An entry whose day is this near is due (shown in amber), however early the month.
DUE_WITHIN_DAYS = 30


class PlanState(StrEnum):
    PLANNED = "planned"  # its day is more than DUE_WITHIN_DAYS away
    DUE = "due"  # its day is near (or today)
    OVERDUE = "overdue"  # its day has passed and no session answered it
    DONE = "done"  # a session answered it by its day
    DONE_LATE = "done_late"  # a session answered it after its day


OPEN_STATES = frozenset({PlanState.PLANNED, PlanState.DUE, PlanState.OVERDUE})


@dataclass(frozen=True)
class PlanItem:
    """An entry of the plan: `key` is whatever the caller keeps it by (its id)."""

    key: object
    topic: Topic
    due_on: date


@dataclass(frozen=True)
class HeldSession:
    key: object
    topic: Topic
    held_on: date


@dataclass(frozen=True)
class PlanLine:
    item: PlanItem
    state: PlanState
    answered_by: HeldSession | None


def state_of(due_on: date, answered_on: date | None, today: date) -> PlanState:
    if answered_on is not None:
        return PlanState.DONE if answered_on <= due_on else PlanState.DONE_LATE
    if today > due_on:
        return PlanState.OVERDUE
    if (due_on - today).days <= DUE_WITHIN_DAYS:
        return PlanState.DUE
    return PlanState.PLANNED


def plan_lines(
    items: Iterable[PlanItem], held: Iterable[HeldSession], today: date
) -> list[PlanLine]:
    """Each entry with its state and the session that answered it, by due day. Only
    sessions of the entry's year answer it; a session held after `today` (a clock
    gone wrong) answers nothing."""
    by_topic: dict[tuple[int, Topic], list[HeldSession]] = {}
    for session in sorted(held, key=lambda s: (s.held_on, str(s.key))):
        if session.held_on <= today:
            by_topic.setdefault((session.held_on.year, session.topic), []).append(session)
    lines: list[PlanLine] = []
    for item in sorted(items, key=lambda i: (i.due_on, i.topic.value, str(i.key))):
        waiting = by_topic.get((item.due_on.year, item.topic), [])
        answer = waiting.pop(0) if waiting else None
        state = state_of(item.due_on, answer.held_on if answer else None, today)
        lines.append(PlanLine(item, state, answer))
    return lines


@dataclass(frozen=True)
class PlanCounts:
    done: int
    done_late: int
    due: int
    overdue: int
    planned: int

    @property
    def total(self) -> int:
        return self.done + self.done_late + self.due + self.overdue + self.planned


def counts_of(lines: Sequence[PlanLine]) -> PlanCounts:
    def n(state: PlanState) -> int:
        return sum(1 for line in lines if line.state is state)

    return PlanCounts(
        n(PlanState.DONE),
        n(PlanState.DONE_LATE),
        n(PlanState.DUE),
        n(PlanState.OVERDUE),
        n(PlanState.PLANNED),
    )


@dataclass(frozen=True)
class DefaultEntry:
    topic: Topic
    due_on: date
    note: str  # a code the ui and the papers name (default_note.<code>)


def default_plan(year: int) -> tuple[DefaultEntry, ...]:
    """The plan an office adopts with one click, editable afterwards:

    * a fire drill every half year (消防法 and GB 25201: residential property holds
      one at least every six months), by the end of June and of December;
    * a flood drill before the rainy season (South China's starts in April), by the
      end of April;
    * an evacuation drill by the end of September;
    * a lift entrapment rescue drill once a year (特种设备 rules ask a yearly one),
      by the end of October;
    * a training every quarter: fire safety, service manners, security duties,
      equipment operation.
    """
    return (
        DefaultEntry(Topic.FIRE_SAFETY, date(year, 3, 31), "quarterly_training"),
        DefaultEntry(Topic.FLOOD, date(year, 4, 30), "before_rainy_season"),
        DefaultEntry(Topic.FIRE_DRILL, date(year, 6, 30), "half_yearly_fire"),
        DefaultEntry(Topic.SERVICE, date(year, 6, 30), "quarterly_training"),
        DefaultEntry(Topic.EVACUATION, date(year, 9, 30), "yearly"),
        DefaultEntry(Topic.SECURITY, date(year, 9, 30), "quarterly_training"),
        DefaultEntry(Topic.LIFT_ENTRAPMENT, date(year, 10, 31), "yearly"),
        DefaultEntry(Topic.FIRE_DRILL, date(year, 12, 31), "half_yearly_fire"),
        DefaultEntry(Topic.EQUIPMENT, date(year, 12, 31), "quarterly_training"),
    )
