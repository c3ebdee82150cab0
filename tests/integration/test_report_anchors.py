"""Every report file is an audit anchor: the monthly PDF and workbook and the record
exports print the chain head their figures were read at ("审计链 #12345 · 3fa9c2d41b07…")
and record it in the station's anchor file; a forgery before it is then named by
`propdesk audit verify` as that report."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from propdesk.cli import EXIT_AUDIT_BROKEN, run
from propdesk.commands.report import last_month
from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.reports.audit_mark import audit_mark
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.audit_anchors import anchor_file, read_anchors
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.reporting.monthly_report import MonthlyFile
from tests.integration.audit_forgery import tamper

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
MONTH = last_month(date.today())


@pytest.fixture
def estate(tmp_path: Path) -> Iterator[Services]:
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True)
    services.settings.set_station_name("客服中心")
    actor = system_actor("客服中心")
    services.demo.create(actor, scale=0.02, traffic_years=0.1)
    for n in range(3):  # audited saves: the chain has rows to anchor
        services.buildings.create(actor, BuildingInput(f"T{n}", f"测试{n}楼", 3))
    yield services
    services.close()


def _reports(services: Services) -> list[tuple[int, str, str]]:
    return [
        (a.seq, a.hash, a.what) for a in read_anchors(services.paths).anchors if a.kind == "report"
    ]


def _pages(pdf: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return [re.sub(r"\s+", "", page) for page in done.stdout.split("\f") if page.strip()]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_monthly_pdf_prints_and_anchors_its_chain_head(
    estate: Services, tmp_path: Path, lang: str
) -> None:
    head = estate.audit.head()
    pdf = tmp_path / f"月报-{lang}.pdf"
    report = estate.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, lang, pdf))
    assert (report.audit_seq, report.audit_hash) == (head.seq, head.hash)
    mark = re.sub(r"\s+", "", audit_mark(head.seq, head.hash, lang))
    assert mark.startswith(("审计链#", "Auditchain#"))
    pages = _pages(pdf)
    assert len(pages) > 2
    assert all(mark in page for page in pages), "the mark is on every page"
    assert _reports(estate) == [(head.seq, head.hash, pdf.name)]


def test_the_monthly_workbook_prints_the_mark_on_every_sheet(
    estate: Services, tmp_path: Path
) -> None:
    head = estate.audit.head()
    xlsx = tmp_path / "月报.xlsx"
    estate.monthly_report.write_workbook(MANAGER, MonthlyFile(MONTH, "zh_CN", xlsx))
    book = openpyxl.load_workbook(xlsx)
    try:
        footers = {ws.title: ws.oddFooter.left.text for ws in book.worksheets}
    finally:
        book.close()
    assert len(footers) > 2
    assert set(footers.values()) == {audit_mark(head.seq, head.hash, "zh_CN")}
    assert _reports(estate) == [(head.seq, head.hash, xlsx.name)]


def test_a_record_export_prints_and_anchors_its_chain_head(
    estate: Services, tmp_path: Path
) -> None:
    head = estate.audit.head()
    xlsx = tmp_path / "units.xlsx"
    name = next(n for n in estate.record_exports.names if not estate.record_exports.kind(n).dated)
    estate.record_exports.export(system_actor("客服中心"), name, None, None, xlsx, "zh_CN")
    book = openpyxl.load_workbook(xlsx)
    try:
        assert book.worksheets[0].oddFooter.left.text == audit_mark(head.seq, head.hash, "zh_CN")
    finally:
        book.close()
    assert _reports(estate) == [(head.seq, head.hash, xlsx.name)]


def test_an_anchor_file_that_cannot_be_written_does_not_stop_the_print(
    estate: Services, tmp_path: Path
) -> None:
    anchor_file(estate.paths).unlink(missing_ok=True)
    anchor_file(estate.paths).mkdir()  # writing to it fails
    pdf = tmp_path / "月报.pdf"
    estate.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, "zh_CN", pdf))
    assert pdf.stat().st_size > 0


def test_a_forgery_before_a_printed_report_names_that_report(
    estate: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "月报-给业委会.pdf"
    report = estate.monthly_report.write_pdf(MANAGER, MonthlyFile(MONTH, "zh_CN", pdf))
    anchor_file(estate.paths).write_text(  # only the report's anchor: it is the one named
        anchor_file(estate.paths).read_text(encoding="utf-8").splitlines()[-1] + "\n",
        encoding="utf-8",
    )
    estate.close()
    tamper(estate.paths.database_file, report.audit_seq - 1, "伪造楼")
    code = run(["--data-dir", str(estate.paths.data_dir), "audit", "verify"])
    err = capsys.readouterr().err
    assert code == EXIT_AUDIT_BROKEN
    assert "report anchor" in err
    assert pdf.name in err
    assert f"#{report.audit_seq}" in err
