"""Which rounds stand behind a figure of the month view, so that the list a figure opens
holds exactly the rounds it counts (services/patrol/compliance.py counts them):

* a guard's rounds, on time, late and too fast count the rounds they started in the
  month, abandoned ones excepted (those answer no slot);
* a day's late figure counts its slots judged late: the slots of the windows opened
  that day (a night's slots after midnight included, domain/patrol/slots.py), none of
  whose rounds was on time; behind it stand those slots' late rounds.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.service_targets import Period
from propdesk.services.patrol.round_list import RoundFilter, RoundRow
from propdesk.ui.tabs.patrol.month_models import GuardFiguresModel, counted

Pick = Callable[[list[RoundRow]], list[RoundRow]]


@dataclass(frozen=True)
class Link:
    """What a figure lists: the rounds `wanted` finds, then those `pick` keeps."""

    wanted: RoundFilter
    pick: Pick | None = None


def guard_link(period: Period, guard: str, column: int) -> Link:
    """The guard's rounds behind the figure in `column` of the per-guard table; the
    guard's name, the rounds and the findings list every round of the month."""
    if column in (GuardFiguresModel.COL_ON_TIME, GuardFiguresModel.COL_LATE):
        verdict = Verdict.ON_TIME if column == GuardFiguresModel.COL_ON_TIME else Verdict.LATE
        return Link(RoundFilter(period.first, period.last, guard, verdict), _counted)
    if column == GuardFiguresModel.COL_TOO_FAST:
        return Link(RoundFilter(period.first, period.last, guard), _too_fast)
    return Link(RoundFilter(period.first, period.last, guard))


def late_slots_link(day: date, slots: Collection[datetime]) -> Link:
    """The late rounds of `day`'s slots (`slots`, as the schedule gives them): started
    that day or, for a night's late slots, the next."""
    wanted = RoundFilter(day, day + timedelta(days=1))
    return Link(wanted, lambda rows: late_rounds_of_slots(rows, slots))


def late_rounds_of_slots(rows: list[RoundRow], slots: Collection[datetime]) -> list[RoundRow]:
    """The late rounds of those of `slots` no round answered on time."""
    mine = [row for row in rows if row.slot_at in slots and counted(row)]
    saved = {row.slot_at for row in mine if row.verdict == Verdict.ON_TIME.value}
    return [row for row in mine if row.verdict == Verdict.LATE.value and row.slot_at not in saved]


def _counted(rows: list[RoundRow]) -> list[RoundRow]:
    return [row for row in rows if counted(row)]


def _too_fast(rows: list[RoundRow]) -> list[RoundRow]:
    return [row for row in rows if counted(row) and row.too_fast]
