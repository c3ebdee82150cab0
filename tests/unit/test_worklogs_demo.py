"""Demo work logs: years of entries on the demo estate made through the generator the
registry pairs with the module, read back through the work-log services: the counts
match the tables, about 97 % done and the rest not done with a reason, at most one
live entry per task and day, nothing after now, the crews hired into the right
departments, the same seed the same logs, and the week's plan and month's figures
computed from them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.module_spec import DemoRequest, ModuleSpec
from propdesk.services.demo.worklogs.generator import WorklogsDemo
from propdesk.services.demo.worklogs.planner import zones
from propdesk.services.worklogs.report_figures import worklog_figures
from propdesk.services.worklogs.service import WorklogServices
from propdesk.store.models import Department, Staff
from propdesk.store.models.worklogs import WorklogEntry, WorklogTask

NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
ADMIN = system_actor("客服中心")
YEARS = 2.0


@dataclass
class Made:
    services: Services
    counts: dict[str, int]
    alongside: int
    entries: list[WorklogEntry]
    tasks: list[WorklogTask]


def _demo(services: Services, seed: int) -> tuple[dict[str, int], int]:
    spec = ModuleSpec[object]("worklogs").with_demo(WorklogsDemo)
    assert spec.demo is not None
    calls: list[int] = []
    with services.store.write() as session:
        connection = session.connection()
        generator = spec.demo(connection, DemoRequest(seed, 1.0, YEARS, NOW, "客服中心"))
        generator.plan()
        counts = dict(generator.write(connection, lambda: calls.append(1)))
    return counts, len(calls)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    services = open_services(
        Paths.resolve(tmp_path_factory.mktemp("rizhi") / "data"), fast_hashing=True
    )
    services.demo.create(ADMIN, seed=5, scale=0.2)  # four buildings: one zone
    counts, alongside = _demo(services, 5)
    with services.store.read() as session:
        entries = list(session.scalars(select(WorklogEntry).order_by(WorklogEntry.done_at)))
        tasks = list(session.scalars(select(WorklogTask)))
        session.expunge_all()
    yield Made(services, counts, alongside, entries, tasks)
    services.close()


def test_counts_match_the_tables(made: Made) -> None:
    assert made.counts == {"worklog_tasks": len(made.tasks), "worklog_entries": len(made.entries)}
    assert made.alongside == 1
    # One zone of buildings × 4 tasks, and the common areas' 11.
    assert len(made.tasks) == 4 + 11
    # About 6.8 planned a day, 1 % missing.
    assert 365 * YEARS * 6 < len(made.entries) < 365 * YEARS * 8


def test_mostly_done_the_rest_with_a_reason(made: Made) -> None:
    live = [e for e in made.entries if e.voided_at is None]
    done = sum(e.done for e in live)
    assert 0.96 < done / len(live) < 0.99
    assert all(e.reason for e in live if not e.done)
    assert all(not e.reason for e in live if e.done)
    per_day = Counter((e.task_id, e.day) for e in live)
    assert max(per_day.values()) == 1
    voided = [e for e in made.entries if e.voided_at is not None]
    assert voided
    assert all(e.void_reason == "重复录入" for e in voided)
    assert all(e.done_at <= NOW and e.created_at <= NOW for e in made.entries)
    assert all(e.done_at <= e.created_at for e in made.entries)


def test_the_crews_are_in_their_departments(made: Made) -> None:
    with made.services.store.read() as session:
        codes = dict(
            session.execute(
                select(Staff.id, Department.code).join(
                    Department, Department.id == Staff.department_id
                )
            )
            .tuples()
            .all()
        )
    assert all(codes[e.staff_id] == e.trade for e in made.entries if e.staff_id is not None)
    assert all(codes[t.staff_id] == t.trade for t in made.tasks if t.staff_id is not None)


def test_the_services_read_them(made: Made) -> None:
    doors = made.services.module(WorklogServices)
    week = doors.entries.week(ADMIN, NOW.date(), now=NOW)
    assert len(week.rows) >= 10
    total = sum((c for _t, c in week.trades), start=type(week.trades[0][1])())
    assert total.planned > 0
    with made.services.store.read() as session:
        figures = worklog_figures(session, Period.month(2026, 10), NOW)
    rate = figures.total.rate()
    assert rate is not None
    assert rate > 95
    assert figures.reasons


def test_the_same_seed_makes_the_same_logs(tmp_path_factory: pytest.TempPathFactory) -> None:
    found = []
    for n in range(2):
        services = open_services(
            Paths.resolve(tmp_path_factory.mktemp(f"again{n}") / "data"), fast_hashing=True
        )
        try:
            services.demo.create(ADMIN, seed=5, scale=0.05)
            _demo(services, 9)
            with services.store.read() as session:
                found.append(
                    session.execute(
                        select(
                            WorklogEntry.id, WorklogEntry.staff_name, WorklogEntry.done
                        ).order_by(WorklogEntry.id)
                    ).all()
                )
        finally:
            services.close()
    assert found[0] == found[1]
    assert found[0]


def test_zones_of_four_buildings() -> None:
    assert zones([str(n) for n in range(1, 21)]) == [
        "1–4栋",
        "5–8栋",
        "9–12栋",
        "13–16栋",
        "17–20栋",
    ]
    assert zones(["1", "2", "3", "4", "5"]) == ["1–4栋", "5栋"]
    assert zones([]) == ["各楼栋"]
