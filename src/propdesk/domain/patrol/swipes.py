"""Turning a patrol wand's raw swipes (巡更棒: device, tag or card code, time) into rounds.

Each wand is read on its own, in time order:

* A guard's card (the guard touches it first, as wands are used) starts that guard's
  run: the round under way ends, and the rounds that follow are the guard's until
  another card is swiped. Before any card the wand's guard is unknown (None).
* Consecutive swipes of checkpoints of one route form one round, while no more than
  `gap` passes between two of them. A checkpoint of another route, or a longer pause,
  starts a new round.
* The same checkpoint again within `repeat_within` of its first swipe in the round is
  a double touch (the wand did not beep): the first one counts, the repeat is kept with
  the round. Later than that, it is the next round of the route beginning (a guard
  walking the east route every 30 minutes never pauses for `gap`).
* A round starts at its first checkpoint's swipe and ends at its last.

Nothing is lost: every swipe ends up in exactly one round (as a visit, a repeat or the
card that started it) or is listed with its problem (an unknown code, a checkpoint out
of service, a card no checkpoint followed). Which slot a round answers is the
schedule's business (rounds.answering_slot), not this module's.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

DEFAULT_GAP = timedelta(minutes=45)
DEFAULT_REPEAT_WITHIN = timedelta(minutes=10)


class SwipeProblem(StrEnum):
    """Why a swipe is listed rather than a visit (stored in patrol_wand_swipe.problem)."""

    UNKNOWN_TAG = "unknown_tag"  # a code mapped to no checkpoint and no guard
    OUT_OF_SERVICE = "voided"  # its checkpoint (or route) was taken out of service
    LONE_CARD = "lone_card"  # a guard card no checkpoint swipe followed
    REPEATED = "repeated"  # the same checkpoint touched again within a round
    NO_GUARD = "no_guard"  # in a round of a wand whose guard swiped no card first
    SLOT_TAKEN = "slot_taken"  # the route already has a round in that slot
    BAD_TIME = "bad_time"  # in the future or long ago: the wand's clock is wrong


@dataclass(frozen=True)
class Swipe:
    """One line of the wand's file; `row` is its row number there (for the listing)."""

    row: int
    device: str
    code: str
    at: datetime  # UTC: two times of one local zone compare by wall clock

    @property
    def key(self) -> tuple[str, str, datetime]:
        """What makes a swipe the same swipe when a file is imported again."""
        return (self.device, self.code, self.at)


@dataclass(frozen=True)
class CheckpointTag:
    """A tag code mapped to a checkpoint of a route."""

    checkpoint_id: uuid.UUID
    route_id: uuid.UUID
    in_service: bool = True


@dataclass(frozen=True)
class GuardCard:
    guard_id: uuid.UUID
    name: str


Tag = CheckpointTag | GuardCard


@dataclass(frozen=True)
class SwipeRound:
    device: str
    guard: GuardCard | None  # None: no card was swiped on this wand before it
    route_id: uuid.UUID
    visits: tuple[Swipe, ...]  # the first swipe of each checkpoint, in time order
    repeats: tuple[Swipe, ...] = ()  # double touches, kept with the round
    cards: tuple[Swipe, ...] = ()  # the guard's card swipe(s) that started it

    @property
    def started_at(self) -> datetime:
        return self.visits[0].at

    @property
    def finished_at(self) -> datetime:
        return self.visits[-1].at

    @property
    def swipes(self) -> tuple[Swipe, ...]:
        return self.cards + self.visits + self.repeats


@dataclass(frozen=True)
class ListedSwipe:
    swipe: Swipe
    problem: SwipeProblem


@dataclass(frozen=True)
class Grouping:
    rounds: tuple[SwipeRound, ...]  # by start, then device
    listed: tuple[ListedSwipe, ...]  # by time, then device


@dataclass
class _Building:
    """The round under way on one wand."""

    device: str
    guard: GuardCard | None
    route_id: uuid.UUID
    cards: list[Swipe]
    visits: list[Swipe] = field(default_factory=list)
    repeats: list[Swipe] = field(default_factory=list)
    first_at: dict[uuid.UUID, datetime] = field(default_factory=dict)  # checkpoint → time
    last_at: datetime | None = None

    def takes(self, tag: CheckpointTag, at: datetime, gap: timedelta, repeat: timedelta) -> bool:
        if tag.route_id != self.route_id:
            return False
        if self.last_at is not None and at - self.last_at > gap:
            return False
        first = self.first_at.get(tag.checkpoint_id)
        return first is None or at - first <= repeat

    def add(self, swipe: Swipe, tag: CheckpointTag) -> None:
        if tag.checkpoint_id in self.first_at:
            self.repeats.append(swipe)
        else:
            self.first_at[tag.checkpoint_id] = swipe.at
            self.visits.append(swipe)
        self.last_at = swipe.at

    def done(self) -> SwipeRound:
        return SwipeRound(
            self.device,
            self.guard,
            self.route_id,
            tuple(self.visits),
            tuple(self.repeats),
            tuple(self.cards),
        )


class _Wand:
    """Walks one wand's swipes in time order."""

    def __init__(self, device: str, gap: timedelta, repeat_within: timedelta) -> None:
        self._device = device
        self._gap = gap
        self._repeat = repeat_within
        self._guard: GuardCard | None = None
        self._cards: list[Swipe] = []  # cards swiped since the last round began
        self._building: _Building | None = None
        self.rounds: list[SwipeRound] = []
        self.listed: list[ListedSwipe] = []

    def swipe(self, swipe: Swipe, tag: Tag | None) -> None:
        if tag is None:
            self.listed.append(ListedSwipe(swipe, SwipeProblem.UNKNOWN_TAG))
        elif isinstance(tag, GuardCard):
            self._card(swipe, tag)
        elif not tag.in_service:
            self.listed.append(ListedSwipe(swipe, SwipeProblem.OUT_OF_SERVICE))
        else:
            self._checkpoint(swipe, tag)

    def _card(self, swipe: Swipe, card: GuardCard) -> None:
        self._close()
        if self._guard != card:
            # The cards before this one (another guard's) started nothing.
            self._drop_cards()
        self._guard = card
        self._cards.append(swipe)

    def _checkpoint(self, swipe: Swipe, tag: CheckpointTag) -> None:
        building = self._building
        if building is None or not building.takes(tag, swipe.at, self._gap, self._repeat):
            self._close()
            building = _Building(self._device, self._guard, tag.route_id, self._cards)
            self._cards = []
            self._building = building
        building.add(swipe, tag)

    def _close(self) -> None:
        if self._building is not None:
            self.rounds.append(self._building.done())
            self._building = None

    def _drop_cards(self) -> None:
        self.listed.extend(ListedSwipe(card, SwipeProblem.LONE_CARD) for card in self._cards)
        self._cards = []

    def finish(self) -> None:
        self._close()
        self._drop_cards()


def _order(swipe: Swipe) -> tuple[datetime, int]:
    return (swipe.at, swipe.row)


def group_swipes(
    swipes: Iterable[Swipe],
    tags: Mapping[str, Tag],
    gap: timedelta = DEFAULT_GAP,
    repeat_within: timedelta = DEFAULT_REPEAT_WITHIN,
) -> Grouping:
    """The rounds the swipes make and the swipes listed with their problem, by the rules
    above; `tags` maps each known code to its checkpoint or guard."""
    by_device: dict[str, list[Swipe]] = defaultdict(list)
    for swipe in swipes:
        by_device[swipe.device].append(swipe)
    rounds: list[SwipeRound] = []
    listed: list[ListedSwipe] = []
    for device in sorted(by_device):
        wand = _Wand(device, gap, repeat_within)
        for swipe in sorted(by_device[device], key=_order):
            wand.swipe(swipe, tags.get(swipe.code))
        wand.finish()
        rounds += wand.rounds
        listed += wand.listed
    rounds.sort(key=lambda r: (r.started_at, r.device))
    listed.sort(key=lambda item: (item.swipe.at, item.swipe.device, item.swipe.row))
    return Grouping(tuple(rounds), tuple(listed))
