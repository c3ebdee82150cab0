"""An empty or damaged database file is damage, never "no database yet"; a backup is good
only when it holds the office's data; a new database file appears whole or not at all.

The issue's story: a damaged file was moved aside, the next command made an empty
database and a verified backup of it, and that empty copy became "the newest good
backup" — the real one would have been passed over.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from propdesk.cli import EXIT_OK, EXIT_STORAGE, EXIT_USAGE, run
from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem, ValidationError
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.station.backup import ensure_daily_backup, newest_good_backup
from propdesk.store.backup_contents import read_contents
from tests.reliability.children import REPO_ROOT

ACTOR = system_actor("岗亭")
ESTATE = "翠湖花园"


def _real_station(paths: Paths) -> Path:
    """A station with its estate and a few buildings, and a manual backup of it."""
    services = open_services(paths, fast_hashing=True)
    try:
        services.estate.set_up(ESTATE)
        for code in ("1", "2", "3"):
            services.buildings.create(ACTOR, BuildingInput(code, f"{code}号楼", 18))
        return services.backups.backup_now(ACTOR)
    finally:
        services.close()


def _moved_aside(paths: Paths) -> list[Path]:
    found = paths.data_dir.glob("propdesk.db.corrupt-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


def _open_fails_as_damaged(paths: Paths) -> StorageError:
    with pytest.raises(StorageError) as caught:
        open_services(paths, fast_hashing=True)
    assert caught.value.problem is StorageProblem.CORRUPT
    return caught.value


def test_a_zero_byte_database_is_damage_not_a_new_start(paths: Paths) -> None:
    real = _real_station(paths)
    paths.database_file.write_bytes(b"")
    wal = b"what the log held when the file was emptied" * 10
    Path(f"{paths.database_file}-wal").write_bytes(wal)

    error = _open_fails_as_damaged(paths)

    (aside,) = _moved_aside(paths)
    assert aside.name in error.message
    assert aside.stat().st_size == 0
    assert Path(f"{aside}-wal").read_bytes() == wal  # kept beside it, byte for byte
    assert not paths.database_file.exists()  # not silently replaced by an empty one
    offered = newest_good_backup(paths.backup_dir)
    assert offered is not None
    assert offered.path == real


def test_after_the_damage_no_empty_backup_becomes_the_good_one(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    real = _real_station(paths)
    paths.database_file.write_bytes(b"not a database, not any more " * 300)
    data = str(paths.data_dir)
    assert run(["--data-dir", data, "init"]) == EXIT_STORAGE  # moved aside, backup offered
    assert f"the newest good backup is {real}" in capsys.readouterr().err

    # The next commands start on a new, empty database (no estate): its automatic
    # backup is not made, a manual one is refused, and the real backup stays the offer.
    assert run(["--data-dir", data, "init"]) == EXIT_OK
    assert run(["--data-dir", data, "backup"]) == EXIT_USAGE
    assert "no estate" in capsys.readouterr().err
    assert ensure_daily_backup(paths, now=datetime.now() + timedelta(days=1)) is None
    made = sorted(p.name for p in paths.backup_dir.glob("*.db"))
    assert made == [real.name], made
    offered = newest_good_backup(paths.backup_dir)
    assert offered is not None
    assert offered.path == real


def test_an_empty_copy_in_the_backup_folder_is_never_the_good_one(paths: Paths) -> None:
    real = _real_station(paths)
    empty_station = Paths.resolve(paths.data_dir.parent / "empty")
    open_services(empty_station, fast_hashing=True).close()
    empty = paths.backup_dir / "manual-29991231-235959.db"  # newer, passes integrity_check
    empty.write_bytes(empty_station.database_file.read_bytes())
    later = time.time() + 3600
    os.utime(empty, (later, later))
    contents = read_contents(empty)
    assert contents is not None
    assert not contents.holds_data

    offered = newest_good_backup(paths.backup_dir)

    assert offered is not None
    assert offered.path == real


def test_a_manual_backup_of_a_database_without_estate_is_refused(paths: Paths) -> None:
    services = open_services(paths, fast_hashing=True)
    try:
        services.buildings.create(ACTOR, BuildingInput("1", "1号楼", 18))
        with pytest.raises(ValidationError) as caught:
            services.backups.backup_now(ACTOR)
        assert "no estate" in caught.value.message
        assert list(paths.backup_dir.glob("*.db")) == []
        assert services.backups.ensure_daily() is None
    finally:
        services.close()


STARTERS = 6


@pytest.mark.slow
def test_many_programs_starting_at_once_on_a_new_folder_never_see_damage(
    tmp_path: Path,
) -> None:
    """SQLite makes a 0-byte file when it opens a path that does not exist; were that
    visible, a second program starting at the same moment would call it damaged. The
    new file is made under another name and linked into place whole."""
    data = tmp_path / "new-station"
    code = (
        "import sys\n"
        "from propdesk.config import Paths\n"
        "from propdesk.services.bootstrap import open_services\n"
        "sys.stdout.write('READY\\n'); sys.stdout.flush(); sys.stdin.readline()\n"
        f"open_services(Paths.resolve({str(data)!r}), fast_hashing=True).close()\n"
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(STARTERS)
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline() == "READY\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = [child.communicate(timeout=180) for child in children]
    for child, (_out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err[-2000:]
    paths = Paths.resolve(data)
    assert _moved_aside(paths) == []
    assert sorted(p.name for p in data.glob("propdesk.db*")) == ["propdesk.db"]
    assert [p.name for p in data.iterdir() if p.name.startswith(".")] == []  # no temp left
