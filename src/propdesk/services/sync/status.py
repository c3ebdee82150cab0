"""What the status bar and `propdesk sync status` say about the sync."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SyncStatus:
    letter: str  # this station's letter (numbers, audit chain)
    server: str  # host/database, without the password
    waiting: int  # rows saved here and not yet on the server
    conflicts: int  # open conflicts a person must resolve
    refused: int  # rows the server refused (sent again at every sync)
    last_synced_at: datetime | None
    offline_since: datetime | None  # None: the last attempt reached the server
    last_error: str  # the last failure, as the driver or server said it

    @property
    def online(self) -> bool:
        return self.offline_since is None and self.last_synced_at is not None


@dataclass(frozen=True)
class SyncReport:
    """One round of pulling and sending."""

    pulled: int = 0
    deleted: int = 0
    sent: int = 0
    conflicts: int = 0
    refused: int = 0
