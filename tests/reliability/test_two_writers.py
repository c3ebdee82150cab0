"""Two real processes writing to one database at once: they queue, they never fail.

Both writers import first, then start together (a line on stdin): they open the same
data folder at the same moment, which also races the start-up steps (migrations on a
fresh folder) and the day's backup a window takes first (on an existing one).
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.numbering import NumberKind, format_number
from propdesk.services.bootstrap import open_services
from propdesk.store.models import AuditEntry
from tests.reliability.children import Report, finish, go, start_writer, wait_ready
from tests.reliability.writer import NUMBER_DAY

pytestmark = pytest.mark.slow

RECORDS_EACH = 3000
NUMBERS_EACH = 500


def _run_together(
    tmp_path: Path, data: Path, count: int, prefixes: tuple[str, str], *, numbers: bool
) -> list[tuple[subprocess.Popen[str], Report, str]]:
    errs = [tmp_path / f"writer-{prefix}.err" for prefix in prefixes]
    procs = [
        start_writer(data, count, prefix, numbers=numbers, stderr_file=err)
        for prefix, err in zip(prefixes, errs, strict=True)
    ]
    for proc in procs:
        wait_ready(proc)
    for proc in procs:
        go(proc)
    reports = [finish(proc, timeout=300) for proc in procs]
    return [
        (proc, report, err.read_text("utf-8"))
        for proc, report, err in zip(procs, reports, errs, strict=True)
    ]


def test_two_processes_write_3000_audited_records_each(tmp_path: Path) -> None:
    data = tmp_path / "fresh"  # neither finds a database: both start by migrating
    results = _run_together(tmp_path, data, RECORDS_EACH, ("A", "B"), numbers=False)
    for proc, report, err in results:
        assert proc.returncode == 0, (report.lines[-3:], err[-2000:])
        assert "locked" not in err.lower()
        assert report.lines[-1] == "DONE"
        assert len(report.committed) == RECORDS_EACH

    db = Paths.resolve(data).database_file
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM building").fetchone()[0] == 2 * RECORDS_EACH
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 2 * RECORDS_EACH
        assert conn.execute("SELECT min(seq), max(seq) FROM audit_entry").fetchone() == (
            1,
            2 * RECORDS_EACH,
        )
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    services = open_services(Paths.resolve(data), fast_hashing=True)
    try:
        verdict = services.audit.verify()
        assert verdict.ok, verdict
        assert verdict.checked == 2 * RECORDS_EACH
    finally:
        services.close()


def test_two_processes_allocate_numbers_without_duplicates(tmp_path: Path) -> None:
    data = tmp_path / "station"
    paths = Paths.resolve(data)
    first = open_services(paths, fast_hashing=True)
    first.estate.set_up("翠湖花园")  # a database with the office's data is backed up
    first.close()
    assert list(paths.backup_dir.glob("auto-*.db")) == []  # both writers find it due

    results = _run_together(tmp_path, data, NUMBERS_EACH, ("A", "B"), numbers=True)
    allocated: list[str] = []
    for proc, report, err in results:
        assert proc.returncode == 0, (report.lines[-3:], err[-2000:])
        assert "locked" not in err.lower()
        assert len(report.numbers) == NUMBERS_EACH
        # Each process sees its own numbers rising.
        assert report.numbers == sorted(report.numbers)
        allocated += report.numbers

    expected = [
        format_number(NumberKind.TEST, f"{NUMBER_DAY:%Y%m}", n)
        for n in range(1, 2 * NUMBERS_EACH + 1)
    ]
    assert sorted(allocated) == expected  # no duplicates, no gaps: 1 … 2N
    # Both made (or found) the day's backup; no half copies are left behind.
    assert list(paths.backup_dir.glob("auto-*.db"))
    assert list(paths.backup_dir.glob("*.partial")) == []

    services = open_services(paths, fast_hashing=True)
    try:
        verdict = services.audit.verify()
        assert verdict.ok, verdict
        assert verdict.checked == 2 * NUMBERS_EACH + 1  # and the estate's set-up
        with services.store.read() as session:
            audited = session.scalars(
                select(AuditEntry.entity_id).where(AuditEntry.entity == "number")
            ).all()
        assert sorted(audited) == expected
    finally:
        services.close()
