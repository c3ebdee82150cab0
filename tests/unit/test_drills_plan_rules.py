"""The year's plan (domain.drills.plan): sessions answer a topic's entries in order,
within their year; unanswered entries are planned, due (within 30 days) or overdue;
the default plan holds the fire regulation's two fire drills a year."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.drills.kinds import DRILL_TOPICS, SessionKind, Topic, topics_of
from propdesk.domain.drills.plan import (
    DUE_WITHIN_DAYS,
    HeldSession,
    PlanItem,
    PlanState,
    counts_of,
    default_plan,
    plan_lines,
    state_of,
)
from propdesk.domain.numbering import NumberKind

TODAY = date(2026, 7, 15)


def test_topics_belong_to_one_kind_and_number() -> None:
    assert Topic.FIRE_DRILL.session is SessionKind.DRILL
    assert Topic.FIRE_DRILL.number_kind is NumberKind.DRILL
    assert Topic.FIRST_AID.session is SessionKind.TRAINING
    assert Topic.FIRST_AID.number_kind is NumberKind.TRAINING
    assert set(topics_of(SessionKind.DRILL)) == DRILL_TOPICS
    assert set(topics_of(SessionKind.DRILL)) | set(topics_of(SessionKind.TRAINING)) == set(Topic)


def test_states_in_words() -> None:
    due = date(2026, 6, 30)
    assert state_of(due, date(2026, 6, 18), TODAY) is PlanState.DONE
    assert state_of(due, date(2026, 7, 2), TODAY) is PlanState.DONE_LATE
    assert state_of(due, None, TODAY) is PlanState.OVERDUE
    assert state_of(TODAY, None, TODAY) is PlanState.DUE
    assert state_of(TODAY + timedelta(days=DUE_WITHIN_DAYS), None, TODAY) is PlanState.DUE
    assert state_of(TODAY + timedelta(days=DUE_WITHIN_DAYS + 1), None, TODAY) is PlanState.PLANNED


def test_two_fire_drills_answer_both_entries_in_order() -> None:
    items = [
        PlanItem("dec", Topic.FIRE_DRILL, date(2026, 12, 31)),
        PlanItem("jun", Topic.FIRE_DRILL, date(2026, 6, 30)),
        PlanItem("flood", Topic.FLOOD, date(2026, 4, 30)),
    ]
    held = [
        HeldSession("a", Topic.FIRE_DRILL, date(2026, 7, 10)),  # late for June
        HeldSession("old", Topic.FLOOD, date(2025, 4, 20)),  # last year's answers nothing
        HeldSession("future", Topic.FIRE_DRILL, date(2026, 8, 1)),  # after today
    ]
    lines = {line.item.key: line for line in plan_lines(items, held, TODAY)}
    assert lines["jun"].state is PlanState.DONE_LATE
    assert lines["jun"].answered_by is not None
    assert lines["jun"].answered_by.key == "a"
    assert lines["dec"].state is PlanState.PLANNED
    assert lines["flood"].state is PlanState.OVERDUE


def test_default_plan_follows_the_regulations() -> None:
    plan = default_plan(2026)
    fire = [e for e in plan if e.topic is Topic.FIRE_DRILL]
    assert [e.due_on for e in fire] == [date(2026, 6, 30), date(2026, 12, 31)]
    assert any(e.topic is Topic.FLOOD and e.due_on.month <= 5 for e in plan)
    assert sum(1 for e in plan if e.topic is Topic.LIFT_ENTRAPMENT) == 1
    trainings = [e for e in plan if e.topic.session is SessionKind.TRAINING]
    assert sorted((e.due_on.month - 1) // 3 for e in trainings) == [0, 1, 2, 3]


_topics = st.sampled_from([Topic.FIRE_DRILL, Topic.FLOOD, Topic.SERVICE])
_days = st.dates(date(2026, 1, 1), date(2026, 12, 31))


@given(
    st.lists(st.tuples(_topics, _days), max_size=12),
    st.lists(st.tuples(_topics, _days), max_size=12),
    _days,
)
def test_every_entry_has_one_line_and_answers_are_counted(
    entries: list[tuple[Topic, date]], sessions: list[tuple[Topic, date]], today: date
) -> None:
    items = [PlanItem(i, topic, day) for i, (topic, day) in enumerate(entries)]
    held = [HeldSession(f"s{i}", topic, day) for i, (topic, day) in enumerate(sessions)]
    lines = plan_lines(items, held, today)
    assert len(lines) == len(items)
    assert counts_of(lines).total == len(items)
    answers = [line.answered_by.key for line in lines if line.answered_by is not None]
    assert len(answers) == len(set(answers))  # a session answers one entry at most
    for topic in {t for t, _ in entries}:
        wanted = sum(1 for t, _ in entries if t is topic)
        held_by_today = sum(1 for t, d in sessions if t is topic and d <= today)
        done = sum(
            1
            for line in lines
            if line.item.topic is topic and line.state in (PlanState.DONE, PlanState.DONE_LATE)
        )
        assert done == min(wanted, held_by_today)
    for line in lines:
        if line.answered_by is None:
            assert line.state is not PlanState.DONE
            assert line.state is not PlanState.DONE_LATE
            assert (line.state is PlanState.OVERDUE) == (line.item.due_on < today)
