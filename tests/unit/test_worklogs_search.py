"""Quick search over the work logs finds exactly the entries a LIKE over their area,
task and person would (it reads the columns' distinct values through their indexes
first): voided entries left out, newest first, counted, nothing read when no value
holds the text."""

from __future__ import annotations

import random
from datetime import time, timedelta

import pytest
from sqlalchemy import event, select

from propdesk.domain.worklogs.kinds import Trade
from propdesk.services.bootstrap import Services
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.worklogs.inputs import EntryInput
from propdesk.services.worklogs.search import count_entries, search_entries
from propdesk.store.models.worklogs import WorklogEntry
from tests.unit.test_worklogs_services import (
    CLERK,
    MANAGER,
    NOW,
    TODAY,
    Office,
    add,
    make_office,
)

AREAS = ("1–4栋", "B1车库", "中心花园")


@pytest.fixture
def office(ready_services: Services, beijing_time: None) -> Office:
    del beijing_time
    return make_office(ready_services)


TASKS = ("楼道清扫", "车库地面清扫", "草坪修剪")


def _logged(office: Office) -> list[WorklogEntry]:
    """Entries of three areas over ten days, by three people; one voided."""
    trades = (Trade.CLEANING, Trade.CLEANING, Trade.GREENING)
    people = {Trade.CLEANING: [office.cleaner, office.cleaner2], Trade.GREENING: [office.gardener]}
    tasks = [
        (add(office, area, name, trade=trade), trade)
        for area, name, trade in zip(AREAS, TASKS, trades, strict=True)
    ]
    entries = office.doors.entries
    made = []
    for back in range(10):
        day = TODAY - timedelta(days=back)
        for n, (task, trade) in enumerate(tasks):
            who = people[trade][back % len(people[trade])]
            line = EntryInput(task, day, True, who, time(7 + n, 5))
            made.append(entries.log(CLERK, line, now=NOW))
    entries.void(MANAGER, made[0].id, "录错了")
    with office.services.store.read() as session:
        return list(session.scalars(select(WorklogEntry)))


def _plain(rows: list[WorklogEntry], text: str) -> list[str]:
    """What a LIKE over the three columns finds (SQLite's LIKE: ASCII case folded)."""
    folded = text.lower()
    found = [
        r
        for r in rows
        if r.voided_at is None
        and any(folded in v.lower() for v in (r.area, r.task_name, r.staff_name))
    ]
    found.sort(key=lambda r: (r.done_at, r.id), reverse=True)
    return [str(r.id) for r in found]


def _searched(services: Services, text: str, limit: int = 100) -> tuple[list[str], int]:
    query = SearchQuery.parse(text)
    with services.store.read() as session:
        hits = search_entries(session, query, limit)
        count = count_entries(session, query, 1000)
    return [str(h.record_id) for h in hits], count


def test_an_area_a_task_or_a_person_finds_what_a_plain_scan_finds(office: Office) -> None:
    rows = _logged(office)
    for text in ("1–4栋", "车库", "b1", "清扫", "张保洁", "保洁", "孙", "3-2-15", "zs", "无此"):
        ids, count = _searched(office.services, text)
        expected = _plain(rows, text)
        assert ids == expected, text
        assert count == len(expected), text
    assert _searched(office.services, "清扫", limit=3)[0] == _plain(rows, "清扫")[:3]


def test_generated_fragments_of_the_stored_values_find_the_same(office: Office) -> None:
    rows = _logged(office)
    values = sorted({v for r in rows for v in (r.area, r.task_name, r.staff_name)})
    rng = random.Random(20261206)
    for _ in range(60):
        value = rng.choice(values)
        start = rng.randrange(len(value))
        text = value[start : start + rng.randint(1, 4)]
        if not SearchQuery.parse(text).name_fragment:
            continue  # one Latin letter or digits only: not searched in names
        ids, count = _searched(office.services, text)
        assert ids == _plain(rows, text), text
        assert count == len(ids), text


def test_no_entry_is_read_when_no_value_holds_the_text(office: Office) -> None:
    _logged(office)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    engine = office.services.store.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert _searched(office.services, "3-2-15") == ([], 0)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert statements  # the distinct values were read …
    assert not any("worklog_entry.day" in s for s in statements)  # … and no entry
