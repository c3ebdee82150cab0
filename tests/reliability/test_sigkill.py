"""A writer killed with SIGKILL at random moments loses nothing it reported as saved.

Each round forks a fresh child process that runs the writer (tests/reliability/writer.py)
against the same data folder and kills it with SIGKILL after a random 0.05-0.6 s (seeded,
so a failure can be replayed): counted from the start in even rounds, so some kills land
in start-up (check, migrations, the day's backup a window takes first), and from the first
save in odd rounds.
Forking keeps a round at its delay instead of a second of imports; the child is still a
separate process with its own connections, killed for real.
"""

from __future__ import annotations

import multiprocessing
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from tests.reliability.children import Report
from tests.reliability.writer import write

ROUNDS = 20
SEED = 20261126

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not hasattr(signal, "SIGKILL") or "fork" not in multiprocessing.get_all_start_methods(),
        reason="needs fork and SIGKILL (POSIX)",
    ),
]


def _writer_child(data_dir: str, prefix: str, out_file: str) -> None:
    with open(out_file, "w", encoding="utf-8") as out:
        code = write(data_dir, 99_999, prefix, numbers=False, out=out)
    sys.exit(code)


def _report(out_file: Path) -> Report:
    text = out_file.read_text("utf-8") if out_file.exists() else ""
    # Only whole lines count: a line cut short by the kill was never fully said.
    return Report([line[:-1] for line in text.splitlines(keepends=True) if line.endswith("\n")])


def _wait_for_first_save(
    out_file: Path, child: multiprocessing.process.BaseProcess, timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.is_alive():
        if out_file.exists() and "COMMITTED" in out_file.read_text("utf-8"):
            return
        time.sleep(0.005)
    # The exit-code check below says what went wrong.


def test_killed_writer_keeps_every_reported_save(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rng = random.Random(SEED)
    fork = multiprocessing.get_context("fork")
    committed: list[str] = []
    rounds_with_saves = 0
    for round_no in range(ROUNDS):
        out_file = tmp_path / f"round-{round_no:02d}.out"
        # Codes like K07-123: the dash keeps rounds apart; at most 10 characters.
        child = fork.Process(
            target=_writer_child, args=(str(data), f"K{round_no:02d}-", str(out_file))
        )
        child.start()
        delay = rng.uniform(0.05, 0.6)
        if round_no % 2:
            # Every other round: the random delay counts from the first save, so half of
            # the kills land among saves however long start-up takes on this machine.
            _wait_for_first_save(out_file, child)
        time.sleep(delay)
        child.kill()  # SIGKILL
        child.join(timeout=30)
        exitcode = child.exitcode
        child.close()
        report = _report(out_file)
        # Killed in the middle, not ended by an error of its own.
        assert exitcode == -signal.SIGKILL, (round_no, exitcode, report.lines[-3:])
        assert "DONE" not in report.lines
        committed += report.committed
        rounds_with_saves += bool(report.committed)

    db = Paths.resolve(data).database_file
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        building_rows = conn.execute("SELECT count(*) FROM building").fetchone()[0]
        audit_rows = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    finally:
        conn.close()

    # At least the rounds that waited for their first save were killed among saves.
    assert rounds_with_saves >= ROUNDS // 2, rounds_with_saves
    assert len(committed) == len(set(committed))

    services = open_services(Paths.resolve(data), fast_hashing=True)
    try:
        stored = {b.code for b in services.buildings.list(system_actor("check"))}
        assert [code for code in committed if code not in stored] == []
        # A save may commit just before the kill and not get to say so: at most one a round.
        assert 0 <= len(stored) - len(committed) <= ROUNDS
        # Every building has its audit row, written in the same transaction.
        assert audit_rows == building_rows == len(stored)
        verdict = services.audit.verify()
        assert verdict.ok, verdict
        assert verdict.checked == audit_rows
    finally:
        services.close()
