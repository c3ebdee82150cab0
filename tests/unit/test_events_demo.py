"""Demo community events: five years made through the generator the registry pairs
with the module, read back through the events' services: one to three a month with a
couple of months missed (the target shows its miss), some cancelled with a reason,
the coming ones planned, the numbers running on per month after what the counters
held, seeded — and fast."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import select

from propdesk.domain.events.kinds import EventState
from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.events.generator import EventsDemo
from propdesk.services.events import target
from propdesk.services.events.inputs import EventPlan
from propdesk.services.events.service import EventServices
from propdesk.services.events.views import EventFilter
from propdesk.store.models import NumberCounter
from propdesk.store.models.events import CommunityEvent

NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")


def _make(services: Services, seed: int = 7) -> tuple[dict[str, int], float]:
    request = DemoRequest(seed=seed, scale=1.0, years=5.0, now=NOW, station="客服中心")
    began = time.perf_counter()
    with services.store.engine.begin() as connection:
        demo = EventsDemo(connection, request)
        demo.plan()
        counts = demo.write(connection, lambda: None)
    return dict(counts), time.perf_counter() - began


def test_five_years_of_events_read_back(ready_services: Services, beijing_time: None) -> None:
    del beijing_time
    counts, seconds = _make(ready_services)
    del seconds  # timed by demo-data's run (README), never asserted in the suite
    total = counts["community_events"]
    assert 60 * 1.2 < total < 62 * 3
    with ready_services.store.read() as session:
        rows = list(session.scalars(select(CommunityEvent)))
    states = Counter(r.state for r in rows)
    assert states[EventState.CANCELLED.value] >= 3
    assert all(r.cancel_reason for r in rows if r.state == EventState.CANCELLED.value)
    held = [r for r in rows if r.state == EventState.HELD.value]
    assert all(r.participants and r.feedback and r.starts_at < NOW for r in held)
    planned = [r for r in rows if r.state == EventState.PLANNED.value]
    assert planned
    assert all(r.ends_at > NOW - (NOW - NOW) for r in planned)
    assert {r.starts_at.astimezone().month for r in planned} <= {11, 12}
    assert any(r.starts_at.astimezone().month == 12 for r in planned)  # next month's
    # Some past months hold no event held: the target shows the miss.
    with ready_services.store.read() as session:
        months = target.events_held(
            session, Period(datetime(2022, 1, 1).date(), datetime(2026, 10, 31).date()), NOW
        )
    assert months is not None
    assert (
        sum(
            1
            for n in Period(datetime(2022, 1, 1).date(), datetime(2026, 10, 31).date()).months
            if months.per_month.get(n, 0) == 0
        )
        >= 2
    )
    # Read back through the service; a new plan takes the next number of its month.
    events = ready_services.module(EventServices).events
    assert len(list(events.iter_rows(CLERK, EventFilter(include_voided=True)))) == total
    with ready_services.store.read() as session:
        last = session.scalar(
            select(NumberCounter.last).where(
                NumberCounter.kind == NumberKind.EVENT.value, NumberCounter.period == "202612"
            )
        )
    assert last is not None
    december = datetime(2026, 12, 20, 15).astimezone()
    made = events.plan(
        CLERK,
        EventPlan("festival", "迎新年联欢", december, december.replace(hour=17), "会所", "客服部"),
        now=NOW,
    )
    assert made.number == f"HD202612-{last + 1:04d}"


def test_one_seed_makes_the_same_events(ready_services: Services) -> None:
    from propdesk.services.demo.events.writer import EventDemo

    request = DemoRequest(seed=3, scale=1.0, years=5.0, now=NOW, station="客服中心")
    other = DemoRequest(seed=4, scale=1.0, years=5.0, now=NOW, station="客服中心")
    with ready_services.store.engine.begin() as connection:
        made = []
        for asked in (request, request, other):
            demo = EventDemo(connection, asked)
            demo.make()
            made.append(demo._params)
    assert made[0] == made[1]
    assert made[0] != made[2]
