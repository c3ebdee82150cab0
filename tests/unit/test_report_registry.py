"""The monthly report, its workbook and `propdesk export` iterate the module registry:
a fake module's report part adds its section to the PDF (its heading numbered where
the registry places it) and its sheets to the workbook (its figures after the other
figures, its records after the other records, only for a role that may export them);
its export kind is a choice of `propdesk export`, written through its own front door."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from sqlalchemy import insert

from propdesk import cli
from propdesk.config import Paths
from propdesk.domain.ids import uuid7
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.reports.monthly.document import story
from propdesk.reports.monthly.gate_section import GateFigures
from propdesk.reports.monthly.keep_tail import KeepTail
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.services import registry
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    ModuleSpec,
    export_kinds,
)
from propdesk.services.reporting.monthly_report import MonthlyFile
from propdesk.store.models import GateEvent
from tests.fake_module.spec import FAKE, FAKE_EXPORT, FakeFigures

BEIJING = timezone(timedelta(hours=8))
OCT = Period.month(2026, 10)
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BEIJING)
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")  # no EXPORT on repairs

pytestmark = pytest.mark.usefixtures("beijing_time")


# -- a station with the fake module ----------------------------------------------------
def _open(folder: Path, modules: tuple[ModuleSpec[Any], ...]) -> Services:
    services = open_services(Paths.resolve(folder), fast_hashing=True, modules=modules)
    services.estate.set_up("翠湖花园")
    services.settings.set_station_name("岗亭")
    return services


def _one_event(services: Services) -> None:
    """A gate event in October, so the estate has something to report."""
    at = datetime(2026, 10, 3, 9, tzinfo=BEIJING)
    row = {"id": uuid7(), "kind": "visitor_in", "occurred_at": at, "station": "岗亭"}
    with services.store.write() as session:
        session.execute(insert(GateEvent), [{**row, "username": "guard1", "fee_fen": 0}])


@pytest.fixture
def with_fake(tmp_path: Path) -> Iterator[Services]:
    services = _open(tmp_path / "data", (*registry.MODULES, FAKE))
    _one_event(services)
    yield services
    services.close()


def _texts(flowables: Iterable[Flowable]) -> Iterator[str]:
    """The paragraphs' texts in story order, inside kept-together blocks and tables."""
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            yield flowable.getPlainText()
        elif isinstance(flowable, KeepTogether):
            yield from _texts(flowable._content)
        elif isinstance(flowable, KeepTail):  # the last section's end and the signatures
            yield from _texts(flowable.flowables)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    yield from _texts(cell if isinstance(cell, list) else [cell])


def _headings(report: MonthlyReport, lang: str) -> list[str]:
    numbered = re.compile(r"^\d+\. " if lang == "en" else r"^[一二三四五六七八九十]+、")
    return [t for t in _texts(story(report, lang)) if numbered.match(t)]


# -- the PDF ---------------------------------------------------------------------------
def test_the_fake_section_is_laid_out_after_the_modules_before_it(with_fake: Services) -> None:
    report = with_fake.monthly_report.data(MANAGER, OCT, NOW)
    assert report.section(FakeFigures) == FakeFigures(31)
    assert _headings(report, "en") == [
        "1. Service targets",
        "2. Gate log",
        "3. Repair tickets",
        "4. Open repair tickets",
        "5. Patrols",
        "6. Complaints",
        "7. Open complaints",
        "8. Inspections",
        "9. Safety incidents",
        "10. Drills and training",
        "11. Community events",
        "12. Satisfaction surveys",
        "13. Departments' monthly assessment",
        "14. Cleaning and greening logs",
        "15. Fake visits",
        "16. Approval",
    ]
    assert "31 days of fake visits" in list(_texts(story(report, "en")))
    assert _headings(report, "zh_CN")[-2:] == ["十五、Fake visits", "十六、审核签字"]


def test_the_headings_follow_the_registry_order(tmp_path: Path) -> None:
    services = _open(tmp_path / "data", (FAKE, *registry.MODULES))
    try:
        _one_event(services)
        report = services.monthly_report.data(MANAGER, OCT, NOW)
        assert [type(s) for s in report.sections][:2] == [FakeFigures, GateFigures]
        assert _headings(report, "en")[:3] == [
            "1. Service targets",
            "2. Fake visits",
            "3. Gate log",
        ]
    finally:
        services.close()


def test_without_the_module_its_section_is_gone(services: Services) -> None:
    services.estate.set_up("翠湖花园")
    _one_event(services)
    report = services.monthly_report.data(MANAGER, OCT, NOW)
    with pytest.raises(LookupError):
        report.section(FakeFigures)
    assert "5. Fake visits" not in _headings(report, "en")


def test_the_pdf_carries_the_fake_section(with_fake: Services, tmp_path: Path) -> None:
    path = tmp_path / "monthly.pdf"
    with_fake.monthly_report.write_pdf(MANAGER, MonthlyFile(OCT, "en", path, now=NOW))
    assert path.read_bytes().startswith(b"%PDF-")


# -- the workbook ----------------------------------------------------------------------
def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def test_figures_after_figures_and_records_after_records(
    with_fake: Services, tmp_path: Path
) -> None:
    path = tmp_path / "monthly.xlsx"
    _, written = with_fake.monthly_report.write_workbook(
        MANAGER, MonthlyFile(OCT, "en", path, now=NOW)
    )
    sheets = _sheets(path)
    assert list(sheets) == [
        "Targets",
        "Gate by day",
        "Patrols by day",
        "Complaints by category",
        "Inspection pass rates",
        "Equipment due next month",
        "Incidents by kind",
        "Drill plan",
        "Events by month",
        "Satisfaction surveys",
        "Assessment scores",
        "Work-log completion",
        "Reasons not done",
        "Fake by day (en)",
        "Gate journal",
        "Repair tickets",
        "Patrol rounds",
        "Complaints",
        "Inquiries",
        "Inspections",
        "Rectification notices",
        "Safety incidents",
        "Incident follow-ups",
        "Drills and training",
        "Community events",
        "Survey responses",
        "Monthly assessments",
        "Work logs",
        "Fake records",
    ]
    records = sheets["Fake records"]
    assert records[0] == ("Day", "Station")  # the workbook leaves names out
    assert len(records) - 1 == 31 == written[-1]
    assert {row[1] for row in records[1:]} == {"岗亭"}  # written through its front door


def test_a_role_without_export_on_the_module_gets_its_figures_only(
    with_fake: Services, tmp_path: Path
) -> None:
    path = tmp_path / "committee.xlsx"
    with_fake.monthly_report.write_workbook(COMMITTEE, MonthlyFile(OCT, "en", path, now=NOW))
    assert list(_sheets(path)) == [
        "Targets",
        "Gate by day",
        "Patrols by day",
        "Complaints by category",
        "Inspection pass rates",
        "Equipment due next month",
        "Incidents by kind",
        "Drill plan",
        "Events by month",
        "Satisfaction surveys",
        "Assessment scores",
        "Work-log completion",
        "Reasons not done",
        "Fake by day (en)",
    ]


# -- `propdesk export` -----------------------------------------------------------------
def test_the_fake_export_kind_is_written_with_names(with_fake: Services, tmp_path: Path) -> None:
    exports = with_fake.record_exports
    assert exports.names == [
        "gate",
        "repairs",
        "patrol",
        "complaints",
        "inquiries",
        "inspections",
        "rectifications",
        "equipment",
        "incidents",
        "incident-actions",
        "drills",
        "drill-participants",
        "events",
        "surveys",
        "assessments",
        "worklogs",
        "units",
        "residents",
        "cards",
        "fake",
    ]
    out = tmp_path / "fake.xlsx"
    assert exports.export(MANAGER, "fake", date(2026, 10, 1), date(2026, 10, 3), out, "en") == 3
    rows = _sheets(out)["Fake records"]
    assert rows[0] == ("Day", "Station", "Name")
    assert [row[2] for row in rows[1:]] == ["张三"] * 3
    with pytest.raises(ValidationError, match="first and the last day"):
        exports.export(MANAGER, "fake", date(2026, 10, 1), None, out, "en")
    with pytest.raises(PermissionDeniedError):
        exports.export(COMMITTEE, "fake", date(2026, 10, 1), date(2026, 10, 3), out, "en")


def test_an_export_name_declared_twice_is_refused() -> None:
    twin = ModuleSpec[None](key="twin", exports=(FAKE_EXPORT,))
    with pytest.raises(ValueError, match="export fake is declared twice"):
        export_kinds((FAKE, twin))


def test_the_cli_offers_and_writes_the_fake_export_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    modules = (*registry.MODULES, FAKE)
    prepared = _open(folder, modules)
    _one_event(prepared)
    prepared.close()
    export = ["--data-dir", str(folder), "export", "fake"]
    with pytest.raises(SystemExit) as refused:  # not in the registry: not a choice
        cli.run([*export, "-o", str(tmp_path / "x.xlsx")])
    assert refused.value.code == cli.EXIT_USAGE
    assert "invalid choice: 'fake'" in capsys.readouterr().err

    monkeypatch.setattr(registry, "MODULES", modules)
    monkeypatch.setattr(cli, "open_services", partial(open_services, modules=modules))
    out = tmp_path / "fake.xlsx"
    days = ["--from", "2026-10-01", "--to", "2026-10-02"]
    assert cli.run([*export, *days, "-o", str(out)]) == cli.EXIT_OK
    assert f"fake: 2 rows from 2026-10-01 to 2026-10-02 written: {out}" in capsys.readouterr().out
    with pytest.raises(SystemExit) as undated:
        cli.run([*export, "--from", "2026-10-01", "-o", str(out)])
    assert undated.value.code == cli.EXIT_USAGE
    assert "fake needs --from and --to" in capsys.readouterr().err
