"""Unusable storage gives a clear message and never costs data.

Read-only folder or file, a garbage or damaged database file, a database locked by
another program, a folder name that is awkward in a URI.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from propdesk.cli import EXIT_OK, EXIT_STORAGE, run
from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.station.backup import ensure_daily_backup, newest_good_backup
from tests.reliability.children import finish, go, start_writer, wait_ready

ACTOR = system_actor("岗亭")


def _station(paths: Paths, codes: list[str]) -> None:
    services = open_services(paths, fast_hashing=True)
    try:
        services.estate.set_up("翠湖花园")  # the office's data: backups are made of it
        for code in codes:
            services.buildings.create(ACTOR, BuildingInput(code, f"{code}号楼", 18))
    finally:
        services.close()


def _codes(paths: Paths) -> set[str]:
    services = open_services(paths, fast_hashing=True)
    try:
        return {b.code for b in services.buildings.list(ACTOR)}
    finally:
        services.close()


def _building_count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM building").fetchone()[0])
    finally:
        conn.close()


# --- read-only -----------------------------------------------------------------------


def test_impossible_data_folder_is_a_clear_read_only_error(tmp_path: Path) -> None:
    # A regular file where a folder should be: no one, not even root, can write there.
    (tmp_path / "blocked").write_text("not a folder")
    paths = Paths.resolve(tmp_path / "blocked" / "data")
    with pytest.raises(StorageError) as caught:
        open_services(paths, fast_hashing=True)
    assert caught.value.problem is StorageProblem.READ_ONLY
    assert "cannot be written" in caught.value.message
    assert str(paths.data_dir.parent) in caught.value.message


def _unprivileged(tmp_path: Path) -> tuple[str, ...]:
    """A command prefix under which permission bits hold (root ignores them).

    Not root: nothing needed. Root: setpriv drops the capabilities that override them;
    if that is not possible here, skip.
    """
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permission bits are not enforced")
    prefix = (setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner")
    probe = tmp_path / "probe"
    probe.write_text("")
    probe.chmod(0o444)
    tried = subprocess.run(
        [*prefix, sys.executable, "-c", f"open({str(probe)!r}, 'a')"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if "PermissionError" not in tried.stderr:
        pytest.skip(f"cannot drop root's permission override here: {tried.stderr[-300:]}")
    return prefix


def _save_in_child(tmp_path: Path, data: Path, prefix: tuple[str, ...]) -> tuple[int, list[str]]:
    proc = start_writer(data, 1, "RO", stderr_file=tmp_path / "child.err", command_prefix=prefix)
    wait_ready(proc)
    go(proc)
    report = finish(proc)
    return proc.returncode, report.lines


@pytest.mark.slow
def test_read_only_database_file_is_a_clear_error_and_nothing_changes(tmp_path: Path) -> None:
    prefix = _unprivileged(tmp_path)
    paths = Paths.resolve(tmp_path / "data")
    _station(paths, ["1", "2"])
    paths.database_file.chmod(0o444)
    try:
        code, lines = _save_in_child(tmp_path, paths.data_dir, prefix)
    finally:
        paths.database_file.chmod(0o644)
    assert code == 3, lines
    assert lines[-1].startswith("STORAGE_ERROR read_only "), lines
    assert "cannot be written to" in lines[-1]
    assert not any(line.startswith("COMMITTED") for line in lines)
    assert _building_count(paths.database_file) == 2


@pytest.mark.slow
def test_read_only_data_folder_is_a_clear_error_and_nothing_changes(tmp_path: Path) -> None:
    prefix = _unprivileged(tmp_path)
    paths = Paths.resolve(tmp_path / "data")
    _station(paths, ["1", "2"])
    paths.data_dir.chmod(0o555)
    try:
        code, lines = _save_in_child(tmp_path, paths.data_dir, prefix)
    finally:
        paths.data_dir.chmod(0o755)
    assert code == 3, lines
    assert lines[-1].startswith("STORAGE_ERROR read_only "), lines
    assert "cannot be written to" in lines[-1]
    assert _building_count(paths.database_file) == 2


# --- damaged -------------------------------------------------------------------------


def _moved_aside(paths: Paths) -> list[Path]:
    """Database files kept as propdesk.db.corrupt-<stamp> (their -wal/-shm go along)."""
    found = paths.data_dir.glob("propdesk.db.corrupt-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


GARBAGE = b"this is not sqlite at all \x00\xff" * 200


def test_garbage_database_is_moved_aside_never_overwritten(paths: Paths) -> None:
    paths.ensure()
    paths.database_file.write_bytes(GARBAGE)
    with pytest.raises(StorageError) as caught:
        open_services(paths, fast_hashing=True)
    assert caught.value.problem is StorageProblem.CORRUPT
    assert "damaged" in caught.value.message
    aside = _moved_aside(paths)
    assert [a.name for a in aside] == [Path(caught.value.detail).name]
    assert aside[0].name in caught.value.message  # the user is told where it went
    assert aside[0].read_bytes() == GARBAGE
    assert not paths.database_file.exists()
    # No backup was taken of the damaged file.
    assert list(paths.backup_dir.glob("*.db")) == []

    # The next start begins with a new, empty database; the damaged file stays as it was.
    services = open_services(paths, fast_hashing=True)
    services.close()
    assert aside[0].read_bytes() == GARBAGE
    assert len(_moved_aside(paths)) == 1


def _damage_table(db: Path, table: str) -> None:
    """Scribble over the root page of `table`: the header stays, the file is malformed."""
    conn = sqlite3.connect(db)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = root.fetchone()[0]
    finally:
        conn.close()
    with db.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(b"\xa5" * 64)


def test_damaged_database_is_moved_aside_and_the_newest_good_backup_offered(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    _station(paths, [str(n) for n in range(1, 41)])
    services = open_services(paths, fast_hashing=True)  # the day's automatic backup
    good = services.backups.backup_now(ACTOR)  # and a manual one, newer
    services.close()
    # A newer file in the backup folder that is no good must be passed over.
    bad = paths.backup_dir / "manual-99991231-000000.db"
    bad.write_bytes(GARBAGE)
    later = time.time() + 60
    os.utime(bad, (later, later))

    _damage_table(paths.database_file, "building")
    damaged = paths.database_file.read_bytes()
    backups_before = sorted(p.name for p in paths.backup_dir.iterdir())
    with pytest.raises(StorageError) as caught:
        open_services(paths, fast_hashing=True)
    assert caught.value.problem is StorageProblem.CORRUPT
    (aside,) = _moved_aside(paths)
    assert aside.read_bytes() == damaged
    assert sorted(p.name for p in paths.backup_dir.iterdir()) == backups_before

    offered = newest_good_backup(paths.backup_dir)
    assert offered is not None
    assert offered.path == good

    # The command line says which backup to restore, and restoring it brings all back.
    paths.database_file.write_bytes(damaged)  # damaged again: the last one was moved aside
    code = run(["--data-dir", str(paths.data_dir), "init"])
    err = capsys.readouterr().err
    assert code == EXIT_STORAGE
    assert "damaged" in err
    assert f"the newest good backup is {good}" in err
    assert "Traceback" not in err
    assert run(["--data-dir", str(paths.data_dir), "restore", str(good)]) == EXIT_OK
    assert _codes(paths) == {str(n) for n in range(1, 41)}


@pytest.mark.slow  # the check at start waits 5 s for the lock before it gives up
def test_database_locked_by_another_program_at_start_is_not_called_damaged(
    paths: Paths,
) -> None:
    _station(paths, ["1"])
    holder = sqlite3.connect(paths.database_file, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE building SET floors = floors")
        holder.execute("COMMIT")  # exclusive mode: the lock is kept after the commit
        with pytest.raises(StorageError) as caught:
            open_services(paths, fast_hashing=True)
    finally:
        holder.close()
    assert caught.value.problem is StorageProblem.LOCKED
    assert "locked by another program" in caught.value.message
    # Left exactly where it was, and fine once the other program lets go.
    assert _moved_aside(paths) == []
    assert _codes(paths) == {"1"}


@pytest.mark.parametrize(
    "folder",
    [
        "gate#1",
        "100% 岗亭",
        "a?b",
    ],
)
def test_awkward_folder_names_are_checked_for_real(tmp_path: Path, folder: str) -> None:
    if sys.platform == "win32" and "?" in folder:
        pytest.skip("'?' cannot be part of a Windows file name")
    paths = Paths.resolve(tmp_path / folder)
    _station(paths, ["1"])
    assert _codes(paths) == {"1"}  # reopened without being taken for damaged
    made = ensure_daily_backup(paths)  # the copy and its check find the file
    assert made is not None
    assert list(paths.backup_dir.glob("auto-*.db")) == [made]
    paths.database_file.write_bytes(GARBAGE)
    with pytest.raises(StorageError) as caught:
        open_services(paths, fast_hashing=True)
    assert caught.value.problem is StorageProblem.CORRUPT
    # Nothing was created beside the data folder (a cut-off URI opens another file).
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
