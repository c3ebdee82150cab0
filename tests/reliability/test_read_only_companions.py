"""A leftover read-only `propdesk.db-shm` (or -wal) beside the database.

Left by a copy, a restore from another machine or a folder whose permissions were
changed and fixed again: SQLite then opens the shared-memory file read-only and every
write fails, though the folder and the database are writable. A file of this user's is
made writable again at start (logged); another user's is named exactly, with what to do.
The child saving runs as nobody: root ignores permission bits.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.master_data.buildings import BuildingInput
from tests.reliability.children import finish, go, start_writer, wait_ready
from tests.reliability.other_user import as_nobody, folder_nobody_can_reach, give_to_nobody

pytestmark = pytest.mark.slow

SHM_SIZE = 32 * 1024


def _station(data: Path) -> Paths:
    paths = Paths.resolve(data)
    services = open_services(paths, fast_hashing=True)
    try:
        services.buildings.create(system_actor("岗亭"), BuildingInput("1", "1号楼", 18))
    finally:
        services.close()
    return paths


def _leftover(paths: Paths, suffix: str) -> Path:
    companion = Path(f"{paths.database_file}{suffix}")
    companion.write_bytes(b"\0" * (SHM_SIZE if suffix == "-shm" else 0))
    return companion


def _save_as_nobody(tmp_path: Path, data: Path, prefix: tuple[str, ...]) -> list[str]:
    proc = start_writer(data, 1, "RO", stderr_file=tmp_path / "child.err", command_prefix=prefix)
    wait_ready(proc)
    go(proc)
    return finish(proc).lines


@pytest.mark.parametrize("suffix", ["-shm", "-wal"])
def test_our_own_read_only_companion_is_made_writable_and_work_goes_on(
    tmp_path: Path, suffix: str
) -> None:
    prefix = as_nobody()
    with folder_nobody_can_reach() as root:
        paths = _station(root / "data")
        companion = _leftover(paths, suffix)
        give_to_nobody(paths.data_dir)
        companion.chmod(0o444)

        lines = _save_as_nobody(tmp_path, paths.data_dir, prefix)

        assert lines[-1] == "DONE", (lines, (tmp_path / "child.err").read_text("utf-8"))
        assert "COMMITTED RO0" in lines
        if companion.exists():  # the last connection may have removed it on closing
            assert companion.stat().st_mode & stat.S_IWUSR


@pytest.mark.parametrize("suffix", ["-shm", "-wal"])
def test_another_users_read_only_companion_is_named_with_what_to_do(
    tmp_path: Path, suffix: str
) -> None:
    prefix = as_nobody()
    with folder_nobody_can_reach() as root:
        paths = _station(root / "data")
        give_to_nobody(paths.data_dir)
        companion = _leftover(paths, suffix)  # root's, not nobody's
        companion.chmod(0o444)
        before = companion.read_bytes()

        lines = _save_as_nobody(tmp_path, paths.data_dir, prefix)

        assert lines[-1].startswith("STORAGE_ERROR read_only "), lines
        assert str(companion) in lines[-1]  # exactly which file
        assert "COMMITTED RO0" not in lines
        assert companion.read_bytes() == before
        assert os.stat(companion).st_uid == 0
