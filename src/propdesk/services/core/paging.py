"""Keyset paging of the newest-first lists (the gate journal, the repair tickets): a
page of rows and the key that asks for the next, older, one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

Key = tuple[datetime, uuid.UUID]  # (the row's time, its id): the lists' order, newest first
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Page(Generic[RowT]):
    rows: list[RowT]
    # Pass as `before` to get the next (older) page; None when this was the last.
    next_before: Key | None
