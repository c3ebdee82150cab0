"""What importing a wand file would do, worked out inside the caller's transaction:
the preview reads it, the import writes exactly it.

The file's swipes are taken apart first: rows repeating another row of the file, and
swipes already stored by an earlier import (they add nothing: that is what makes a
second import of the same file harmless), then swipes whose time the wand's clock got
wrong (in the future, or longer ago than MAX_AGE). The rest are grouped into rounds by
domain.patrol.swipes with the mapped codes; each round is judged against the slot its
first swipe answers, by the same rule as a round started at the gatehouse
(rounds.new_round): a route's slot already answered by another round is refused, and
that round's swipes are listed instead.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.patrol.rounds import RoundState
from propdesk.domain.patrol.swipes import (
    CheckpointTag,
    GuardCard,
    Swipe,
    SwipeProblem,
    SwipeRound,
    Tag,
    group_swipes,
)
from propdesk.domain.patrol.timing import Verdict
from propdesk.services.patrol.inputs import CLOCK_SLACK
from propdesk.services.patrol.settings import read_history
from propdesk.services.patrol.slot_lookup import slot_and_verdict
from propdesk.services.patrol.wand_cells import WandRowError
from propdesk.services.patrol.wand_columns import wand_label
from propdesk.services.patrol.wand_results import WandCode, WandListed, WandPreview, WandRound
from propdesk.store.models import (
    PatrolCheckpoint,
    PatrolRound,
    PatrolRoute,
    PatrolWandSwipe,
    PatrolWandTag,
    Staff,
)

# A wand keeps thousands of swipes, and a file is exported within weeks; older swipes
# come from a wand whose clock was reset (to 2000-01-01, say).
MAX_AGE = timedelta(days=92)
GUARD_NAME_MAX = 40


@dataclass(frozen=True)
class Mapped:
    """The stored mapping, as grouping needs it and as the codes list shows it."""

    tags: dict[str, Tag]
    targets: dict[str, str]  # code → "route · checkpoint" or the guard's name
    live_guards: frozenset[uuid.UUID]  # staff not voided: a left guard's rounds keep the name only
    checkpoint_codes: dict[str, uuid.UUID]  # live checkpoints' own codes (a suggestion)


@dataclass(frozen=True)
class PlannedRound:
    made: SwipeRound
    route_name: str
    total: int
    guard_id: uuid.UUID | None
    guard_name: str
    slot_at: datetime | None
    verdict: Verdict | None
    checkpoint_names: tuple[str, ...]


@dataclass(frozen=True)
class WandPlan:
    swipes: tuple[Swipe, ...]  # the new ones: each is stored, with its round or problem
    tags: dict[str, Tag]
    rounds: tuple[PlannedRound, ...]
    listed: tuple[WandListed, ...]
    preview: WandPreview


def read_mapping(session: Session) -> Mapped:
    tags: dict[str, Tag] = {}
    targets: dict[str, str] = {}
    rows = session.execute(
        select(PatrolWandTag, PatrolCheckpoint, PatrolRoute, Staff)
        .outerjoin(PatrolCheckpoint, PatrolWandTag.checkpoint_id == PatrolCheckpoint.id)
        .outerjoin(PatrolRoute, PatrolCheckpoint.route_id == PatrolRoute.id)
        .outerjoin(Staff, PatrolWandTag.guard_id == Staff.id)
    ).tuples()
    live_guards: set[uuid.UUID] = set()
    for tag, checkpoint, route, staff in rows:
        if checkpoint is not None and route is not None:
            in_service = checkpoint.voided_at is None and route.voided_at is None
            tags[tag.code] = CheckpointTag(checkpoint.id, route.id, in_service)
            targets[tag.code] = f"{route.name} · {checkpoint.name}"
        elif staff is not None:
            tags[tag.code] = GuardCard(staff.id, staff.name)
            targets[tag.code] = staff.name
            if staff.voided_at is None:
                live_guards.add(staff.id)
    own_codes = session.execute(
        select(PatrolCheckpoint.code, PatrolCheckpoint.id).where(
            PatrolCheckpoint.voided_at.is_(None)
        )
    ).tuples()
    return Mapped(tags, targets, frozenset(live_guards), dict(own_codes.all()))


def _stored_keys(session: Session, swipes: Sequence[Swipe]) -> set[tuple[str, str, datetime]]:
    if not swipes:
        return set()
    devices = {s.device for s in swipes}
    rows = session.execute(
        select(PatrolWandSwipe.device, PatrolWandSwipe.code, PatrolWandSwipe.at).where(
            PatrolWandSwipe.at >= min(s.at for s in swipes),
            PatrolWandSwipe.at <= max(s.at for s in swipes),
        )
    ).tuples()
    return {(device, code, at) for device, code, at in rows if device in devices}


def _slot_taken(session: Session, route_id: uuid.UUID, slot: datetime) -> str | None:
    """The number of the round already answering the route's slot (rounds.new_round's
    rule: abandoned and voided rounds answer nothing)."""
    return session.scalar(
        select(PatrolRound.number).where(
            PatrolRound.route_id == route_id,
            PatrolRound.slot_at == slot,
            PatrolRound.state != RoundState.ABANDONED.value,
            PatrolRound.voided_at.is_(None),
        )
    )


def _listed(swipe: Swipe, problem: SwipeProblem, taken_by: str = "") -> WandListed:
    return WandListed(swipe.row, swipe.device, swipe.code, swipe.at, problem, taken_by)


class _Planner:
    def __init__(self, session: Session, mapped: Mapped, lang: str | None, tz: tzinfo) -> None:
        self._session = session
        self._mapped = mapped
        self._lang = lang
        self._tz = tz
        self._history = read_history(session)
        self._routes: dict[uuid.UUID, tuple[str, int, dict[uuid.UUID, str]]] = {}
        self._answered: set[tuple[uuid.UUID, datetime]] = set()  # by this import's rounds

    def _route(self, route_id: uuid.UUID) -> tuple[str, int, dict[uuid.UUID, str]]:
        """Its name, its live checkpoints' count and their names by id."""
        if route_id not in self._routes:
            route = self._session.get(PatrolRoute, route_id)
            assert route is not None  # a mapped checkpoint's route
            checkpoints = self._session.scalars(
                select(PatrolCheckpoint).where(
                    PatrolCheckpoint.route_id == route_id, PatrolCheckpoint.voided_at.is_(None)
                )
            ).all()
            names = {c.id: c.name for c in checkpoints}
            self._routes[route_id] = (route.name, len(checkpoints), names)
        return self._routes[route_id]

    def _guard(self, made: SwipeRound) -> tuple[uuid.UUID | None, str]:
        if made.guard is None:
            name = wand_label("guard.wand", self._lang).format(device=made.device)
            return None, name[:GUARD_NAME_MAX]
        if made.guard.guard_id in self._mapped.live_guards:
            return made.guard.guard_id, made.guard.name
        return None, made.guard.name  # the guard has left: the name stays, the link not

    def plan(self, made: SwipeRound) -> PlannedRound | list[WandListed]:
        slot, verdict, _schedule = slot_and_verdict(self._history, made.started_at, self._tz)
        if slot is not None:
            key = (made.route_id, slot)
            # "": another round of this file answers it (it has no number yet).
            taken = "" if key in self._answered else _slot_taken(self._session, *key)
            if taken is not None:
                return [_listed(s, SwipeProblem.SLOT_TAKEN, taken) for s in made.swipes]
            self._answered.add(key)
        route_name, total, names = self._route(made.route_id)
        guard_id, guard_name = self._guard(made)
        reached = []
        for swipe in made.visits:
            tag = self._mapped.tags[swipe.code]
            assert isinstance(tag, CheckpointTag)
            reached.append(names.get(tag.checkpoint_id, swipe.code))
        return PlannedRound(
            made, route_name, total, guard_id, guard_name, slot, verdict, tuple(reached)
        )


def _codes(swipes: Sequence[Swipe], mapped: Mapped) -> tuple[WandCode, ...]:
    counts = Counter(s.code for s in swipes)
    devices: dict[str, set[str]] = defaultdict(set)
    for swipe in swipes:
        devices[swipe.code].add(swipe.device)
    codes = []
    for code in sorted(counts):
        tag = mapped.tags.get(code)
        codes.append(
            WandCode(
                code,
                counts[code],
                tuple(sorted(devices[code])),
                tag.checkpoint_id if isinstance(tag, CheckpointTag) else None,
                tag.guard_id if isinstance(tag, GuardCard) else None,
                mapped.targets.get(code, ""),
                mapped.checkpoint_codes.get(code),
            )
        )
    codes.sort(key=lambda c: (c.known, c.code))  # the unknown ones first
    return tuple(codes)


def wand_round(planned: PlannedRound, number: str = "") -> WandRound:
    made = planned.made
    return WandRound(
        number,
        made.device,
        made.route_id,
        planned.route_name,
        planned.guard_id,
        planned.guard_name,
        made.guard is None,
        made.started_at,
        made.finished_at,
        planned.slot_at,
        planned.verdict,
        len(made.visits),
        planned.total,
        planned.checkpoint_names,
        len(made.repeats),
    )


def plan_import(
    session: Session,
    name: str,
    rows: int,
    swipes: Sequence[Swipe],
    row_errors: Sequence[WandRowError],
    *,
    lang: str | None,
    now: datetime,
    tz: tzinfo,
) -> WandPlan:
    """The plan for the file `name` whose `rows` data rows read as `swipes` (and
    `row_errors`)."""
    unique: dict[tuple[str, str, datetime], Swipe] = {}
    for swipe in swipes:
        unique.setdefault(swipe.key, swipe)
    stored = _stored_keys(session, list(unique.values()))
    new = [s for key, s in unique.items() if key not in stored]
    believable: list[Swipe] = []
    listed: list[WandListed] = []
    for swipe in new:
        if now - MAX_AGE <= swipe.at <= now + CLOCK_SLACK:
            believable.append(swipe)
        else:
            listed.append(_listed(swipe, SwipeProblem.BAD_TIME))
    mapped = read_mapping(session)
    grouping = group_swipes(believable, mapped.tags)
    listed += [_listed(item.swipe, item.problem) for item in grouping.listed]
    planner = _Planner(session, mapped, lang, tz)
    planned: list[PlannedRound] = []
    for made in grouping.rounds:
        outcome = planner.plan(made)
        if isinstance(outcome, PlannedRound):
            planned.append(outcome)
        else:
            listed += outcome
    listed.sort(key=lambda item: (item.at, item.device, item.row))
    preview = WandPreview(
        name=name,
        rows=rows,
        row_errors=tuple(row_errors),
        new_swipes=len(new),
        already_imported=len(unique) - len(new),
        repeated_rows=len(swipes) - len(unique),
        codes=_codes(new, mapped),
        rounds=tuple(wand_round(p) for p in planned),
        listed=tuple(listed),
    )
    return WandPlan(tuple(new), mapped.tags, tuple(planned), tuple(listed), preview)
