"""Which tables travel between a station's copy and the server, in which order, and how
a row is named on both sides.

Every table travels except the sync bookkeeping itself and two per-writer tables: the
number counters (a syncing station counts its own lettered numbers) and the audit
chain's head (each writer extends its own chain). Rows are named by their primary key
as text: a UUID as its 32 hex digits (how SQLite keeps it), anything else as it is.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Column, Table, Uuid

import propdesk.store.models  # noqa: F401  (every table on the metadata)
from propdesk.store.base import Base

LOCAL_ONLY = frozenset(
    {
        "alembic_version",
        "audit_head",
        "number_counter",
        "sync_log",
        "sync_station",
        "sync_identity",
        "sync_outbox",
        "sync_base",
        "sync_applying",
        "sync_conflict",
    }
)


@cache
def synced_tables() -> tuple[Table, ...]:
    """Parents before children (foreign keys), so rows can be written in this order."""
    return tuple(t for t in Base.metadata.sorted_tables if t.name not in LOCAL_ONLY)


@cache
def table_rank() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(synced_tables())}


def table_named(name: str) -> Table:
    table = Base.metadata.tables.get(name)
    if table is None or name in LOCAL_ONLY:
        raise KeyError(name)
    return table


def key_column(table: Table) -> Column[Any]:
    columns = list(table.primary_key.columns)
    if len(columns) != 1:
        raise ValueError(f"{table.name}: a synced table needs a one-column primary key")
    return columns[0]


def is_uuid_key(table: Table) -> bool:
    return isinstance(key_column(table).type, Uuid)


def key_text(table: Table, value: object) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value)


def key_value(table: Table, text: str) -> object:
    if is_uuid_key(table):
        return uuid.UUID(hex=text)
    return text


def row_key(table: Table, row: Mapping[str, Any]) -> str:
    return key_text(table, row[key_column(table).name])
