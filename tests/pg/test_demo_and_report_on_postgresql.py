"""The demo estate written on PostgreSQL (its bulk writer takes the Core path there, not
SQLite's pre-formatted text) at a small scale, then read back: quick search, the audit
chain, the journal, and the monthly report PDF of last month."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from propdesk.commands.report import last_month
from propdesk.config import DATABASE_URL_ENV, Paths
from propdesk.domain.roles import Role
from propdesk.reports.monthly.gate_section import GateFigures
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.demo.service import DemoResult
from propdesk.services.gate.journal import JournalFilter
from propdesk.services.gate.service import GateServices
from propdesk.services.reporting.monthly_report import MonthlyFile
from propdesk.store.models import GateEvent, RepairTicket, Vehicle

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
MONTH = last_month(date.today())


@pytest.fixture(scope="module")
def demo(
    pg_migrated: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Services, DemoResult]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATABASE_URL_ENV, pg_migrated)
        patch.setenv("TZ", "CST-8")
        time.tzset()
        services = open_services(Paths.resolve(tmp_path_factory.mktemp("demo")), fast_hashing=True)
        try:
            services.settings.set_station_name("客服中心")
            result = services.demo.create(system_actor("客服中心"), scale=0.02, traffic_years=0.1)
            yield services, result
        finally:
            services.close()
    time.tzset()


pytestmark = pytest.mark.usefixtures("beijing_time")


def test_the_demo_estate_is_written_and_reads_back(demo: tuple[Services, DemoResult]) -> None:
    services, result = demo
    assert result.created
    assert result.counts is not None
    with services.store.read() as session:
        events = session.scalar(select(func.count()).select_from(GateEvent)) or 0
        tickets = session.scalar(select(func.count()).select_from(RepairTicket)) or 0
        plate = session.scalar(select(Vehicle.plate).limit(1))
        latest = session.scalar(select(func.max(GateEvent.occurred_at)))
    assert events == result.counts.gate_events > 100
    assert tickets == result.counts.repair_tickets > 0
    assert latest is not None
    assert latest.tzinfo is not None
    assert services.audit.verify().ok
    assert plate is not None
    assert services.search.search(MANAGER, plate[-5:])  # quick search by plate fragment
    journal = services.module(GateServices).journal.page(
        MANAGER, JournalFilter(text=plate[-5:]), limit=20
    )
    assert all(plate[-5:] in (row.plate or "") for row in journal.rows)


def test_the_monthly_report_pdf(demo: tuple[Services, DemoResult], tmp_path: Path) -> None:
    services, _ = demo
    report = services.monthly_report.data(MANAGER, MONTH)
    assert report.section(GateFigures).totals.events > 0
    target = tmp_path / "report.pdf"
    services.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, "zh_CN", target))
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 10_000
