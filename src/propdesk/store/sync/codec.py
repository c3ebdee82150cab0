"""A row as JSON and back, by its columns' types: how a conflict keeps both versions
of a row in the station's file until a person chooses."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Table, Uuid

from propdesk.store.types import AwareDateTime


def to_json(row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        if isinstance(value, uuid.UUID):
            out[name] = value.hex
        elif isinstance(value, datetime | date):
            out[name] = value.isoformat()
        else:
            out[name] = value
    return out


def from_json(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in values:
            continue
        value = values[column.name]
        if value is not None:
            if isinstance(column.type, Uuid):
                value = uuid.UUID(hex=value)
            elif isinstance(column.type, AwareDateTime):
                value = datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                value = date.fromisoformat(value)
        out[column.name] = value
    return out
