"""Every audited save writes its audit row in the same transaction; the rows form a hash
chain that `propdesk audit verify` checks, naming the first row that was tampered with."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from propdesk.cli import EXIT_AUDIT_BROKEN, EXIT_OK, run
from propdesk.errors import ConflictError
from propdesk.services.bootstrap import Services
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.buildings import BuildingInput

ACTOR = system_actor("岗亭")


def _history(services: Services) -> None:
    """Five audited saves: seq 1-3 create, 4 update, 5 void."""
    one = services.buildings.create(ACTOR, BuildingInput("1", "1号楼", 18))
    services.buildings.create(ACTOR, BuildingInput("2", "2号楼", 18))
    three = services.buildings.create(ACTOR, BuildingInput("3", "3号楼", 6))
    services.buildings.update(ACTOR, one.id, BuildingInput("1", "一号楼", 20))
    services.buildings.void(ACTOR, three.id, "entered twice")


def _sql(services: Services, statement: str, *params: object) -> None:
    conn = sqlite3.connect(services.paths.database_file)
    try:
        with conn:
            conn.execute(statement, params)
    finally:
        conn.close()


def _audit_count(services: Services) -> int:
    return services.audit.page(ACTOR, AuditFilter(), limit=1000).total


def test_create_update_void_are_audited_in_order_and_the_chain_verifies(
    services: Services,
) -> None:
    _history(services)
    rows = services.audit.page(ACTOR, AuditFilter(entity="building")).rows
    assert [(r.seq, r.action) for r in rows] == [
        (5, "void"),
        (4, "update"),
        (3, "create"),
        (2, "create"),
        (1, "create"),
    ]
    assert rows[1].before == {"name": "1号楼", "floors": 18}
    assert rows[1].after == {"name": "一号楼", "floors": 20}
    assert rows[0].reason == "entered twice"
    assert {r.username for r in rows} == {ACTOR.username}
    verdict = services.audit.verify()
    assert (verdict.ok, verdict.checked) == (True, 5)
    assert services.audit.verify(batch=2).ok  # read in small batches, same answer
    assert services.audit.latest_hash() != "0" * 64


def test_an_edited_past_row_is_named(services: Services) -> None:
    _history(services)
    _sql(services, """UPDATE audit_entry SET "after" = '{"code": "9"}' WHERE seq = 2""")
    verdict = services.audit.verify()
    assert not verdict.ok
    assert (verdict.first_broken_seq, verdict.reason, verdict.checked) == (2, "content_changed", 1)
    assert services.audit.verify(batch=1).first_broken_seq == 2


@pytest.mark.parametrize(
    ("column", "value"),
    [("username", "someone_else"), ("at", "2020-01-01 00:00:00.000000"), ("reason", "typo")],
)
def test_any_edited_column_is_caught(services: Services, column: str, value: str) -> None:
    _history(services)
    _sql(services, f'UPDATE audit_entry SET "{column}" = ? WHERE seq = 4', value)
    verdict = services.audit.verify()
    assert (verdict.ok, verdict.first_broken_seq, verdict.reason) == (
        False,
        4,
        "content_changed",
    )


def test_a_deleted_last_row_is_caught(services: Services) -> None:
    _history(services)
    _sql(services, "DELETE FROM audit_entry WHERE seq = 5")
    verdict = services.audit.verify()
    assert (verdict.ok, verdict.first_broken_seq, verdict.reason) == (False, 5, "missing_row")
    assert verdict.checked == 4


def test_a_deleted_middle_row_is_caught(services: Services) -> None:
    _history(services)
    _sql(services, "DELETE FROM audit_entry WHERE seq = 3")
    verdict = services.audit.verify()
    assert (verdict.ok, verdict.first_broken_seq, verdict.reason) == (False, 4, "missing_row")


def test_a_relinked_row_is_caught(services: Services) -> None:
    _history(services)
    _sql(services, "UPDATE audit_entry SET prev_hash = ? WHERE seq = 3", "a" * 64)
    verdict = services.audit.verify()
    assert (verdict.first_broken_seq, verdict.reason) == (3, "previous_hash_mismatch")


def test_the_audit_row_is_part_of_the_save(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save whose audit row cannot be written is not saved at all (one transaction)."""
    made = services.buildings.create(ACTOR, BuildingInput("1", "1号楼", 18))

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("audit write failed")

    monkeypatch.setattr(audit_service, "record", fail)
    with pytest.raises(RuntimeError):
        services.buildings.create(ACTOR, BuildingInput("2", "2号楼", 18))
    with pytest.raises(RuntimeError):
        services.buildings.update(ACTOR, made.id, BuildingInput("1", "改名", 18))
    with pytest.raises(RuntimeError):
        services.buildings.void(ACTOR, made.id, "gone")
    monkeypatch.undo()

    listed = services.buildings.list(ACTOR, include_voided=True)
    assert [(b.code, b.name, b.voided_at) for b in listed] == [("1", "1号楼", None)]
    assert _audit_count(services) == 1
    assert services.audit.verify().ok


def test_a_refused_save_writes_no_audit_row(services: Services) -> None:
    services.buildings.create(ACTOR, BuildingInput("1", "1号楼", 18))
    with pytest.raises(ConflictError):
        services.buildings.create(ACTOR, BuildingInput("1", "again", 18))
    assert _audit_count(services) == 1
    services.buildings.create(ACTOR, BuildingInput("2", "2号楼", 18))
    verdict = services.audit.verify()
    assert (verdict.ok, verdict.checked) == (True, 2)  # no gap in seq either


def test_cli_audit_verify_exit_codes(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    _history(services)
    data = str(services.paths.data_dir)
    services.close()
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "audit trail intact: 5 entries" in out

    db = Path(data) / "propdesk.db"
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute("""UPDATE audit_entry SET "after" = '{"code": "9"}' WHERE seq = 2""")
    finally:
        conn.close()
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_AUDIT_BROKEN
    err = capsys.readouterr().err
    assert "BROKEN at entry #2 (content_changed)" in err
    assert "1 entries before it are intact" in err
    assert "Traceback" not in err
