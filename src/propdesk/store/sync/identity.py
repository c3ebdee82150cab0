"""Which syncing station this database belongs to ("" when it is not a syncing copy).

The letter goes into the human numbers this station hands out (WX202612-B0001: unique
across stations without asking the server) and names its audit chain.
"""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from propdesk.store.models.sync import SyncIdentity


def station_letter(db: Session | Connection) -> str:
    """This copy's station letter, or "" for a database written directly (the SQLite
    file of a single station, the server itself, a station working on the server)."""
    letter = db.execute(select(SyncIdentity.letter).where(SyncIdentity.id == 1)).scalar()
    return letter or ""
