"""`propdesk report monthly` and `propdesk export`: success, and each documented exit code
(2 a bad month or date or an unwritable file, 5 nothing to report), with a message and
no traceback; the progress bar only on a terminal."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from propdesk.cli import EXIT_OK, EXIT_USAGE, run
from propdesk.commands import progress_bar
from propdesk.commands.report import EXIT_NOTHING_TO_REPORT, last_month
from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import Actor

MONTH = last_month(date.today())


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A small demo estate with three months of traffic, made by the real command."""
    folder = tmp_path_factory.mktemp("cli-report")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "CST-8")
        time.tzset()
        code = run(
            ["--data-dir", str(folder), "demo-data", "--scale", "0.05", "--traffic-years", "0.25"]
        )
        assert code == EXIT_OK
        yield folder
    time.tzset()


pytestmark = pytest.mark.usefixtures("beijing_time")


def report(data_dir: Path, *args: str) -> int:
    return run(["--data-dir", str(data_dir), "report", "monthly", *args])


def test_monthly_pdf(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "october.pdf"
    assert report(data_dir, "--month", MONTH.label, "--lang", "zh_TW", "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    captured = capsys.readouterr()
    assert f"月度報告 {MONTH.label} 已寫入：{out}" in captured.out  # --lang's language
    assert "\r" not in captured.out  # not a terminal: no progress bar


def test_the_report_names_its_author_never_system(data_dir: Path, tmp_path: Path) -> None:
    given = tmp_path / "by.pdf"
    assert report(data_dir, "--month", MONTH.label, "--by", "周主任", "-o", str(given)) == 0
    assert "周主任" in pdf_text(given)
    services = open_services(Paths.resolve(data_dir), fast_hashing=True)
    try:
        admin = Actor(None, "admin", "管理员", Role.ADMIN, "岗亭")
        services.accounts.create_user(admin, "boss", "钱经理", Role.MANAGER, "correct horse 42")
    finally:
        services.close()
    default = tmp_path / "manager.pdf"
    assert report(data_dir, "--month", MONTH.label, "-o", str(default)) == 0
    words = pdf_text(default)
    assert "钱经理" in words
    assert "system" not in words


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def test_monthly_workbook_by_its_suffix(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "october.xlsx"
    assert report(data_dir, "--month", MONTH.label, "--lang", "en", "-o", str(out)) == 0
    assert "27 sheets" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        assert wb.sheetnames == [
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
        ]
    finally:
        wb.close()


def test_the_default_month_is_last_month() -> None:
    assert last_month(date(2026, 11, 1)) == Period.month(2026, 10)
    assert last_month(date(2027, 1, 31)) == Period.month(2026, 12)


@pytest.mark.parametrize(
    ("month", "message"),
    [
        ("2026-13", "is not a month"),
        ("October", "is not a month"),
        (f"{date.today().year + 1}-01", "has not begun yet"),
    ],
)
def test_a_bad_month_is_exit_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], month: str, message: str
) -> None:
    out = tmp_path / "r.pdf"
    assert report(data_dir, "--month", month, "-o", str(out)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()


def test_an_unwritable_path_is_exit_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "r.pdf"
    assert report(data_dir, "--month", MONTH.label, "-o", str(out)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "cannot be written" in err
    assert "Traceback" not in err


def test_an_empty_estate_is_exit_5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "empty"
    out = tmp_path / "r.pdf"
    assert report(folder, "--month", MONTH.label, "-o", str(out)) == EXIT_NOTHING_TO_REPORT
    assert "not set up" in capsys.readouterr().err
    assert run(["--data-dir", str(folder), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert report(folder, "--month", MONTH.label, "-o", str(out)) == EXIT_NOTHING_TO_REPORT
    assert "no records" in capsys.readouterr().err
    code = run(
        ["--data-dir", str(folder), "export", "gate", "--from", "2026-10-01", "--to",
         "2026-10-31", "-o", str(tmp_path / "g.xlsx")]
    )  # fmt: skip
    assert code == EXIT_NOTHING_TO_REPORT
    assert not out.exists()


def export(data_dir: Path, *args: str) -> int:
    return run(["--data-dir", str(data_dir), "export", *args])


@pytest.mark.parametrize(("table", "sheet"), [("gate", "门岗日志"), ("repairs", "报修工单")])
def test_export_a_table_of_a_month(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, sheet: str
) -> None:
    out = tmp_path / f"{table}.xlsx"
    dates = ["--from", MONTH.first.isoformat(), "--to", MONTH.last.isoformat()]
    assert export(data_dir, table, *dates, "--lang", "zh_CN", "-o", str(out)) == EXIT_OK
    printed = capsys.readouterr().out
    assert "已写入" in printed  # --lang's language
    rows = int(re.search(r"：([\d,]+) 行", printed).group(1).replace(",", ""))  # type: ignore[union-attr]
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        assert wb.sheetnames == [sheet]
        header, *body = list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()
    assert len(body) == rows > 0
    # With names (whoever runs the command holds the database).
    assert ("姓名" if table == "gate" else "报修人") in header


def test_export_with_the_end_before_the_start_is_exit_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "g.xlsx"
    code = export(data_dir, "gate", "--from", "2026-10-31", "--to", "2026-10-01", "-o", str(out))
    assert code == EXIT_USAGE
    assert "before the start" in capsys.readouterr().err
    assert not out.exists()


def test_export_with_a_bad_date_or_table_is_exit_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (
        ["gate", "--from", "2026-10-1x", "--to", "2026-10-31"],
        ["visitors", "--from", "2026-10-01", "--to", "2026-10-31"],
    ):
        with pytest.raises(SystemExit) as caught:
            export(data_dir, *args, "-o", str(tmp_path / "x.xlsx"))
        assert caught.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "is not a date" in err
    assert "invalid choice" in err


def test_the_progress_bar_draws_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert progress_bar.terminal_progress("x") is None  # captured: not a terminal

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    show = progress_bar.terminal_progress("monthly report")
    assert show is not None
    assert show(5, 10) is True
    show(7, None)
    progress_bar.end_line(show)
    drawn = screen.getvalue()
    assert "\rmonthly report [" in drawn
    assert " 50%" in drawn
    assert "\rmonthly report 7" in drawn
    assert drawn.endswith("\n")


def test_report_in_a_real_process(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", str(data_dir), "report", "monthly",
         "--month", MONTH.label, "-o", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "TZ": "CST-8"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.exists()
    assert "--month" in subprocess.run(
        [sys.executable, "-m", "propdesk", "report", "monthly", "--help"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
