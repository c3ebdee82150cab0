"""The demo rounds and their checkpoint visits, slot by slot.

Each slot gets one round: day slots rotate over the three routes, night slots
alternate east and west. About 90 % start on time, 6 % late (more between 02:00 and
05:00), 3–4 % of slots are missed — no round, or now and then (by day) a round that
sets off so late it answers no slot; a few rounds are given up with a reason, and on
an odd day the reader was broken and the rounds went on paper, entered the next
morning. A round walks its checkpoints in order 2–5 minutes apart; now and then one
is skipped, two are swapped (out of order), or one is reached too fast to be true.
Which slot a round answers and its verdict come from the domain's rules
(slots.DemoSlots.answer), never from the plan's intention.

Visits are turned into the driver's parameters as they are planned (a few hundred
thousand dicts would cost more memory than the parameters); what the findings of
repair tickets need later is kept per checkpoint (the times and indexes of its visits).
"""

from __future__ import annotations

import random
from array import array
from bisect import bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from propdesk.domain.patrol.rounds import RefusalReason, RoundSource, RoundState, VisitHow
from propdesk.services.demo.gate.calendar import shift_of
from propdesk.services.demo.gate.traffic import GUARDS as GATE_GUARDS
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.patrol import texts
from propdesk.services.demo.patrol.crew import Crew, Guard
from propdesk.services.demo.patrol.findings import FindingMaker, SeenAt
from propdesk.services.demo.patrol.params import PlannedParams
from propdesk.services.demo.patrol.routes import DemoCheckpoint, DemoRoute
from propdesk.services.demo.patrol.slots import DemoSlots
from propdesk.services.demo.rows_writer import PlannedRowWriter, Row

# Shares per slot. Late and missed rise in the small hours (02:00–05:00).
MISSED, MISSED_SMALL_HOURS = 0.03, 0.05
LATE, LATE_SMALL_HOURS = 0.045, 0.12
TOO_LATE_SHARE = 0.35  # of missed day slots: a round went, too late to answer it
ABANDONED = 0.004
SKIPPED = 0.03  # rounds that miss one checkpoint
SWAPPED = 0.02  # rounds that reach two checkpoints the wrong way round
TOO_FAST = 0.006  # rounds with a checkpoint reached under the minimum walk
TICKED = 0.03  # live visits ticked by hand (a label worn out)
FINDING = 1 / 150  # rounds with an issue that needed no repair ticket
REFUSED = 1 / 250  # rounds with a refused scan
PAPER_DAYS = 1 / 60  # days the reader was broken
PAPER_ENTERED = time(8, 30)  # a paper day's rounds are entered the next morning
CHUNK = 20_000  # visits turned into parameters at a time
# Delays after the slot, in seconds: on time (a few minutes early up to 10 late),
# late by day (60-minute slots) and by night (30: the next slot must stay > 10 away),
# and too late to answer any slot (day only: at night the next slot is always near).
ON_TIME_DELAY = (-300, 600)
LATE_DAY = (601, 1800)
LATE_NIGHT = (601, 1140)
TOO_LATE = (1801, 2940)
GATE_USERS = tuple(f"guard{n}" for n in range(1, GATE_GUARDS + 1))


@dataclass(frozen=True)
class Walk:
    """A round's way round its route, in seconds from its start."""

    order: list[DemoCheckpoint]
    offsets: list[int]  # when each of `order` is reached
    fast_at: int  # the step reached too fast (0: none)
    back: int  # finished, back at the gatehouse
    abandoned: bool  # given up after the last of `order`


@dataclass
class CheckpointVisits:
    """The visits to one checkpoint: their times (sorted once planning is done) and
    their indexes among all visits."""

    times: array[int]
    visits: array[int]


class RoundPlanner:
    def __init__(
        self,
        rng: random.Random,
        ids: DemoIds,
        routes: list[DemoRoute],
        crew: Crew,
        slots: DemoSlots,
        findings: FindingMaker,
        visit_writer: PlannedRowWriter,
        *,
        now: int,
        tz: tzinfo,
        station: str,
    ) -> None:
        self.rng = rng
        self.ids = ids
        self.routes = routes
        self.crew = crew
        self.slots = slots
        self.findings = findings
        self.now = now
        self.tz = tz
        self.station = station
        self.rounds: list[Row] = []
        self.round_findings: list[tuple[int, Row]] = []  # (round index, finding row)
        self.refused: list[Row] = []
        self.visits = PlannedParams(visit_writer)
        self.periods: list[str] = []  # per round: the month its number belongs to
        self.visit_ids: list[int] = []
        self.visit_rounds = array("l")  # per visit: its round's index
        self.visit_times = array("q")
        self.visit_checkpoints = array("l")  # DemoCheckpoint.index
        self.pending: list[Row] = []  # visits not yet turned into parameters
        self.checkpoints = [c for route in routes for c in route.checkpoints]
        self.by_checkpoint = [CheckpointVisits(array("q"), array("q")) for _ in self.checkpoints]
        self.indexing = True  # visits go into by_checkpoint (while the slots are planned)
        # Values the same for a whole round or checkpoint are put into visits already in
        # their stored form, converted once here rather than once per visit.
        stored = _take_over(visit_writer, ("round_id", "checkpoint_id", *_FLAGS))
        self.stored_checkpoint_ids = [stored["checkpoint_id"](c.id) for c in self.checkpoints]
        self.stored_round_id = stored["round_id"]
        # ok, out_of_order and too_fast are all Boolean columns: one stored true and false.
        self.yes, self.no = stored["ok"](True), stored["ok"](False)
        self.busy_until: dict[int, int] = {}  # guard → end of his last round
        self.guard_rounds: dict[int, list[tuple[int, int]]] = {}  # guard → (start, end)
        self.taken: set[tuple[int, int]] = set()  # (slot, route) a counted round answers

    # -- every slot ----------------------------------------------------------------------
    def plan(self) -> None:
        """Every slot's round (or none), in time order."""
        rng, slots, now = self.rng, self.slots, self.now
        random_ = rng.random
        east, west = self.routes[0], self.routes[1 % len(self.routes)]
        paper_entry = self._paper_days(set(slots.days))
        for i, slot in enumerate(slots.times):
            hour = slots.hours[i]
            night = hour >= 22 or hour < 6
            small_hours = 2 <= hour < 5
            roll = random_()
            missed = MISSED_SMALL_HOURS if small_hours else MISSED
            late = LATE_SMALL_HOURS if small_hours else LATE
            if roll < missed:
                if night or random_() >= TOO_LATE_SHARE:
                    continue  # nobody went
                delay = rng.randint(*TOO_LATE)
            elif roll < missed + late:
                delay = rng.randint(*(LATE_NIGHT if night else LATE_DAY))
            else:  # most set off within a few minutes of the slot
                delay = min(ON_TIME_DELAY[1], max(ON_TIME_DELAY[0], int(rng.gauss(120, 150))))
            start = slot + delay
            if start > now:
                continue
            if night:
                route = east if slots.halves[i] % 2 == 0 else west
            else:
                route = self.routes[hour % len(self.routes)]
            entered = paper_entry.get(slots.days[i], 0)
            team = self.crew.teams[slots.teams[i]]
            guard = self._guard(team, i, start)
            walk = self.steps(route, extras=not entered)
            self.record(route, guard, start, walk, entered=entered, extras=True)
        self.flush()
        self._sort_checkpoint_visits()
        self.indexing = False  # rounds made later (for repair tickets) stay out of it

    def _paper_days(self, days: set[int]) -> dict[int, int]:
        """Days the reader was broken → when their rounds were entered (next morning)."""
        chosen = {}
        for day in sorted(days):
            if self.rng.random() < PAPER_DAYS:
                morning = datetime.combine(
                    date.fromordinal(day) + timedelta(days=1), PAPER_ENTERED, self.tz
                )
                entered = int(morning.timestamp()) + self.rng.randrange(2 * 3600)
                if entered <= self.now:
                    chosen[day] = entered
        return chosen

    def _guard(self, team: tuple[Guard, ...], turn: int, start: int) -> Guard:
        """The team's guards take turns; one still out on his last round is skipped."""
        guard = team[turn % len(team)]
        if self.busy_until.get(guard.id, 0) > start:
            guard = min(team, key=lambda g: self.busy_until.get(g.id, 0))
        return guard

    # -- one round -----------------------------------------------------------------------
    def steps(self, route: DemoRoute, *, extras: bool = False, keep: int = 0) -> Walk:
        """How a round of `route` goes, in seconds from its start: maybe given up
        (`extras`), a checkpoint skipped (never position `keep`), two swapped, one
        reached too fast."""
        rng = self.rng
        random_ = rng.random
        order = list(route.checkpoints)
        abandoned = False
        if extras and random_() < ABANDONED and len(order) > 2:
            order = order[: rng.randrange(1, len(order))]
            abandoned = True
        if random_() < SKIPPED and len(order) > 2:
            skipped = rng.randrange(1, len(order))
            if order[skipped].position != keep:
                del order[skipped]
        if random_() < SWAPPED and len(order) > 2:
            i = rng.randrange(1, len(order) - 1)
            order[i], order[i + 1] = order[i + 1], order[i]
        fast_at = rng.randrange(1, len(order)) if random_() < TOO_FAST and len(order) > 1 else 0
        offsets = []
        at = rng.randint(60, 240)  # from the gatehouse to the first checkpoint
        for step in range(len(order)):
            if step:
                at += rng.randint(15, 50) if step == fast_at else 120 + int(180 * random_())
            offsets.append(at)
        back = at + rng.randint(60, 300)  # back at the gatehouse
        return Walk(order, offsets, fast_at, back, abandoned)

    def record(
        self,
        route: DemoRoute,
        guard: Guard,
        start: int,
        walk: Walk,
        *,
        entered: int = 0,
        extras: bool = False,
    ) -> int:
        """The round and its visits, started at `start` (a paper one entered at
        `entered`); visits after now are not made yet (the round is still open).
        `extras`: maybe a finding or a refused scan. Returns the round's index."""
        rng, now = self.rng, self.now
        paper = entered > 0
        index = len(self.rounds)
        round_id = self.ids.at(start)
        walked, out_of_order, too_fast = self._visits(index, round_id, start, walk, paper)
        finished: int | None = start + walk.back
        state = RoundState.ABANDONED.value if walk.abandoned else RoundState.FINISHED.value
        if len(walked) < len(walk.order) or start + walk.back > now:
            state, finished = RoundState.OPEN.value, None
        slot, verdict = self.slots.answer(start)
        created = entered or start
        user = GATE_USERS[shift_of(created) % len(GATE_USERS)]
        row: Row = {
            "id": round_id,
            "number": "",  # numbered once every round is known (numbers.RoundNumbers)
            "route_id": route.id,
            "route_name": route.name,
            "guard_id": guard.id,
            "guard_name": guard.name,
            "state": state,
            "started_at": start,
            "finished_at": finished,
            "slot_at": slot,
            "verdict": verdict,
            "source": RoundSource.PAPER.value if paper else RoundSource.LIVE.value,
            "checkpoints_total": len(route.checkpoints),
            "checkpoints_visited": len(walked),
            "issues": 0,
            "out_of_order": out_of_order,
            "too_fast": too_fast,
            "abandon_reason": (
                rng.choice(texts.ABANDON_REASONS) if state == RoundState.ABANDONED.value else ""
            ),
            "created_by": user,
            "created_at": created,
            "updated_at": max(created, finished or (self.visit_times[walked[-1]] if walked else 0)),
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
        }
        self.rounds.append(row)
        local = datetime.fromtimestamp(start, self.tz)
        self.periods.append(f"{local.year:04d}{local.month:02d}")  # as period_of()
        end = finished or now
        self.busy_until[guard.id] = end
        insort(self.guard_rounds.setdefault(guard.id, []), (start, end))
        if slot is not None and state != RoundState.ABANDONED.value:
            self.taken.add((slot, route.index))
        if extras and walked:
            self._extras(index, walked, route)
        if len(self.pending) >= CHUNK:
            self.flush()
        return index

    def _visits(
        self, index: int, round_id: int, start: int, walk: Walk, paper: bool
    ) -> tuple[list[int], bool, bool]:
        """The round's visits up to now: their indexes, and whether any was out of
        order or too fast."""
        random_, now = self.rng.random, self.now
        how = VisitHow.PAPER.value if paper else VisitHow.SCAN.value
        stored_round_id = self.stored_round_id(round_id)
        yes, no = self.yes, self.no
        highest = 0
        flags = [False, False]  # out of order, too fast
        walked: list[int] = []
        for step, checkpoint in enumerate(walk.order):
            at = start + walk.offsets[step]
            if at > now:
                break
            out_of_order = checkpoint.position < highest
            highest = max(highest, checkpoint.position)
            too_fast = step == walk.fast_at and step > 0
            flags[0] |= out_of_order
            flags[1] |= too_fast
            visit = len(self.visit_ids)
            visit_id = self.ids.at(at)
            self.visit_ids.append(visit_id)
            self.visit_rounds.append(index)
            self.visit_times.append(at)
            self.visit_checkpoints.append(checkpoint.index)
            if self.indexing:
                found = self.by_checkpoint[checkpoint.index]
                found.times.append(at)
                found.visits.append(visit)
            self.pending.append(
                {
                    "id": visit_id,
                    "round_id": stored_round_id,
                    "checkpoint_id": self.stored_checkpoint_ids[checkpoint.index],
                    "position": checkpoint.position,
                    "checkpoint_name": checkpoint.name,
                    "at": at,
                    "how": VisitHow.TICK.value if not paper and random_() < TICKED else how,
                    "ok": yes,
                    "note": "",
                    "out_of_order": yes if out_of_order else no,
                    "too_fast": yes if too_fast else no,
                }
            )
            walked.append(visit)
        return walked, flags[0], flags[1]

    def _extras(self, index: int, walked: list[int], route: DemoRoute) -> None:
        rng = self.rng
        row = self.rounds[index]
        if rng.random() < FINDING:
            visit = rng.choice(walked)
            finding = self.findings.planned(self.seen_at(visit))
            self.round_findings.append((index, finding))
            self.mark_issue(visit, finding["seen"])
        if rng.random() < REFUSED and row["source"] == RoundSource.LIVE.value:
            at = self.visit_times[rng.choice(walked)] - rng.randint(10, 40)
            others = [c for r in self.routes if r is not route for c in r.checkpoints]
            if others and rng.random() < 0.5:
                code, reason = rng.choice(others).code, RefusalReason.OTHER_ROUTE
            else:
                code, reason = rng.choice(texts.UNKNOWN_CODES), RefusalReason.UNKNOWN
            self.refused.append(
                {
                    "id": self.ids.at(at),
                    "at": at,
                    "code": code,
                    "reason": reason.value,
                    "round_id": row["id"] if rng.random() < 0.5 else None,
                    "username": row["created_by"],
                    "station": self.station,
                }
            )

    def seen_at(self, visit: int) -> SeenAt:
        """Where and when a finding at `visit` was seen, and recorded by whom, when."""
        row = self.rounds[self.visit_rounds[visit]]
        at = self.visit_times[visit]
        paper = row["source"] == RoundSource.PAPER.value
        return SeenAt(
            round_id=row["id"],
            visit_id=self.visit_ids[visit],
            checkpoint=self.checkpoints[self.visit_checkpoints[visit]],
            at=at,
            recorded_by=row["created_by"],
            recorded_at=row["created_at"] if paper else at,
        )

    # -- visits --------------------------------------------------------------------------
    def mark_issue(self, visit: int, note: str) -> None:
        """The visit had an issue (its finding says what); its round counts one more.
        A visit already marked keeps its first note."""
        first_pending = len(self.visits)
        if visit >= first_pending:
            row = self.pending[visit - first_pending]
            if row["ok"] == self.no:
                return
            row.update(ok=self.no, note=note[:200])
        else:
            if self.visits.value(visit, "ok") == self.no:
                return
            self.visits.patch(visit, {"ok": self.no, "note": note[:200]})
        self.rounds[self.visit_rounds[visit]]["issues"] += 1

    def flush(self) -> None:
        if self.pending:
            self.visits.extend(self.pending)
            self.pending = []

    def _sort_checkpoint_visits(self) -> None:
        """Rounds of one route may overlap (a late one and the next): keep each
        checkpoint's visits in time order for the lookups."""
        for found in self.by_checkpoint:
            times = found.times
            if all(times[i] <= times[i + 1] for i in range(len(times) - 1)):
                continue
            order = sorted(range(len(times)), key=times.__getitem__)
            found.times = array("q", (times[i] for i in order))
            found.visits = array("q", (found.visits[i] for i in order))

    def latest_visit(self, checkpoints: list[DemoCheckpoint], before: int, since: int) -> int:
        """The index of the latest visit to one of `checkpoints` in [since, before];
        -1 when there is none."""
        best, best_at = -1, since - 1
        for checkpoint in checkpoints:
            found = self.by_checkpoint[checkpoint.index]
            i = bisect_right(found.times, before) - 1
            if i >= 0 and found.times[i] > best_at:
                best, best_at = found.visits[i], found.times[i]
        return best

    def free_guard(self, team: tuple[Guard, ...], start: int, end: int) -> Guard:
        """A guard with no round overlapping [start, end]: of `team` if one is free,
        else one of another team called in; `team`'s first when nobody is free."""
        everyone = [guard for other in self.crew.teams for guard in other]
        for guard in (*team, *everyone):
            rounds = self.guard_rounds.get(guard.id, [])
            i = bisect_right(rounds, (end, end))
            if i == 0 or rounds[i - 1][1] < start:
                return guard
        return team[0]


_FLAGS = ("ok", "out_of_order", "too_fast")


def _same(value: Any) -> Any:
    return value


def _take_over(writer: PlannedRowWriter, names: tuple[str, ...]) -> dict[str, Callable[[Any], Any]]:
    """The writer's conversions of `names`, which the planner applies itself from now
    on (the writer leaves those columns as they come)."""
    taken: dict[str, Callable[[Any], Any]] = {}
    for name in names:
        convert = writer.convert[name]
        taken[name] = _same if convert is None else convert
        writer.convert[name] = None
    return taken
