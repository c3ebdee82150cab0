"""`propdesk --version` and `--help`, whole process, against `python -c pass` in the same run.

Issue 18's goal: within 15× a bare interpreter, importing neither Qt, SQLAlchemy,
openpyxl nor reportlab (tests/integration/test_cli_imports.py checks the imports; this
measures the time). The two are timed in turn, pair by pair, so a noisy machine slows
both alike.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from tests.bench.timing import report

RUNS = 15
GOAL = 15.0

COMMANDS = {
    "propdesk --version": ["-m", "propdesk", "--version"],
    "propdesk --help": ["-m", "propdesk", "--help"],
    "propdesk report monthly --help": ["-m", "propdesk", "report", "monthly", "--help"],
}
BARE = ["-c", "pass"]


def _once(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def _paired(args: list[str]) -> tuple[list[float], list[float]]:
    """Seconds of `args` and of the bare interpreter, run in turn `RUNS` times."""
    _once(args)  # warm the file cache for both
    _once(BARE)
    ours, bare = [], []
    for _ in range(RUNS):
        ours.append(_once(args))
        bare.append(_once(BARE))
    return ours, bare


def run() -> None:
    for label, args in COMMANDS.items():
        ours, bare = _paired(args)
        report(f"{label}", ours)
        report("python -c pass (baseline)", bare)
        ratio = statistics.median(o / b for o, b in zip(ours, bare, strict=True))
        verdict = "within" if ratio <= GOAL else "over"
        print(f"  ratio {label} / python -c pass: {ratio:.1f} ({verdict} the goal of {GOAL:g}×)")
