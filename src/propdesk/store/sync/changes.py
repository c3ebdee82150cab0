"""What travels: a row a station sends (Outgoing), what the server answered (PushOutcome),
a row changed on the server (Change)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RowId = tuple[str, str]  # (table, key)


@dataclass(frozen=True)
class Outgoing:
    tbl: str
    key: str
    row: dict[str, Any] | None  # None: deleted on the station
    base: int | None  # server revision it was taken from; None: as copied at joining
    newest_seq: int  # its newest outbox line in this batch
    # Made on this station and never seen on the server: no other writer can have
    # touched it (its id is this station's UUIDv7), so it is written without asking.
    new_here: bool = False
    # A row made here as the station's file holds it (store/sync/copy_in.py); `row` is
    # then None. Edits travel as `row` (typed values), which a conflict can compare.
    raw: tuple[Any, ...] | None = None

    @property
    def deleted(self) -> bool:
        return self.row is None and self.raw is None


@dataclass(frozen=True)
class ServerVersion:
    tbl: str
    key: str
    row: dict[str, Any] | None  # None: deleted on the server
    rev: int
    station: str


@dataclass
class PushOutcome:
    applied: dict[RowId, int] = field(default_factory=dict)  # new server revision
    conflicts: list[tuple[Outgoing, ServerVersion]] = field(default_factory=list)
    refused: list[tuple[Outgoing, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    tbl: str
    key: str
    rev: int
    station: str
    deleted: bool
