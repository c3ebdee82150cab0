"""A new database file appears whole (header written, owner-only) or not at all, and
never replaces a file that is there, not even an empty one (that one is damage)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from propdesk.store.database_file import create_database_file


def test_a_new_database_file_is_whole_and_private(tmp_path: Path) -> None:
    db = tmp_path / "propdesk.db"
    before = os.umask(0o022)  # the usual umask: the file is made private by itself
    try:
        assert create_database_file(db) is True
    finally:
        os.umask(before)
    assert db.read_bytes()[:16] == b"SQLite format 3\0"
    assert db.stat().st_size >= 4096
    if os.name == "posix":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["propdesk.db"]  # no temp left


@pytest.mark.parametrize("there", [b"", b"someone else's database"])
def test_a_file_that_is_there_is_never_replaced(tmp_path: Path, there: bytes) -> None:
    db = tmp_path / "propdesk.db"
    db.write_bytes(there)
    assert create_database_file(db) is False
    assert db.read_bytes() == there
    assert sorted(p.name for p in tmp_path.iterdir()) == ["propdesk.db"]
