"""Grouping a patrol wand's swipes into rounds (domain.patrol.swipes)."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.domain.patrol.swipes import (
    DEFAULT_GAP,
    DEFAULT_REPEAT_WITHIN,
    CheckpointTag,
    GuardCard,
    Swipe,
    SwipeProblem,
    Tag,
    group_swipes,
)

EAST = uuid.uuid4()
WEST = uuid.uuid4()
W1 = CheckpointTag(uuid.uuid4(), WEST)
OLD = CheckpointTag(uuid.uuid4(), EAST, in_service=False)
ZHANG = GuardCard(uuid.uuid4(), "张保安")
LI = GuardCard(uuid.uuid4(), "李保安")
TAGS: dict[str, Tag] = {
    "E1": CheckpointTag(uuid.uuid4(), EAST),
    "E2": CheckpointTag(uuid.uuid4(), EAST),
    "E3": CheckpointTag(uuid.uuid4(), EAST),
    "W1": W1,
    "OLD": OLD,
    "C-ZHANG": ZHANG,
    "C-LI": LI,
}
NIGHT = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)  # 22:00 in Beijing


def _swipes(*items: tuple[str, int] | tuple[str, int, str]) -> list[Swipe]:
    """(code, minutes after 22:00[, device]) → swipes numbered as file rows from 2."""
    swipes = []
    for row, item in enumerate(items, 2):
        code, minutes = item[0], item[1]
        device = item[2] if len(item) > 2 else "1"
        swipes.append(Swipe(row, device, code, NIGHT + timedelta(minutes=minutes)))
    return swipes


def test_a_guard_card_then_one_routes_checkpoints_make_one_round() -> None:
    grouping = group_swipes(_swipes(("C-ZHANG", 0), ("E1", 1), ("E2", 5), ("E3", 9)), TAGS)
    assert grouping.listed == ()
    (made,) = grouping.rounds
    assert made.guard == ZHANG
    assert made.route_id == EAST
    assert [s.code for s in made.visits] == ["E1", "E2", "E3"]
    assert [s.code for s in made.cards] == ["C-ZHANG"]
    assert made.started_at == NIGHT + timedelta(minutes=1)  # the first checkpoint, not the card
    assert made.finished_at == NIGHT + timedelta(minutes=9)


def test_without_a_card_the_guard_is_unknown() -> None:
    (made,) = group_swipes(_swipes(("E1", 0), ("E2", 4)), TAGS).rounds
    assert made.guard is None
    assert made.cards == ()


def test_another_routes_checkpoint_starts_a_new_round() -> None:
    rounds = group_swipes(_swipes(("E1", 0), ("E2", 4), ("W1", 8), ("E3", 12)), TAGS).rounds
    assert [(r.route_id, len(r.visits)) for r in rounds] == [(EAST, 2), (WEST, 1), (EAST, 1)]


def test_a_pause_longer_than_the_gap_starts_a_new_round() -> None:
    gap = int(DEFAULT_GAP.total_seconds() // 60)
    rounds = group_swipes(_swipes(("E1", 0), ("E2", gap), ("E3", 2 * gap + 1)), TAGS).rounds
    assert [[s.code for s in r.visits] for r in rounds] == [["E1", "E2"], ["E3"]]


def test_a_double_touch_keeps_the_first_swipe() -> None:
    (made,) = group_swipes(_swipes(("E1", 0), ("E1", 1), ("E2", 5)), TAGS).rounds
    assert [s.at for s in made.visits] == [NIGHT, NIGHT + timedelta(minutes=5)]
    assert [s.row for s in made.repeats] == [3]


def test_the_same_checkpoint_again_later_is_the_routes_next_round() -> None:
    later = int(DEFAULT_REPEAT_WITHIN.total_seconds() // 60) + 20
    swipes = _swipes(("E1", 0), ("E2", 5), ("E3", 10), ("E1", later), ("E2", later + 5))
    rounds = group_swipes(swipes, TAGS).rounds
    assert [[s.code for s in r.visits] for r in rounds] == [["E1", "E2", "E3"], ["E1", "E2"]]


def test_unknown_codes_voided_checkpoints_and_lone_cards_are_listed() -> None:
    swipes = _swipes(
        ("C-LI", 0), ("C-ZHANG", 1), ("E1", 2), ("ZZZ", 3), ("OLD", 4), ("E2", 5), ("C-LI", 30)
    )
    grouping = group_swipes(swipes, TAGS)
    (made,) = grouping.rounds
    assert made.guard == ZHANG
    assert [s.code for s in made.visits] == ["E1", "E2"]  # the unknown code broke nothing
    problems = [(item.swipe.row, item.problem) for item in grouping.listed]
    assert problems == [
        (2, SwipeProblem.LONE_CARD),  # 李's card: 张 swiped his before any checkpoint
        (5, SwipeProblem.UNKNOWN_TAG),
        (6, SwipeProblem.OUT_OF_SERVICE),
        (8, SwipeProblem.LONE_CARD),  # nothing after it
    ]


def test_a_card_ends_the_round_under_way_and_hands_the_wand_over() -> None:
    swipes = _swipes(("C-ZHANG", 0), ("E1", 1), ("C-LI", 3), ("E2", 4), ("E3", 6))
    rounds = group_swipes(swipes, TAGS).rounds
    assert [(r.guard, [s.code for s in r.visits]) for r in rounds] == [
        (ZHANG, ["E1"]),
        (LI, ["E2", "E3"]),
    ]


def test_each_wand_is_read_on_its_own_and_rows_are_taken_in_time_order() -> None:
    swipes = _swipes(("E2", 5, "A"), ("C-ZHANG", 0, "A"), ("E1", 1, "A"), ("E1", 2, "B"))
    rounds = group_swipes(swipes, TAGS).rounds
    assert [(r.device, r.guard, [s.code for s in r.visits]) for r in rounds] == [
        ("A", ZHANG, ["E1", "E2"]),
        ("B", None, ["E1"]),
    ]


_CODES = [*TAGS, "ZZZ"]
_swipe_lists = st.lists(
    st.tuples(st.sampled_from(_CODES), st.integers(0, 600), st.sampled_from(["1", "2", "3"])),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_swipe_lists)
def test_no_swipe_is_lost_and_every_round_keeps_the_rules(
    items: list[tuple[str, int, str]],
) -> None:
    swipes = _swipes(*items)
    grouping = group_swipes(swipes, TAGS)
    placed = Counter(s.row for r in grouping.rounds for s in r.swipes)
    placed.update(item.swipe.row for item in grouping.listed)
    assert placed == Counter(s.row for s in swipes)  # each exactly once
    for made in grouping.rounds:
        assert made.visits
        devices = {s.device for s in made.swipes}
        assert devices == {made.device}
        visited = [TAGS[s.code] for s in made.visits]
        assert all(isinstance(t, CheckpointTag) and t.route_id == made.route_id for t in visited)
        assert len(set(visited)) == len(visited)  # a checkpoint once
        times = [s.at for s in made.visits]
        assert times == sorted(times)
        steps = sorted(s.at for s in made.visits + made.repeats)
        assert all(b - a <= DEFAULT_GAP for a, b in pairwise(steps))
        assert all(isinstance(TAGS[c.code], GuardCard) for c in made.cards)
        if made.cards:  # the run's first round: the guard is the last card's
            assert TAGS[made.cards[-1].code] == made.guard
    for item in grouping.listed:
        tag = TAGS.get(item.swipe.code)
        expected = {
            None: SwipeProblem.UNKNOWN_TAG,
            OLD: SwipeProblem.OUT_OF_SERVICE,
        }.get(tag, SwipeProblem.LONE_CARD)
        assert item.problem is expected
