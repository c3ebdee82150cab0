"""One audit chain per station (issue 22) from the outside: a trail written before
migration 0021 still verifies after it, and `propdesk audit verify` reports each
station's chain and names the station whose chain broke (exit 4)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from propdesk.cli import EXIT_AUDIT_BROKEN, EXIT_OK, run
from propdesk.config import Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit_anchors import chain_head_in_file
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.store.engine import make_engine
from propdesk.store.migrate import alembic_config
from tests.station_letter import write_as

ACTOR = system_actor("岗亭")
# audit_entry as it was at 0020 (no chain), and its head.
COLUMNS = (
    "id, seq, at, station, user_id, username, entity, entity_id, action, "
    'before, "after", reason, prev_hash, hash'
)


def _buildings(services: Services, *codes: str) -> None:
    for code in codes:
        services.buildings.create(ACTOR, BuildingInput(code, f"{code}号楼", 18))


def test_a_trail_written_before_0021_still_verifies_after_it(
    services: Services, tmp_path: Path
) -> None:
    """The "" chain's rows hash what they always hashed: rows copied byte for byte into
    a database at 0020, then migrated to the head, verify as they are."""
    _buildings(services, "1", "2", "3")
    services.buildings.update(
        ACTOR, services.buildings.list(ACTOR)[0].id, BuildingInput("1", "一号楼", 20)
    )
    written = services.paths.database_file
    services.close()

    old = Paths.resolve(tmp_path / "old")
    old.database_file.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{old.database_file}")
    cfg = alembic_config(engine)
    command.upgrade(cfg, "0020")
    engine.dispose()
    with closing(sqlite3.connect(old.database_file)) as conn, conn:
        conn.execute("ATTACH DATABASE ? AS new", (str(written),))
        conn.execute(f"INSERT INTO audit_entry ({COLUMNS}) SELECT {COLUMNS} FROM new.audit_entry")
        conn.execute("INSERT INTO audit_head SELECT * FROM new.audit_head")
    engine = make_engine(f"sqlite:///{old.database_file}")
    command.upgrade(alembic_config(engine), "head")
    engine.dispose()

    reopened = open_services(old, fast_hashing=True)
    try:
        verdict = reopened.audit.verify()
        assert (verdict.ok, verdict.checked, verdict.has_station_chains) == (True, 4, False)
        _buildings(reopened, "4")  # and the chain goes on after the migration
        assert reopened.audit.verify().checked == 5
        assert reopened.audit.verify().ok
    finally:
        reopened.close()


def _cli(data: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(["--data-dir", data, "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_names_each_stations_chain_and_the_one_that_broke(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    services.settings.set_language("en")
    _buildings(services, "1", "2")
    write_as(services, "B")
    _buildings(services, "B1", "B2", "B3")
    write_as(services, "")
    data = str(services.paths.data_dir)
    db = services.paths.database_file
    services.close()

    code, out, err = _cli(data, capsys)
    assert code == EXIT_OK, err
    assert "audit trail intact: 5 entries" in out
    assert "the audit trail of this database is intact: 2 entries" in out
    assert "the audit trail of station B is intact: 3 entries" in out

    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE audit_entry SET reason = 'x' WHERE chain = 'B' AND seq = 2")
    code, out, err = _cli(data, capsys)
    assert code == EXIT_AUDIT_BROKEN
    assert (
        "the audit trail of station B is BROKEN at entry #2 (content_changed); "
        "1 entries before it are intact"
    ) in err
    assert "the audit trail of this database is intact: 2 entries" in out
    assert "this database is BROKEN" not in err
    assert "Traceback" not in err


def test_cli_speaks_the_stations_language_of_the_chains(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    services.settings.set_language("zh_CN")
    _buildings(services, "1")
    write_as(services, "B")
    _buildings(services, "B1")
    data = str(services.paths.data_dir)
    db = services.paths.database_file
    services.close()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE audit_entry SET reason = 'x' WHERE chain = '' AND seq = 1")
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_AUDIT_BROKEN
    captured = capsys.readouterr()
    assert "本数据库的审计链在第 1 条记录处断开（content_changed）" in captured.err
    assert "B号工作站的审计链完好：1 条记录" in captured.out


def test_a_backup_of_a_station_copy_is_anchored_in_its_stations_chain(
    services: Services,
) -> None:
    _buildings(services, "1")
    write_as(services, "B")
    _buildings(services, "B1", "B2")
    head = chain_head_in_file(services.paths.database_file)
    assert head is not None
    assert (head.chain, head.seq) == ("B", 2)
