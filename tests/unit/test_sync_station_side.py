"""The station's side of syncing, without a server: which tables travel, the outbox its
triggers fill (and do not fill while the sync writes), rows as JSON and back, what is
waiting and how the server's answer is written down, and conflicts resolved."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, func, insert, select

from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.sync.conflicts import ConflictService
from propdesk.store.base import Base
from propdesk.store.engine import WRITE_OPTION
from propdesk.store.models import Building
from propdesk.store.models.sync import (
    SyncApplying,
    SyncBase,
    SyncConflict,
    SyncIdentity,
    SyncOutbox,
)
from propdesk.store.sync.changes import PushOutcome, ServerVersion
from propdesk.store.sync.codec import from_json, to_json
from propdesk.store.sync.outbox import acknowledge, pending, waiting_count
from propdesk.store.sync.rows import read_rows
from propdesk.store.sync.station_capture import install_station_capture, remove_station_capture
from propdesk.store.sync.tables import LOCAL_ONLY, key_column, synced_tables, table_named

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "岗亭")
GUARD = Actor(None, "guard", "保安", Role.GUARD, "岗亭")


def _join_locally(services: Services) -> None:
    """What joining leaves in the file, without a server: an identity and the triggers."""
    with services.store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        conn.execute(
            insert(SyncIdentity).values(
                id=1,
                station_id=uuid.uuid4(),
                letter="B",
                server="server:5432/estate",
                joined_at=datetime.now(UTC),
                cursor_xid=0,
                join_xmin=0,
                last_error="",
            )
        )
        install_station_capture(conn)


def _lines(services: Services) -> list[tuple[str, str, str]]:
    with services.store.read() as s:
        return [
            (o.tbl, o.row_key, o.op) for o in s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq))
        ]


def test_every_table_travels_but_the_bookkeeping_and_has_a_one_column_key() -> None:
    names = {t.name for t in synced_tables()}
    assert names.isdisjoint(LOCAL_ONLY)
    assert names | (LOCAL_ONLY - {"alembic_version"}) == set(Base.metadata.tables)
    for table in synced_tables():
        assert key_column(table) is not None
    # parents come before their children
    rank = {t.name: i for i, t in enumerate(synced_tables())}
    for table in synced_tables():
        for fk in table.foreign_keys:
            if fk.column.table is not table and fk.column.table.name in rank:
                assert rank[fk.column.table.name] < rank[table.name]


def test_saves_fill_the_outbox_in_their_transaction(services: Services) -> None:
    _join_locally(services)
    created = services.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    lines = _lines(services)
    assert ("building", created.id.hex, "I") in lines
    assert any(t == "audit_entry" and op == "I" for t, _k, op in lines)
    services.buildings.update(ADMIN, created.id, BuildingInput("9", "九号楼", 18))
    assert ("building", created.id.hex, "U") in _lines(services)
    assert waiting_count(services.store.engine.connect()) >= 2


def test_a_failed_save_leaves_no_outbox_line(services: Services) -> None:
    _join_locally(services)
    services.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    before = _lines(services)
    with pytest.raises(ValidationError):
        services.buildings.create(ADMIN, BuildingInput("", "", 18))
    assert _lines(services) == before


def test_rows_the_sync_writes_are_not_sent_back(services: Services) -> None:
    _join_locally(services)
    with services.store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        conn.execute(insert(SyncApplying).values(id=1))
        conn.execute(
            insert(Building).values(
                id=uuid.uuid4(),
                code="7",
                name="七栋",
                floors=9,
                created_at=datetime.now(UTC),
                updated_at=datetime.now(UTC),
            )
        )
        conn.execute(delete(SyncApplying))
    assert _lines(services) == []


def test_without_the_triggers_nothing_is_written_down(services: Services) -> None:
    _join_locally(services)
    with services.store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        remove_station_capture(conn)
    services.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    assert _lines(services) == []


def test_rows_as_json_and_back_keep_every_value(services: Services) -> None:
    created = services.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    table = table_named("building")
    with services.store.engine.connect() as conn:
        row = read_rows(conn, table, [created.id.hex])[created.id.hex]
    assert from_json(table, to_json(row)) == row
    some_id = uuid.uuid4()
    values = {"d": date(2026, 12, 5), "u": some_id, "t": datetime(2026, 12, 5, tzinfo=UTC)}
    assert to_json(values) == {
        "d": "2026-12-05",
        "u": some_id.hex,
        "t": "2026-12-05T00:00:00+00:00",
    }


def test_what_waits_and_the_answer_written_down(services: Services) -> None:
    _join_locally(services)
    one = services.buildings.create(ADMIN, BuildingInput("1", "一栋", 18))
    two = services.buildings.create(ADMIN, BuildingInput("2", "二栋", 18))
    services.buildings.update(ADMIN, two.id, BuildingInput("2", "二号楼", 18))
    with services.store.engine.connect() as conn:
        items, upto = pending(conn)
    by_key = {(i.tbl, i.key): i for i in items}
    assert ("building", one.id.hex) in by_key
    # each row once, as it is now; made here: sent as the file holds it
    assert len([i for i in items if i.tbl == "building"]) == 2
    assert by_key[("building", one.id.hex)].new_here
    assert by_key[("building", one.id.hex)].raw is not None
    conflict_item = by_key[("building", two.id.hex)]
    outcome = PushOutcome()
    outcome.applied[("building", one.id.hex)] = 41
    outcome.conflicts.append(
        (conflict_item, ServerVersion("building", two.id.hex, {"name": "2号楼"}, 40, "A"))
    )
    with services.store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        acknowledge(conn, outcome, upto)
    with services.store.read() as s:
        left = {(o.tbl, o.row_key) for o in s.scalars(select(SyncOutbox))}
        assert ("building", one.id.hex) not in left
        assert s.get(SyncBase, ("building", one.id.hex)).rev == 41  # type: ignore[union-attr]
        conflicts = list(s.scalars(select(SyncConflict)))
    assert [(c.tbl, c.row_key, c.kind, c.server_rev) for c in conflicts] == [
        ("building", two.id.hex, "edit", 40)
    ]
    # a row under an open conflict is held back from the next send
    services.buildings.update(ADMIN, two.id, BuildingInput("2", "二号", 18))
    with services.store.engine.connect() as conn:
        items, _upto = pending(conn)
    assert ("building", two.id.hex) not in {(i.tbl, i.key) for i in items}


def _conflict_on(services: Services, building_id: uuid.UUID, theirs: dict[str, object]) -> str:
    table = table_named("building")
    with services.store.engine.connect() as conn:
        mine = read_rows(conn, table, [building_id.hex])[building_id.hex]
    server_row = {**to_json(mine), **theirs}
    with services.store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        conflict_id = uuid.uuid4()
        conn.execute(
            insert(SyncConflict).values(
                id=conflict_id,
                tbl="building",
                row_key=building_id.hex,
                kind="edit",
                local_row=to_json(mine),
                server_row=server_row,
                server_rev=77,
                server_station="A",
                message="",
                detected_at=datetime.now(UTC),
            )
        )
    return conflict_id.hex


@pytest.mark.parametrize("choice", ["mine", "theirs", "merge"])
def test_a_person_resolves_a_conflict(services: Services, choice: str) -> None:
    _join_locally(services)
    built = services.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    conflict = _conflict_on(services, built.id, {"name": "九号楼", "floors": 20})
    conflicts = ConflictService(services.store)
    [view] = conflicts.open_conflicts(ADMIN)
    assert {f.name for f in view.fields if f.differs} == {"name", "floors"}
    if choice == "merge":
        conflicts.resolve(ADMIN, conflict, {"name": "theirs", "floors": "mine"})
    else:
        conflicts.resolve(ADMIN, conflict, choice)  # type: ignore[arg-type]
    with services.store.read() as s:
        row = s.get(Building, built.id)
        assert row is not None
        expected = {"mine": ("九栋", 18), "theirs": ("九号楼", 20), "merge": ("九号楼", 18)}
        assert (row.name, row.floors) == expected[choice]
        assert s.get(SyncBase, ("building", built.id.hex)).rev == 77  # type: ignore[union-attr]
        sent = s.scalar(
            select(func.count()).select_from(SyncOutbox).where(SyncOutbox.tbl == "building")
        )
        # taking the server's version sends nothing; anything else is a new edit to send
        assert (sent == 0) == (choice == "theirs")
    assert conflicts.open_conflicts(ADMIN) == []
    with pytest.raises(ValidationError):
        conflicts.resolve(ADMIN, conflict, "mine")  # already resolved


def test_bad_choices_and_roles_are_refused_and_write_nothing(services: Services) -> None:
    _join_locally(services)
    built = services.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    conflict = _conflict_on(services, built.id, {"name": "九号楼"})
    conflicts = ConflictService(services.store)
    for bad in ("neither", {"name": "both"}, {"no_such_field": "mine"}):
        with pytest.raises(ValidationError):
            conflicts.resolve(ADMIN, conflict, bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        conflicts.resolve(ADMIN, "not-an-id", "mine")
    with pytest.raises(PermissionDeniedError):
        conflicts.resolve(GUARD, conflict, "mine")
    assert len(conflicts.open_conflicts(ADMIN)) == 1
    with services.store.read() as s:
        row = s.get(Building, built.id)
        assert row is not None
        assert row.name == "九栋"


def test_an_unreachable_server_is_noted_once_and_saves_go_on(services: Services) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from propdesk.services.sync.server_address import server_engine
    from propdesk.services.sync.service import SyncService

    _join_locally(services)
    # a closed port on this machine: refused at once
    sync = SyncService(services.store.engine, server_engine("postgresql+psycopg://u@127.0.0.1:9/x"))
    services.buildings.create(ADMIN, BuildingInput("9", "九栋", 18))
    with pytest.raises(SQLAlchemyError):
        sync.sync_now()
    first = sync.status()
    assert first.offline_since is not None
    assert not first.online
    assert first.waiting == 2  # the building and its audit row
    assert first.letter == "B"
    assert first.last_error
    services.buildings.create(ADMIN, BuildingInput("10", "十栋", 18))
    with pytest.raises(SQLAlchemyError):
        sync.sync_now()
    again = sync.status()
    assert again.offline_since == first.offline_since
    assert again.waiting == 4
    sync.engine.server.dispose()


def test_a_syncing_copy_leaves_the_visitor_purge_to_the_whole_journal(services: Services) -> None:
    from propdesk.services.gate.service import GateServices

    retention = services.module(GateServices).retention
    _join_locally(services)
    assert retention.run_daily_if_due() is None
    with services.store.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0  # nothing claimed
