"""A command run on a really full disk: the person reads "the disk is full", never a
traceback (today's failure: the log handler's own write failed and Python printed
"--- Logging error ---" with a traceback on stderr)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.children import REPO_ROOT
from tests.reliability.small_disk import fill, free_bytes, small_disk

pytestmark = pytest.mark.slow


def _propdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT / "src"),
        "LANGUAGE": "en",
        "LC_ALL": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env=env,
        cwd=REPO_ROOT,
    )


def test_a_command_on_a_full_disk_says_so_without_a_traceback(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 3072) as disk:
        data = disk / "station"
        made = _propdesk(data, "init", "--estate", "翠湖花园")
        assert made.returncode == 0, made.stderr
        # The window is open meanwhile (its connection keeps the -wal and -shm), and
        # the log was just rotated: the next log line needs a new block.
        window = sqlite3.connect(data / "propdesk.db")
        try:
            window.execute("SELECT count(*) FROM estate").fetchall()
            shutil.rmtree(data / "logs")
            fill(disk)
            assert free_bytes(disk) == 0
            # The day's automatic backup fails first (and is logged), then the command.
            ran = _propdesk(data, "backup")
        finally:
            window.close()
    assert ran.returncode == 3, ran.stderr
    assert "Traceback" not in ran.stderr
    assert "Logging error" not in ran.stderr
    assert "The disk is full. Nothing was saved" in ran.stderr
    # The backup's notice, the command's error and at most one short line about the log.
    assert len(ran.stderr.strip().splitlines()) <= 3, ran.stderr
