"""The audit trail's hash chain.

Each audit row stores the SHA-256 of its own content together with the previous row's
hash. Changing, removing or inserting a past row breaks every hash after it, so
`propdesk audit verify` can name the first row that no longer fits.

There is one chain per writer (issue 22): "" for the stations that write on the
database directly, and one per station that works on its own copy and syncs with the
server, named by its letter. Each is verified on its own; the verdict names the chain.
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
    chain: str = ""  # whose chain: a syncing station's letter, "" the database's own


@dataclass(frozen=True)
class TrailVerdict:
    """Every chain of the trail, "" first, then by letter. Read as one verdict (ok,
    checked, first_broken_seq, reason, chain) it is the first broken chain's, with
    the entries checked in all chains."""

    chains: tuple[ChainVerdict, ...] = ()

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.chains)

    @property
    def broken(self) -> tuple[ChainVerdict, ...]:
        return tuple(c for c in self.chains if not c.ok)

    @property
    def checked(self) -> int:
        return sum(c.checked for c in self.chains)

    @property
    def first_broken_seq(self) -> int | None:
        return self.broken[0].first_broken_seq if self.broken else None

    @property
    def reason(self) -> str:
        return self.broken[0].reason if self.broken else ""

    @property
    def chain(self) -> str | None:
        """The first broken chain's name; None when none is broken."""
        return self.broken[0].chain if self.broken else None

    @property
    def has_station_chains(self) -> bool:
        """Whether a syncing station wrote here too: the verdict then names each chain."""
        return any(c.chain for c in self.chains)


def verify_chain(rows: Iterable[ChainRow], chain: str = "") -> ChainVerdict:
    """One chain's rows in seq order; stops at the first that does not fit."""
    previous = GENESIS
    expected_seq = 1
    checked = 0
    for row in rows:
        if row.seq != expected_seq:
            return ChainVerdict(False, checked, row.seq, "missing_row", chain)
        if row.prev_hash != previous:
            return ChainVerdict(False, checked, row.seq, "previous_hash_mismatch", chain)
        if entry_hash(previous, row.content) != row.hash:
            return ChainVerdict(False, checked, row.seq, "content_changed", chain)
        previous = row.hash
        expected_seq += 1
        checked += 1
    return ChainVerdict(True, checked, chain=chain)
