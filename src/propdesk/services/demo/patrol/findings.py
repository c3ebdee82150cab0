"""The demo findings' rows: issues a guard saw at a checkpoint, what he did, whether the
duty supervisor was told, and how each was dealt with — on the spot, later, or (for
those that opened a repair ticket) when the ticket closed. Findings of the last days
are partly still open, as a real list would be."""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.repairs.kinds import RepairCategory as C
from propdesk.domain.repairs.workflow import RepairOutcome
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.patrol import texts
from propdesk.services.demo.patrol.routes import DemoCheckpoint
from propdesk.services.demo.rows_writer import Row

MINUTE = 60
HOUR = 3600
DAY = 86_400
ESCALATED_SHARE = 0.15  # of findings other than security ones (always escalated)
ON_THE_SPOT = "现场已处理"
# The finding category a repair ticket's category was filed under.
FROM_REPAIR = {
    C.FIRE_EQUIPMENT.value: FindingCategory.FIRE_EQUIPMENT,
    C.DOORS_LOCKS.value: FindingCategory.DOORS_WINDOWS,
    C.ELECTRICAL.value: FindingCategory.LIGHTING,
}
_CATEGORIES = [category for category, _ in texts.FINDING_WEIGHTS]
_CUMULATIVE = list(accumulate(weight for _, weight in texts.FINDING_WEIGHTS))


@dataclass(frozen=True)
class SeenAt:
    """Where and when: the round, the visit and its checkpoint."""

    round_id: int
    visit_id: int
    checkpoint: DemoCheckpoint
    at: int
    recorded_by: str
    recorded_at: int  # when it was entered (a paper round's: the next morning)


@dataclass(frozen=True)
class TicketEnd:
    """What became of the repair ticket opened from a finding."""

    number: str
    closed_at: int | None
    outcome: str
    cancel_reason: str


class FindingMaker:
    def __init__(self, rng: random.Random, ids: DemoIds, managers: tuple[str, ...], now: int):
        self.rng = rng
        self.ids = ids
        self.managers = managers
        self.now = now

    def planned(self, seen: SeenAt) -> Row:
        """A finding that needed no ticket (dealt with by the guard, cleaners, others)."""
        rng = self.rng
        category = rng.choices(_CATEGORIES, cum_weights=_CUMULATIVE)[0]
        what, action, resolution = rng.choice(texts.FINDINGS[category])
        after = max(seen.at, seen.recorded_at)
        gap = rng.uniform(1, 10) * MINUTE
        if resolution != ON_THE_SPOT:
            gap = rng.uniform(0.5, 72) * HOUR
        resolved: int | None = after + int(gap)
        if after + int(gap) > self.now:
            resolved, resolution = None, ""
        escalate = category is FindingCategory.SECURITY or rng.random() < ESCALATED_SHARE
        return self._row(seen, category, what, action, escalate, resolved, resolution)

    def from_ticket(
        self, seen: SeenAt, category: str, what: str, place: str, end: TicketEnd
    ) -> Row:
        """The finding a repair ticket was opened from (at the ticket's place, which the
        console copies from the finding); resolved when the ticket closed."""
        finding = FROM_REPAIR.get(category, FindingCategory.FACILITIES)
        action = texts.TICKET_ACTION.format(number=end.number)
        resolution = ""
        if end.closed_at is not None:
            if end.outcome == RepairOutcome.RESOLVED.value:
                resolution = texts.TICKET_DONE.format(number=end.number)
            elif end.outcome == RepairOutcome.CANCELLED.value:
                resolution = texts.TICKET_CANCELLED.format(
                    number=end.number, reason=end.cancel_reason
                )
            else:
                resolution = texts.TICKET_CLOSED.format(number=end.number)
        escalate = self.rng.random() < ESCALATED_SHARE
        row = self._row(seen, finding, what, action, escalate, end.closed_at, resolution[:300])
        row["place"] = place[:100] or seen.checkpoint.place
        return row

    def _row(
        self,
        seen: SeenAt,
        category: FindingCategory,
        what: str,
        action: str,
        escalate: bool,
        resolved: int | None,
        resolution: str,
    ) -> Row:
        escalated_at = seen.recorded_at + int(self.rng.uniform(2, 10) * MINUTE)
        escalated_to = self.rng.choice(self.managers) if self.managers else ""
        if not escalate or not escalated_to or escalated_at > self.now:
            escalated_at, escalated_to = 0, ""
        changed = max(seen.recorded_at, escalated_at, resolved or 0)
        return {
            "id": self.ids.at(seen.recorded_at),
            "number": "",  # the round's number + "-n", once rounds are numbered
            "round_id": seen.round_id,
            "visit_id": seen.visit_id,
            "checkpoint_id": seen.checkpoint.id,
            "checkpoint_name": seen.checkpoint.name,
            "place": seen.checkpoint.place,
            "category": category.value,
            "seen": what,
            "action": action,
            "seen_at": seen.at,
            "recorded_by": seen.recorded_by,
            "escalated_to": escalated_to,
            "escalated_at": escalated_at or None,
            "resolved_at": resolved,
            "resolution": resolution,
            "created_at": seen.recorded_at,
            "updated_at": changed,
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
        }
