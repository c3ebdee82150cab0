"""Private by default: everything propdesk keeps is for its owner only (folders 0700,
files 0600 on POSIX) — the database holds residents' ID numbers and password hashes.

The commands run in child processes started with the usual umask 022, so each file's
mode is what propdesk made it, not what this test process happens to use.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from propdesk.config import Paths
from propdesk.services.station.backup import ensure_daily_backup
from tests.reliability.children import REPO_ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _propdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src"), "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env=env,
        cwd=REPO_ROOT,
        preexec_fn=lambda: os.umask(0o022),  # the usual umask, not ours
    )


def _open_to_others(data: Path) -> list[str]:
    """Every folder and file under `data` that someone other than the owner may use."""
    loose = []
    for item in [data, *data.rglob("*")]:
        mode = stat.S_IMODE(item.lstat().st_mode)
        if mode & 0o077:
            loose.append(f"{item.relative_to(data.parent)} {mode:o}")
    return loose


def test_every_kind_of_file_is_for_the_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "station"
    made = _propdesk(data, "init", "--estate", "翠湖花园", "--station", "岗亭")
    assert made.returncode == 0, made.stderr
    assert _propdesk(data, "backup").returncode == 0  # manual-…
    assert ensure_daily_backup(Paths.resolve(data)) is not None  # auto-…, as the window
    (manual,) = (data / "backups").glob("manual-*.db")
    assert _propdesk(data, "restore", str(manual)).returncode == 0  # before-restore-…
    # A damaged database (written world-readable) is moved aside …
    (data / "propdesk.db").write_bytes(b"not a database" * 500)
    (data / "propdesk.db").chmod(0o644)
    assert _propdesk(data, "init").returncode == 3
    # … a settings file that cannot be read is kept aside …
    (data / "config" / "settings.json").write_text("{broken", "utf-8")
    (data / "config" / "settings.json").chmod(0o644)
    assert _propdesk(data, "init", "--station", "岗亭").returncode == 0
    # … and the database's -wal and -shm while it is open.
    window = sqlite3.connect(data / "propdesk.db")
    try:
        window.execute("SELECT count(*) FROM estate").fetchall()
        kinds = {
            "database": data / "propdesk.db",
            "wal": data / "propdesk.db-wal",
            "shm": data / "propdesk.db-shm",
            "settings": data / "config" / "settings.json",
            "log": data / "logs" / "propdesk.log",
        }
        for kind, file in kinds.items():
            assert file.exists(), kind
        for pattern in ("propdesk.db.corrupt-*", "config/settings.json.bad-*"):
            assert list(data.glob(pattern)), pattern
        for pattern in ("auto-*.db", "manual-*.db", "before-restore-*.db"):
            assert list((data / "backups").glob(pattern)), pattern
        assert _open_to_others(data) == []
    finally:
        window.close()


def test_an_older_versions_loose_files_are_tightened_at_start(tmp_path: Path) -> None:
    data = tmp_path / "station"
    assert _propdesk(data, "init", "--estate", "翠湖花园").returncode == 0
    assert _propdesk(data, "backup").returncode == 0
    for item in [data, *data.rglob("*")]:  # as an older propdesk left them
        item.chmod(0o755 if item.is_dir() else 0o644)
    assert _open_to_others(data) != []

    assert _propdesk(data, "audit", "verify").returncode == 0

    assert _open_to_others(data) == []
