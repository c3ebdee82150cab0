"""The audit trail's hash chain.

Each audit row stores the SHA-256 of its own content together with the previous row's
hash. Changing, removing or inserting a past row breaks every hash after it, so
`propdesk audit verify` can name the first row that no longer fits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical(content: Mapping[str, Any]) -> str:
    """One text for the same content on every station and Python version."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(previous: str, content: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update(previous.encode("ascii"))
    digest.update(canonical(content).encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class ChainRow:
    seq: int
    content: Mapping[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str = ""


def verify_chain(rows: Iterable[ChainRow]) -> ChainVerdict:
    """Rows in seq order; stops at the first that does not fit."""
    previous = GENESIS
    expected_seq = 1
    checked = 0
    for row in rows:
        if row.seq != expected_seq:
            return ChainVerdict(False, checked, row.seq, "missing_row")
        if row.prev_hash != previous:
            return ChainVerdict(False, checked, row.seq, "previous_hash_mismatch")
        if entry_hash(previous, row.content) != row.hash:
            return ChainVerdict(False, checked, row.seq, "content_changed")
        previous = row.hash
        expected_seq += 1
        checked += 1
    return ChainVerdict(True, checked)
