"""The patrols' section of the monthly report: the story builds in every language
(heading, figures, chart, late and missed slots, guards, findings and what became of
them), the PDF says so, "Patrols by day" holds each day and the month's total, and a
month without patrol records says so in one line."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.blocks import StoryContext
from propdesk.reports.monthly.document import monthly_pdf
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.patrol_section import PatrolFigures
from propdesk.reports.monthly.patrol_values import (
    FindingOutcome,
    GuardFigures,
    MissedSlot,
    PatrolDay,
)
from propdesk.reports.monthly.styles import styles
from propdesk.reports.patrol.labels import patrol_label
from propdesk.reports.xlsx_export import export_tables

LANGS = ("zh_CN", "zh_TW", "en")
GUARDS = ("王建国", "李保安", "张伟", "陈志强")
OCT = Period.month(2026, 10)

pytestmark = pytest.mark.usefixtures("beijing_time")


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """Beijing time on a day of October 2026, as aware UTC."""
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def october(*, findings: int = 47, missed_total: int = 93) -> PatrolFigures:
    """A month of patrols: the first two days before the module was used (no slots)."""
    days = []
    for day in range(1, 32):
        if day <= 2:
            days.append(PatrolDay(date(2026, 10, day), 0, 0, 0, 0))
            continue
        late, missed = day % 3, day % 2
        days.append(PatrolDay(date(2026, 10, day), 32, 32 - late - missed, late, missed))
    slots = [
        MissedSlot(local(3 + n // 3, 2 + n % 3, 30), Verdict.LATE, "东区巡逻", GUARDS[n % 4])
        if n % 2
        else MissedSlot(local(3 + n // 3, 2 + n % 3), Verdict.MISSED, "", "")
        for n in range(min(60, missed_total))
    ]
    outcomes = tuple(
        FindingOutcome(
            number=f"XL202610-{100 + n:04d}-1",
            seen_at=local(3 + n % 28, 22, n),
            checkpoint="配电房" if n % 2 else "地下车库B1入口",
            category=list(FindingCategory)[n % len(FindingCategory)],
            seen="配电房门未锁，门锁锁舌损坏 <需更换>" if n % 2 else "入口处两盏灯不亮",
            action="已用挂锁临时锁好，报告值班经理 & 工程部",
            ticket=f"WX202610-{n + 1:04d}" if n % 3 else "",
            ticket_closed=(n % 2 == 0) if n % 3 else None,
            resolved=n % 4 != 1,
        )
        for n in range(min(40, findings))
    )
    scheduled = sum(d.scheduled for d in days)
    on_time = sum(d.on_time for d in days)
    return PatrolFigures(
        days=tuple(days),
        scheduled=scheduled,
        on_time=on_time,
        late=sum(d.late for d in days),
        missed=sum(d.missed for d in days),
        rounds=on_time + sum(d.late for d in days) + 12,
        extra_rounds=12,
        abandoned=4,
        visits=8_123,
        skipped_checkpoints=37,
        too_fast_rounds=9,
        missed_slots=tuple(slots),
        missed_slots_total=missed_total,
        guards=tuple(
            GuardFigures(name, 230 + i, 220 + i, 8 - i, i, 11 - i) for i, name in enumerate(GUARDS)
        ),
        findings=outcomes,
        findings_total=findings,
        findings_open=findings // 5,
        tickets_opened=findings // 3,
    )


def quiet_month() -> PatrolFigures:
    days = tuple(PatrolDay(date(2026, 10, d), 0, 0, 0, 0) for d in range(1, 32))
    return PatrolFigures(days, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (), 0, (), (), 0, 0, 0)


def report(section: PatrolFigures) -> MonthlyReport:
    return MonthlyReport(
        estate="阳光花园",
        period=OCT,
        prepared_by="陈经理",
        generated_at=datetime(2026, 11, 2, 1, 0, tzinfo=UTC),
        audit_hash="ab12cd34",
        targets=(),
        sections=(section,),
    )


def texts(flowables: list[Flowable]) -> list[str]:
    """The paragraphs' texts in story order, inside kept-together blocks and tables."""
    found: list[str] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            found.append(flowable.getPlainText())
        elif isinstance(flowable, KeepTogether):
            found += texts(flowable._content)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for value in row:
                    cells = value if isinstance(value, list) else [value]
                    found += texts([c for c in cells if isinstance(c, Flowable)])
                    found += [c for c in cells if isinstance(c, str)]
    return found


def story(section: PatrolFigures, lang: str) -> list[Flowable]:
    return section.story(StoryContext(lang, styles(lang), ()))


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return re.sub(r"\s+", "", done.stdout)


@pytest.mark.parametrize("lang", LANGS)
def test_the_story_has_every_part_in_each_language(lang: str) -> None:
    flow = story(october(), lang)
    found = texts(flow)
    joined = "\n".join(found)  # a cell of several lines is one paragraph
    heading = patrol_label("section.patrol", lang)
    assert any(text.endswith(heading) for text in found)
    for key in (
        "month.scheduled",
        "month.on_time_share",
        "month.chart",
        "month.late_heading",
        "month.guards_heading",
        "month.findings_heading",
        "ticket.closed",
        "ticket.open",
    ):
        assert patrol_label(key, lang) in joined, key
    # 29 days of 32 slots; the first two days had none.
    assert "928" in found
    assert "阳光花园" not in found  # the section names no estate: the report does
    assert patrol_label("month.late_note", lang, shown=60, total=93) in found
    assert patrol_label("month.findings_note", lang, total=47, open=9, shown=40) in found
    assert {"王建国", "10-03 02:00", "10-03 03:30"} <= set(found)
    assert "XL202610-0139-1" in joined
    assert "WX202610-0002" in joined
    assert "配电房门未锁，门锁锁舌损坏 <需更换>" in found  # as typed, < > included
    charts = [f for block in flow if isinstance(block, KeepTogether) for f in block._content]
    assert any(isinstance(f, Drawing) for f in charts)


def test_a_short_list_has_no_note_of_what_is_left_out() -> None:
    found = texts(story(october(findings=3, missed_total=5), "en"))
    assert not any(text.startswith("The first") for text in found)
    assert "3 findings, 0 not resolved; the first 3 are listed." in found


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_says_what_the_section_holds(lang: str, tmp_path: Path) -> None:
    flat = pdf_text(monthly_pdf(report(october()), lang), tmp_path)
    for expected in (
        patrol_label("section.patrol", lang),
        patrol_label("month.findings_heading", lang),
        "配电房门未锁",
        "WX202610-0002",
        "陈志强",
        "10-03 03:30",  # a late slot, in local time
    ):
        assert re.sub(r"\s+", "", expected) in flat, expected


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_month_says_so_in_one_line(lang: str, tmp_path: Path) -> None:
    section = quiet_month()
    assert section.is_empty
    flow = story(section, lang)
    found = texts(flow)
    assert found[-1] == patrol_label("month.none", lang)
    assert len(found) == 2  # the heading and that line
    flat = pdf_text(monthly_pdf(report(section), lang), tmp_path)
    assert re.sub(r"\s+", "", patrol_label("month.none", lang)) in flat


def test_a_month_of_missed_slots_alone_is_not_empty() -> None:
    days = tuple(PatrolDay(date(2026, 10, d), 32, 0, 0, 32) for d in range(1, 32))
    missed = tuple(MissedSlot(local(1, h), Verdict.MISSED, "", "") for h in range(10))
    section = PatrolFigures(days, 992, 0, 0, 992, 0, 0, 0, 0, 0, 0, missed, 992, (), (), 0, 0, 0)
    assert not section.is_empty
    found = texts(story(section, "zh_CN"))
    assert patrol_label("month.none", "zh_CN") not in found
    assert "0.0%" in " ".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheet_has_each_day_and_the_months_total(lang: str) -> None:
    (sheet,) = october().sheets(lang)
    assert sheet.title == patrol_label("sheet.daily", lang)
    assert len(sheet.title) <= 31
    headers = [c.header for c in sheet.columns]
    assert headers[0] == patrol_label("col.day", lang)
    assert headers[-1] == patrol_label("col.on_time_percent", lang)
    rows = [list(row) for row in sheet.rows]
    assert sheet.total == len(rows) == 32
    assert rows[0] == [date(2026, 10, 1), 0, 0, 0, 0, None]  # no slots: no share
    assert rows[2] == [date(2026, 10, 3), 32, 31, 0, 1, Decimal("96.8")]
    assert rows[3] == [date(2026, 10, 4), 32, 31, 1, 0, Decimal("96.8")]  # cut, not rounded
    assert rows[4] == [date(2026, 10, 5), 32, 29, 2, 1, Decimal("90.6")]
    late = sum(row[3] for row in rows[:-1])
    missed = sum(row[4] for row in rows[:-1])
    assert (late, missed) == (28, 15)
    assert rows[-1] == [
        patrol_label("month.total", lang),
        928,
        928 - late - missed,
        late,
        missed,
        Decimal("95.3"),
    ]


def test_the_sheet_reads_back_from_the_workbook(tmp_path: Path) -> None:
    path = tmp_path / "month.xlsx"
    export_tables(path, october().sheets("zh_CN"))
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book["巡逻每日统计"]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert rows[0][0] == "日期"
    assert rows[4][1:] == (32, 31, 1, 0, 96.8)
    assert rows[1][1:5] == (0, 0, 0, 0)
    assert rows[1][5:] in ((), (None,))  # no share (read-only sheets may drop the cell)
    assert rows[-1][0] == "本月合计"
