from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import pytest

from propdesk.domain.audit_chain import (
    GENESIS,
    ChainRow,
    canonical,
    entry_hash,
    verify_chain,
)


def _chain(contents: list[Mapping[str, Any]]) -> list[ChainRow]:
    rows, previous = [], GENESIS
    for seq, content in enumerate(contents, start=1):
        digest = entry_hash(previous, content)
        rows.append(ChainRow(seq, content, previous, digest))
        previous = digest
    return rows


CONTENTS: list[Mapping[str, Any]] = [
    {"seq": n, "entity": "building", "action": "create", "after": {"code": str(n), "name": "楼"}}
    for n in range(1, 6)
]


def test_an_intact_chain_verifies() -> None:
    verdict = verify_chain(_chain(CONTENTS))
    assert verdict.ok
    assert verdict.checked == 5
    assert verdict.first_broken_seq is None


def test_an_empty_chain_is_intact() -> None:
    verdict = verify_chain([])
    assert verdict.ok
    assert verdict.checked == 0


def test_canonical_text_ignores_key_order_and_keeps_chinese() -> None:
    assert canonical({"b": 1, "a": "楼"}) == canonical({"a": "楼", "b": 1}) == '{"a":"楼","b":1}'
    assert entry_hash(GENESIS, {"b": 1, "a": 2}) == entry_hash(GENESIS, {"a": 2, "b": 1})
    assert entry_hash(GENESIS, {"a": 1}) != entry_hash("1" * 64, {"a": 1})


def test_changed_content_names_that_row() -> None:
    rows = _chain(CONTENTS)
    rows[2] = dataclasses.replace(rows[2], content={**rows[2].content, "after": {"code": "X"}})
    verdict = verify_chain(rows)
    assert (verdict.ok, verdict.first_broken_seq, verdict.reason) == (False, 3, "content_changed")
    assert verdict.checked == 2


def test_a_rewritten_hash_breaks_the_next_row() -> None:
    rows = _chain(CONTENTS)
    # Content changed and its own hash recomputed: the next row's link no longer fits.
    forged = {**rows[1].content, "after": {"code": "X"}}
    rehashed = entry_hash(rows[1].prev_hash, forged)
    rows[1] = dataclasses.replace(rows[1], content=forged, hash=rehashed)
    verdict = verify_chain(rows)
    assert (verdict.ok, verdict.first_broken_seq) == (False, 3)
    assert verdict.reason == "previous_hash_mismatch"


def test_a_wrong_previous_hash_is_named() -> None:
    rows = _chain(CONTENTS)
    rows[3] = dataclasses.replace(rows[3], prev_hash="f" * 64)
    verdict = verify_chain(rows)
    assert (verdict.first_broken_seq, verdict.reason) == (4, "previous_hash_mismatch")


@pytest.mark.parametrize("removed", [0, 2])
def test_a_removed_row_is_named(removed: int) -> None:
    rows = _chain(CONTENTS)
    del rows[removed]
    verdict = verify_chain(rows)
    assert not verdict.ok
    assert verdict.reason == "missing_row"
    assert verdict.first_broken_seq == removed + 2  # the row found where one is missing
    assert verdict.checked == removed


def test_rows_out_of_order_are_caught() -> None:
    rows = _chain(CONTENTS)
    rows[1], rows[2] = rows[2], rows[1]
    verdict = verify_chain(rows)
    assert not verdict.ok
    assert verdict.first_broken_seq == 3


def test_it_stops_at_the_first_break() -> None:
    rows = _chain(CONTENTS)
    rows[1] = dataclasses.replace(rows[1], hash="0" * 64)
    rows[4] = dataclasses.replace(rows[4], content={})
    verdict = verify_chain(rows)
    assert verdict.first_broken_seq == 2
