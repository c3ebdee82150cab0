"""The incidents' demo: a realistic handful a year over five years (3–8, mostly minor
thefts and accidents), every older one closed with its follow-ups done, this month's
open with a follow-up overdue so the dashboard shows it; the same seed makes the same
incidents; the SJ numbers continue after the demo; and it is fast."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.incidents.kinds import IncidentKind
from propdesk.domain.numbering import NumberKind
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import open_services
from propdesk.services.core.module_spec import DemoRequest, ModuleSpec
from propdesk.services.core.numbering import allocate
from propdesk.services.demo.incidents.generator import IncidentsDemo
from propdesk.services.incidents.target import incidents_in
from propdesk.store.models.incidents import Incident, IncidentAction

NOW = datetime(2026, 12, 20, 8, 0, tzinfo=UTC)


def _made(
    root: Paths, seed: int
) -> tuple[list[Incident], list[IncidentAction], dict[str, int], float]:
    services = open_services(root, fast_hashing=True)
    try:
        spec = ModuleSpec[object]("incidents").with_demo(IncidentsDemo)
        assert spec.demo is not None
        with services.store.write() as session:
            connection = session.connection()
            started = time.perf_counter()
            generator = spec.demo(connection, DemoRequest(seed, 1.0, 5, NOW, "客服中心"))
            generator.plan()
            counts = dict(generator.write(connection, lambda: None))
            took = time.perf_counter() - started
        with services.store.read() as session:
            incidents = list(session.scalars(select(Incident).order_by(Incident.occurred_at)))
            actions = list(session.scalars(select(IncidentAction)))
            session.expunge_all()
            assert incidents_in(session, Period(date(2026, 1, 1), date(2026, 12, 20))) >= 3
        with services.store.write() as session:
            after = allocate(session, NumberKind.INCIDENT, date(2026, 12, 21))
        counts["next"] = int(after.rsplit("-", 1)[1])
        return incidents, actions, counts, took
    finally:
        services.close()


@pytest.fixture(scope="module")
def made(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[list[Incident], list[IncidentAction], dict[str, int], float]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        try:
            yield _made(Paths.resolve(tmp_path_factory.mktemp("sj") / "data"), 7)
        finally:
            patch.undo()
            time.tzset()


def test_a_handful_a_year_mostly_minor(made: tuple) -> None:  # type: ignore[type-arg]
    incidents, actions, counts, _took = made
    assert counts["incidents"] == len(incidents)
    assert counts["incident_actions"] == len(actions)
    assert 15 <= len(incidents) <= 45
    kinds = Counter(IncidentKind(i.kind) for i in incidents)
    minor = kinds[IncidentKind.THEFT] + kinds[IncidentKind.ACCIDENT]
    assert minor > len(incidents) / 2
    assert kinds[IncidentKind.FIRE] <= len(incidents) // 5
    assert all(i.occurred_at <= NOW for i in incidents)


def test_older_ones_closed_and_done_this_months_open_with_one_overdue(made: tuple) -> None:  # type: ignore[type-arg]
    incidents, actions, _counts, _took = made
    open_ones = [i for i in incidents if i.closed_at is None]
    assert len(open_ones) == 2
    assert all(i.occurred_at > NOW - timedelta(days=31) for i in open_ones)
    open_ids = {i.id for i in open_ones}
    overdue = [
        a for a in actions if a.incident_id in open_ids and a.done_at is None and a.deadline < NOW
    ]
    assert overdue or not [a for a in actions if a.incident_id in open_ids]
    for incident in incidents:
        if incident.closed_at is not None:
            assert incident.occurred_at < incident.closed_at <= NOW
    for action in actions:
        if action.incident_id not in open_ids:
            assert action.done_at is not None
        assert action.deadline > min(i.occurred_at for i in incidents if i.id == action.incident_id)


def test_numbers_continue(made: tuple) -> None:  # type: ignore[type-arg]
    incidents, _actions, counts, took = made
    assert len({i.number for i in incidents}) == len(incidents)
    december = [i for i in incidents if i.number.startswith("SJ202612-")]
    assert counts["next"] == len(december) + 1
    del took  # its time is measured by demo-data's run (README), never asserted here


def test_the_same_seed_makes_the_same_incidents(tmp_path_factory: pytest.TempPathFactory) -> None:
    first = _made(Paths.resolve(tmp_path_factory.mktemp("a") / "data"), 3)[0]
    again = _made(Paths.resolve(tmp_path_factory.mktemp("b") / "data"), 3)[0]
    assert [(i.id, i.number, i.title) for i in first] == [(i.id, i.number, i.title) for i in again]
