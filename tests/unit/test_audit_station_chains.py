"""One hash chain per writer (issue 22): a syncing station writes its audit rows into a
chain of its own, named by its letter, while the stations writing on the database keep
the "" chain. Every chain verifies on its own; a broken one is named by its station and
the others stay intact; the head and the anchors are this database's own chain's.

These tests run on SQLite here and on the server in tests/pg (same `services` fixture),
so they change rows through the ORM, not through a SQLite connection."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update

from propdesk.domain.audit_chain import GENESIS, ChainVerdict, entry_hash
from propdesk.services.bootstrap import Services
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit import AuditFilter, chain_content
from propdesk.services.core.audit_anchors import AnchorKind, read_anchors, remember_head
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.store.models import AuditEntry
from tests.station_letter import write_as

ACTOR = system_actor("岗亭")
# What an audit row's hash covered before migration 0021 (services.core.audit).
BEFORE_0021 = {
    "seq",
    "at",
    "station",
    "user_id",
    "username",
    "entity",
    "entity_id",
    "action",
    "before",
    "after",
    "reason",
}


def _buildings(services: Services, *codes: str) -> None:
    for code in codes:
        services.buildings.create(ACTOR, BuildingInput(code, f"{code}号楼", 18))


@pytest.fixture
def two_chains(services: Services) -> Services:
    """The database's own chain: 3 rows, then 4 more later; station B's: 3 rows."""
    _buildings(services, "1", "2", "3")
    write_as(services, "B")
    _buildings(services, "B1", "B2", "B3")
    write_as(services, "")
    _buildings(services, "4", "5", "6", "7")
    return services


def _seqs(services: Services) -> list[tuple[str, int]]:
    with services.store.read() as session:
        rows = session.execute(
            select(AuditEntry.chain, AuditEntry.seq).order_by(AuditEntry.chain, AuditEntry.seq)
        )
        return [(r.chain, r.seq) for r in rows]


def _tamper(services: Services, chain: str, seq: int, values: dict[str, object]) -> None:
    with services.store.write() as session:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.chain == chain, AuditEntry.seq == seq)
            .values(**values)
        )


def test_each_writer_numbers_its_own_chain_and_every_chain_verifies(
    two_chains: Services,
) -> None:
    assert _seqs(two_chains) == [("", n) for n in range(1, 8)] + [("B", n) for n in (1, 2, 3)]
    verdict = two_chains.audit.verify()
    assert verdict.ok
    assert verdict.has_station_chains
    assert verdict.chains == (ChainVerdict(True, 7, chain=""), ChainVerdict(True, 3, chain="B"))
    assert (verdict.checked, verdict.chain, verdict.first_broken_seq) == (10, None, None)
    assert two_chains.audit.verify(batch=2).chains == verdict.chains  # small batches too


def test_a_stations_chain_starts_at_genesis_and_its_hash_names_the_chain(
    two_chains: Services,
) -> None:
    with two_chains.store.read() as session:
        first_b = session.scalars(
            select(AuditEntry).where(AuditEntry.chain == "B", AuditEntry.seq == 1)
        ).one()
        first_own = session.scalars(
            select(AuditEntry).where(AuditEntry.chain == "", AuditEntry.seq == 1)
        ).one()
        b_content, own_content = chain_content(first_b), chain_content(first_own)
    assert first_b.prev_hash == GENESIS
    assert b_content["chain"] == "B"
    # The "" chain hashes exactly what it hashed before there were stations' chains.
    assert set(own_content) == BEFORE_0021
    assert set(b_content) == {*BEFORE_0021, "chain"}
    assert first_own.hash == entry_hash(GENESIS, own_content)


def test_a_changed_entry_of_station_bs_chain_is_named_by_station_and_seq(
    two_chains: Services,
) -> None:
    _tamper(two_chains, "B", 2, {"reason": "改过"})
    verdict = two_chains.audit.verify()
    assert not verdict.ok
    (broken,) = verdict.broken
    assert (broken.chain, broken.first_broken_seq, broken.reason, broken.checked) == (
        "B",
        2,
        "content_changed",
        1,
    )
    assert (verdict.chain, verdict.first_broken_seq, verdict.reason) == ("B", 2, "content_changed")
    own = verdict.chains[0]
    assert (own.chain, own.ok, own.checked) == ("", True, 7)  # the database's chain unaffected


def test_an_entry_moved_to_another_chain_breaks_both(two_chains: Services) -> None:
    """The chain's name is in a station's hash: a row cannot be passed off as another
    station's (it leaves a gap where it was, and does not fit where it went)."""
    _tamper(two_chains, "B", 1, {"chain": "C"})
    verdict = two_chains.audit.verify()
    assert [(c.chain, c.ok, c.first_broken_seq, c.reason) for c in verdict.chains] == [
        ("", True, None, ""),
        ("B", False, 2, "missing_row"),
        ("C", False, 1, "content_changed"),
    ]


def test_the_head_check_is_for_the_writers_own_chain(two_chains: Services) -> None:
    write_as(two_chains, "B")
    with two_chains.store.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.chain == "B", AuditEntry.seq == 3))
        session.execute(delete(AuditEntry).where(AuditEntry.chain == "", AuditEntry.seq == 7))
    verdict = two_chains.audit.verify()
    # Our own chain's last row gone: the head remembers it. The "" chain's head is kept
    # where it is written, not here.
    assert [(c.chain, c.ok, c.first_broken_seq) for c in verdict.chains] == [
        ("", True, None),
        ("B", False, 3),
    ]
    assert verdict.reason == "missing_row"


def test_a_station_whose_rows_were_all_removed_is_still_checked(two_chains: Services) -> None:
    write_as(two_chains, "B")
    with two_chains.store.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.chain == "B"))
    verdict = two_chains.audit.verify()
    assert [(c.chain, c.ok, c.first_broken_seq) for c in verdict.chains] == [
        ("", True, None),
        ("B", False, 1),
    ]


def test_the_log_lists_every_chain_newest_first_with_its_station(two_chains: Services) -> None:
    rows = two_chains.audit.page(ACTOR, AuditFilter(entity="building")).rows
    assert [(r.chain, r.seq) for r in rows] == [
        ("", 7),
        ("", 6),
        ("", 5),
        ("", 4),
        ("B", 3),
        ("B", 2),
        ("B", 1),
        ("", 3),
        ("", 2),
        ("", 1),
    ]
    assert all(a.at >= b.at for a, b in itertools.pairwise(rows))


def test_the_log_orders_by_time_not_by_seq(two_chains: Services) -> None:
    """Station B's rows come up from its copy later but were written earlier: a row of
    B written an hour before the database's first row lists below it."""
    with two_chains.store.read() as session:
        first = session.scalars(
            select(AuditEntry).where(AuditEntry.chain == "", AuditEntry.seq == 1)
        ).one()
    earlier = first.at - timedelta(hours=1)
    # Only `at` changes, so the content (and the chain) no longer fits: listing only.
    _tamper(two_chains, "B", 3, {"at": earlier})
    rows = two_chains.audit.page(ACTOR, AuditFilter(entity="building")).rows
    assert (rows[-1].chain, rows[-1].seq) == ("B", 3)


def test_the_head_and_its_anchors_are_the_writers_chain(two_chains: Services) -> None:
    paths = two_chains.paths
    own_head = two_chains.audit.head()
    assert (own_head.chain, own_head.seq, own_head.short[:3]) == ("", 7, "#7 ")
    remember_head(paths, AnchorKind.DAILY, own_head, "2026-12-04")
    write_as(two_chains, "B")
    b_head = two_chains.audit.head()
    assert (b_head.chain, b_head.seq, b_head.short[:3]) == ("B", 3, "B#3")
    remember_head(paths, AnchorKind.DAILY, b_head, "2026-12-05")
    book = read_anchors(paths)
    assert [(a.chain, a.seq) for a in book.anchors] == [("", 7), ("B", 3)]
    # Writing as B: B's anchor is compared within B's chain; the "" one is not ours.
    assert two_chains.audit.verify_anchors(book).checked == 1
    assert two_chains.audit.verify_anchors(book).ok
    # B's row 3 changed and rehashed: the chain alone is fooled, the anchor is not.
    with two_chains.store.write() as session:
        row = session.scalars(
            select(AuditEntry).where(AuditEntry.chain == "B", AuditEntry.seq == 3)
        ).one()
        row.reason = "改过"
        row.hash = entry_hash(row.prev_hash, chain_content(row))
    assert two_chains.audit.verify().ok
    anchors = two_chains.audit.verify_anchors(book)
    assert anchors.missed is not None
    assert (anchors.missed.chain, anchors.missed.seq) == ("B", 3)
    write_as(two_chains, "")  # back to the database's own chain: its anchor still holds
    assert two_chains.audit.verify_anchors(read_anchors(paths)).ok
    assert two_chains.audit.verify_anchors(read_anchors(paths)).checked == 1


def test_record_writes_into_the_chain_of_the_letter_it_finds(services: Services) -> None:
    write_as(services, "AB")
    with services.store.write() as session:
        entry = audit_service.record(
            session, ACTOR, "building", "x", audit_service.AuditAction.CREATE, after={"a": 1}
        )
        assert (entry.chain, entry.seq, entry.prev_hash) == ("AB", 1, GENESIS)
    assert services.audit.verify().chains == (ChainVerdict(True, 1, chain="AB"),)
