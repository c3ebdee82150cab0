"""The anchor file (config/audit-anchors.jsonl): owner-only, one JSON line per anchor,
a torn last line tolerated, and never an exception for the work that asked for one."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from propdesk.config import Paths
from propdesk.services.core.audit_anchors import (
    AnchorKind,
    ChainHead,
    anchor_file,
    read_anchors,
    remember,
    remember_backup_anchor,
)

HASH_A = "a" * 64
HASH_B = "b" * 64


@pytest.fixture
def station(tmp_path: Path) -> Paths:
    return Paths.resolve(tmp_path / "data")


def test_the_file_is_created_owner_only_with_one_json_line_per_anchor(station: Paths) -> None:
    assert remember(station, AnchorKind.BACKUP, 7, HASH_A, "propdesk-x.db")
    assert remember(station, AnchorKind.REPORT, 9, HASH_B, "月报 2025-03.pdf")
    file = anchor_file(station)
    assert file.parent == station.config_dir
    if os.name == "posix":
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    lines = file.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["seq"] for line in lines] == [7, 9]
    assert json.loads(lines[1])["what"] == "月报 2025-03.pdf"  # readable, not \\u-escaped
    book = read_anchors(station)
    assert [(a.kind, a.seq, a.hash, a.line) for a in book.anchors] == [
        ("backup", 7, HASH_A, 1),
        ("report", 9, HASH_B, 2),
    ]
    assert (book.unreadable, book.torn_tail) == ([], False)


def test_an_older_looser_file_is_made_owner_only(station: Paths) -> None:
    if os.name != "posix":
        pytest.skip("POSIX modes")
    file = anchor_file(station)
    file.parent.mkdir(parents=True)
    file.write_text("", encoding="utf-8")
    file.chmod(0o644)
    remember(station, AnchorKind.DAILY, 1, HASH_A, "2025-03-01")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_a_torn_last_line_is_reported_and_the_next_anchor_starts_its_own_line(
    station: Paths,
) -> None:
    remember(station, AnchorKind.BACKUP, 3, HASH_A, "one.db")
    file = anchor_file(station)
    with file.open("ab") as torn:  # a crash in the middle of writing a line
        torn.write(b'{"at": "2025-03-01T08:00:00+00:00", "hash": "bbbb')
    book = read_anchors(station)
    assert [a.seq for a in book.anchors] == [3]
    assert (book.torn_tail, book.unreadable) == (True, [])

    remember(station, AnchorKind.BACKUP, 4, HASH_B, "two.db")
    book = read_anchors(station)
    assert [a.seq for a in book.anchors] == [3, 4]
    # Now the torn text sits in the middle: a line that cannot be read, named.
    assert (book.torn_tail, book.unreadable) == (False, [2])


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        '{"kind": "backup", "seq": "x", "hash": "' + HASH_A + '", "at": "2025-01-01"}',
        '{"kind": "backup", "seq": 1, "hash": "short", "at": "2025-01-01T00:00:00"}',
        '{"kind": "backup", "seq": 1, "hash": "' + HASH_A + '", "at": "yesterday"}',
        "[1, 2]",
    ],
)
def test_a_bad_line_in_the_middle_is_named_not_fatal(station: Paths, line: str) -> None:
    remember(station, AnchorKind.BACKUP, 1, HASH_A, "a.db")
    with anchor_file(station).open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    remember(station, AnchorKind.BACKUP, 2, HASH_B, "b.db")
    book = read_anchors(station)
    assert [a.seq for a in book.anchors] == [1, 2]
    assert book.unreadable == [2]


def test_no_file_is_an_empty_book(station: Paths) -> None:
    book = read_anchors(station)
    assert (book.anchors, book.unreadable, book.torn_tail, book.problem) == ([], [], False, "")


def test_a_file_that_cannot_be_read_is_named_not_raised(station: Paths) -> None:
    anchor_file(station).mkdir(parents=True)  # a folder where the file should be
    book = read_anchors(station)
    assert book.anchors == []
    assert book.problem


def test_an_anchor_that_cannot_be_written_is_logged_never_raised(
    station: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    station.config_dir.parent.mkdir(parents=True)
    station.config_dir.write_text("a file where the folder should be", encoding="utf-8")
    assert not remember(station, AnchorKind.REPORT, 5, HASH_A, "r.pdf")
    assert "audit anchor" in caplog.text
    remember_backup_anchor(station, station.data_dir / "no-such.db")  # nothing to read


def test_a_file_without_a_chain_gives_no_backup_anchor(station: Paths, tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_bytes(b"hello")
    remember_backup_anchor(station, not_a_db)
    assert not anchor_file(station).exists()


def test_restore_retires_only_the_anchors_past_the_restored_head(station: Paths) -> None:
    at = datetime(2025, 3, 1, tzinfo=UTC)
    for kind, seq in [("backup", 4), ("daily", 9), ("restore", 5), ("daily", 7)]:
        remember(station, kind, seq, HASH_A, "", at=at)
    in_force = [(a.kind, a.seq) for a in read_anchors(station).in_force()]
    assert in_force == [("backup", 4), ("restore", 5), ("daily", 7)]


def test_daily_taken_is_by_local_day(station: Paths) -> None:
    remember(
        station, AnchorKind.DAILY, 3, HASH_A, "2025-03-01", at=datetime(2025, 3, 1, 12, tzinfo=UTC)
    )
    book = read_anchors(station)
    assert book.daily_taken(date(2025, 3, 1))
    assert not book.daily_taken(date(2025, 3, 2))


def test_chain_head_short_form_for_paper() -> None:
    assert ChainHead(12345, "3fa9c2d41b07" + "0" * 52).short == "#12345 · 3fa9c2d41b07…"
