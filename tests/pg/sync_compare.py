"""Every synced row of a database, for comparing stations with the server."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from propdesk.store.sync.tables import row_key, synced_tables


def every_row(engine: Engine) -> dict[str, dict[str, dict[str, Any]]]:
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    with engine.connect() as conn:
        for table in synced_tables():
            rows[table.name] = {
                row_key(table, dict(r)): dict(r) for r in conn.execute(select(table)).mappings()
            }
    return rows


def differences(a: Engine, b: Engine) -> list[str]:
    """Where two databases' synced rows differ (empty: the same rows)."""
    left, right = every_row(a), every_row(b)
    found: list[str] = []
    for name in left:
        l_rows, r_rows = left[name], right[name]
        for key in sorted(set(l_rows) ^ set(r_rows)):
            found.append(f"{name} {key}: only in {'first' if key in l_rows else 'second'}")
        for key in sorted(set(l_rows) & set(r_rows)):
            if l_rows[key] != r_rows[key]:
                diff = {c for c in l_rows[key] if l_rows[key][c] != r_rows[key][c]}
                found.append(f"{name} {key}: {sorted(diff)} differ")
    return found
