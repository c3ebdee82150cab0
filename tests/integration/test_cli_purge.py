from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from propdesk.cli import EXIT_OK, EXIT_USAGE, run
from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.store.base import utcnow
from propdesk.store.models import GateEvent


def _add_visits(data: Path, *days_ago: int) -> None:
    services = open_services(Paths.resolve(data), fast_hashing=True)
    try:
        with services.store.write() as session:
            for days in days_ago:
                session.add(
                    GateEvent(
                        kind="visitor_in",
                        occurred_at=utcnow() - timedelta(days=days),
                        station="岗亭",
                        username="guard",
                        person_name="赵六",
                        phone="13900001111",
                    )
                )
    finally:
        services.close()


def _names(data: Path) -> list[str]:
    with sqlite3.connect(data / "propdesk.db") as conn:
        rows = conn.execute("SELECT person_name FROM gate_event ORDER BY occurred_at").fetchall()
    return [name for (name,) in rows]


def test_purge_dry_run_then_for_real(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(tmp_path), "init", "--estate", "翠湖花园"]) == EXIT_OK
    _add_visits(tmp_path, 400, 200, 10)
    capsys.readouterr()

    assert run(["--data-dir", str(tmp_path), "purge", "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "cutoff: " in out
    assert "visitor records that would be blanked: 2 (dry run)" in out
    assert _names(tmp_path) == ["赵六", "赵六", "赵六"]

    assert run(["--data-dir", str(tmp_path), "purge"]) == EXIT_OK
    assert "visitor records blanked: 2" in capsys.readouterr().out
    assert _names(tmp_path) == ["", "", "赵六"]

    assert run(["--data-dir", str(tmp_path), "purge", "--days", "7"]) == EXIT_OK
    assert "visitor records blanked: 1" in capsys.readouterr().out
    assert _names(tmp_path) == ["", "", ""]


def test_purge_refuses_a_retention_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_OK
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path), "purge", "--days", "3"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "7 to 3650 days" in err
    assert "Traceback" not in err


def test_purge_in_a_real_process(tmp_path: Path) -> None:
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_OK
    _add_visits(tmp_path, 365)
    done = subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", str(tmp_path), "purge"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert "visitor records blanked: 1" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", str(tmp_path), "purge", "--days", "x"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == EXIT_USAGE  # argparse: bad usage
