"""The audit chain is anchored outside the database (config/audit-anchors.jsonl): a row
edited in the SQLite file with every later hash recomputed by the chain's own function
passes the chain check, but no longer reaches the anchors taken before, and
`propdesk audit verify` names the first such anchor."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from propdesk.cli import EXIT_AUDIT_BROKEN, EXIT_OK, run
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit_anchors import (
    anchor_file,
    read_anchors,
    remember_backup_anchor,
)
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.store.backup import backup_sqlite_file
from tests.integration.audit_forgery import tamper

ACTOR = system_actor("岗亭")


def _buildings(services: Services, first: int, last: int) -> None:
    for n in range(first, last + 1):
        services.buildings.create(ACTOR, BuildingInput(str(n), f"{n}号楼", 18))


def _backup_with_anchor(services: Services) -> Path:
    """A backup copy and its anchor, as every backup records one."""
    seq = services.audit.head().seq
    copy = backup_sqlite_file(
        services.paths.database_file, services.paths.backup_dir / f"propdesk-manual-{seq}.db"
    )
    remember_backup_anchor(services.paths, copy)
    return copy


def test_a_recomputed_chain_passes_alone_but_misses_the_backup_anchor(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    _buildings(services, 1, 5)
    backup = _backup_with_anchor(services)
    _buildings(services, 6, 8)
    data = str(services.paths.data_dir)
    services.close()

    tamper(Path(data) / "propdesk.db", 3, "伪造楼")
    # The chain on its own is fooled: every hash fits again.
    forged = sqlite3.connect(Path(data) / "propdesk.db")
    try:
        name = forged.execute(
            "SELECT json_extract(\"after\", '$.name') FROM audit_entry WHERE seq = 3"
        ).fetchone()[0]
    finally:
        forged.close()
    assert name == "伪造楼"

    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_AUDIT_BROKEN
    err = capsys.readouterr().err
    assert "anchor" in err
    assert "backup" in err
    assert "#5" in err
    assert backup.name in err
    assert "Traceback" not in err


def test_the_chain_check_alone_is_fooled_by_a_recomputed_chain(services: Services) -> None:
    """Why anchors are needed: the in-database check passes after a careful forgery."""
    _buildings(services, 1, 4)
    _backup_with_anchor(services)
    data = services.paths.data_dir
    services.close()
    tamper(data / "propdesk.db", 2, "伪造楼")
    reopened = open_services(services.paths, fast_hashing=True)
    try:
        assert reopened.audit.verify().ok
        assert not reopened.audit.verify_anchors(read_anchors(reopened.paths)).ok
    finally:
        reopened.close()


def test_an_untouched_chain_passes_its_anchors(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    _buildings(services, 1, 3)
    _backup_with_anchor(services)
    _buildings(services, 4, 6)
    _backup_with_anchor(services)
    data = str(services.paths.data_dir)
    services.close()
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "audit trail intact: 6 entries" in out
    # The two backups' and the day's, taken as the command opened the station.
    assert "all 3 anchors" in out


def test_no_anchor_file_is_a_new_station_not_an_error(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    _buildings(services, 1, 2)
    data = str(services.paths.data_dir)
    services.close()
    anchor_file(services.paths).unlink(missing_ok=True)
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_OK
    assert "Traceback" not in capsys.readouterr().err


def test_an_unreadable_anchor_line_is_reported(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    _buildings(services, 1, 2)
    _backup_with_anchor(services)
    data = str(services.paths.data_dir)
    services.close()
    file = anchor_file(services.paths)
    lines = file.read_text(encoding="utf-8").splitlines()
    file.write_text("\n".join(["{not json", *lines]) + "\n", encoding="utf-8")
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "line 1" in err
    assert file.name in err


def test_an_anchor_beyond_the_chain_is_missed(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows cut off the end (head rewritten to match) no longer reach a later anchor."""
    _buildings(services, 1, 4)
    _backup_with_anchor(services)
    data = str(services.paths.data_dir)
    services.close()
    conn = sqlite3.connect(Path(data) / "propdesk.db")
    try:
        with conn:
            conn.execute("DELETE FROM audit_entry WHERE seq = 4")
            third = conn.execute("SELECT hash FROM audit_entry WHERE seq = 3").fetchone()[0]
            conn.execute("UPDATE audit_head SET seq = 3, hash = ?", (third,))
    finally:
        conn.close()
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_AUDIT_BROKEN
    err = capsys.readouterr().err
    assert "#4" in err
    assert "backup" in err


def test_backup_anchor_is_the_head_held_in_the_file(services: Services) -> None:
    _buildings(services, 1, 3)
    backup = _backup_with_anchor(services)
    _buildings(services, 4, 4)  # after the copy: not in it
    book = read_anchors(services.paths)
    backups = [a for a in book.anchors if a.kind == "backup"]
    assert [(a.seq, a.what) for a in backups] == [(3, backup.name)]
    line = anchor_file(services.paths).read_text(encoding="utf-8").splitlines()[-1]
    assert set(json.loads(line)) == {"kind", "seq", "hash", "at", "what"}


def test_the_day_is_anchored_once_at_start_and_catches_a_later_forgery(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    """No anchor for an empty chain; the first start of a day with rows takes one, the
    next start the same day does not; a forgery of a row before it is named."""
    assert read_anchors(services.paths).anchors == []  # opened on an empty chain
    _buildings(services, 1, 3)
    services.close()
    for _ in range(2):
        open_services(services.paths, fast_hashing=True).close()
    daily = [a for a in read_anchors(services.paths).anchors if a.kind == "daily"]
    assert [(a.seq, a.what) for a in daily] == [(3, date.today().isoformat())]

    reopened = open_services(services.paths, fast_hashing=True)
    _buildings(reopened, 4, 5)
    reopened.close()
    tamper(services.paths.database_file, 1, "伪造楼")
    data = str(services.paths.data_dir)
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_AUDIT_BROKEN
    err = capsys.readouterr().err
    assert "daily anchor" in err
    assert "#3" in err
    assert date.today().isoformat() in err


def test_a_restore_retires_the_anchors_past_the_backup(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    """Restoring an older backup is not a forgery: the anchors taken after the backup
    belong to the chain it replaced (a "restore" anchor says so)."""
    _buildings(services, 1, 2)
    backup = _backup_with_anchor(services)
    _buildings(services, 3, 5)
    _backup_with_anchor(services)  # anchors #5, which the restore rolls back
    services.restore(ACTOR, backup)
    _buildings(services, 6, 6)
    kinds = [(a.kind, a.seq) for a in read_anchors(services.paths).anchors]
    assert ("backup", 5) in kinds
    assert ("restore", 2) in kinds
    data = str(services.paths.data_dir)
    services.close()
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_OK
    assert "audit trail intact: 4 entries" in capsys.readouterr().out


def test_every_backup_made_is_anchored(services: Services) -> None:
    """The backup service anchors each copy it makes (make_backup)."""
    services.estate.set_up("翠湖花园", actor=ACTOR)  # entry 1: only an estate is backed up
    _buildings(services, 1, 2)
    made = services.backups.backup_now(ACTOR)
    backups = [(a.seq, a.what) for a in read_anchors(services.paths).anchors if a.kind == "backup"]
    assert backups == [(3, made.name)]
