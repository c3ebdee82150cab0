"""The monthly report of the last complete month on five years of demo data (~2 million
gate events, ~50,000 repair tickets): its figures, the A4 PDF and the monthly workbook.

The demo database is built once by the real command (`propdesk demo-data`, in a child
process), or taken from PROPDESK_BENCH_DEMO=DIR when a built one is at hand (it is only
read). Baselines in the same run: the figures' SELECTs replayed with bare sqlite3; a
plain platypus document of as many pages (Helvetica tables, no charts, no CJK font);
openpyxl writing as many rows and columns of plain values in write-only mode.
Goal: the PDF (figures included) ≤ 3 s.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
from sqlalchemy import event

from propdesk.commands.report import last_month
from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.reporting.monthly_report import MonthlyFile
from tests.bench.timing import report

PDF_RUNS = 7
DATA_RUNS = 15
XLSX_RUNS = 2
PDF_GOAL_S = 3.0
MANAGER = Actor(None, "bench", "陈经理", Role.MANAGER, "客服中心")
DEMO_ENV = "PROPDESK_BENCH_DEMO"


def _build(folder: str) -> None:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", folder, "demo-data"],
        check=True,
        capture_output=True,
        text=True,
    )
    print(f"  demo estate + 5 years built in {time.perf_counter() - started:.1f} s")
    print(f"    {done.stdout.strip()}")


def _times(fn: Callable[[], object], runs: int, warm_up: int = 1) -> list[float]:
    for _ in range(warm_up):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def _selects(services: Services, fn: Callable[[], object]) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, params))

    event.listen(services.store.engine, "before_cursor_execute", capture)
    try:
        fn()
    finally:
        event.remove(services.store.engine, "before_cursor_execute", capture)
    return seen


def _figures(services: Services) -> None:
    month = last_month(date.today())
    selects = _selects(services, lambda: services.monthly_report.data(MANAGER, month))
    raw = sqlite3.connect(services.paths.database_file)
    try:

        def replay() -> None:
            for statement, params in selects:
                raw.execute(statement, params).fetchall()

        print(f"  -- figures of {month.label}: {len(selects)} SELECTs")
        base = report("raw sqlite3, same SELECTs (baseline)", _times(replay, DATA_RUNS))
    finally:
        raw.close()
    median = report(
        "MonthlyReportService.data",
        _times(lambda: services.monthly_report.data(MANAGER, month), DATA_RUNS),
    )
    print(f"  ratio service / raw: {median / base:.2f}")


def _plain_pdf(pages: int) -> None:
    """A platypus document of `pages` pages of ruled tables in a built-in font."""
    sheet = getSampleStyleSheet()
    story: list[Any] = []
    for page in range(pages):
        story.append(Paragraph(f"Page {page + 1}", sheet["Heading1"]))
        story.append(Table([[f"r{r}c{c}" for c in range(8)] for r in range(38)]))
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)


def _pdf(services: Services, folder: Path) -> None:
    month = last_month(date.today())
    path = folder / "monthly.pdf"
    print(f"  -- the {month.label} PDF (figures + layout + charts + font subset)")
    for lang in ("zh_CN", "en"):
        times = _times(
            lambda lang=lang: services.monthly_report.write_pdf(  # type: ignore[misc]
                MANAGER, MonthlyFile(month, lang, path)
            ),
            PDF_RUNS,
        )
        median = report(f"write_pdf {lang}", times)
        verdict = "ok" if max(times) <= PDF_GOAL_S else "OVER GOAL"
        print(f"  slowest {max(times):.2f} s vs {PDF_GOAL_S:.0f} s: {verdict}")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False)
    pages = next(
        (int(line.split()[-1]) for line in info.stdout.splitlines() if line.startswith("Pages:")),
        5,
    )
    print(f"  {pages} pages, {path.stat().st_size / 1024:.0f} KB")
    base = report(
        f"plain platypus, {pages} pages (baseline)", _times(lambda: _plain_pdf(pages), PDF_RUNS)
    )
    print(f"  ratio report / plain: {median / base:.1f}")


def _plain_workbook(sheets: list[tuple[int, int]], path: Path) -> None:
    wb = Workbook(write_only=True)
    for rows, columns in sheets:
        ws = wb.create_sheet()
        for r in range(rows):
            ws.append([r] * columns)
    wb.save(path)


def _workbook(services: Services, folder: Path) -> None:
    month = last_month(date.today())
    path = folder / "monthly.xlsx"
    print(f"  -- the {month.label} workbook (every module's figures and records sheets)")
    written: list[int] = []

    def write() -> None:
        _, rows = services.monthly_report.write_workbook(MANAGER, MonthlyFile(month, "zh_CN", path))
        written[:] = rows

    median = report("write_workbook", _times(write, XLSX_RUNS, warm_up=0), unit="s", scale=1)
    print(f"  rows per sheet {written}, {path.stat().st_size / 1024 / 1024:.1f} MB")
    # Each sheet's rows and columns as written (read back untimed), for the baseline.
    book = load_workbook(path, read_only=True)
    try:
        widths = [ws.max_column or 1 for ws in book.worksheets]
    finally:
        book.close()
    shape = list(zip(written, widths, strict=True))
    base = report(
        "openpyxl, same rows × cols (baseline)",
        _times(lambda: _plain_workbook(shape, folder / "plain.xlsx"), XLSX_RUNS, warm_up=0),
        unit="s",
        scale=1,
    )
    print(f"  ratio workbook / plain: {median / base:.1f}")


def run() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = os.environ.get(DEMO_ENV)
        if not folder:
            folder = str(Path(scratch) / "demo")
            _build(folder)
        services = open_services(Paths.resolve(folder), fast_hashing=True)
        try:
            _figures(services)
            _pdf(services, Path(scratch))
            _workbook(services, Path(scratch))
        finally:
            services.close()
