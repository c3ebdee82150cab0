"""What the gate tab can be asked to show (a dashboard figure's link leads there)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class JournalDays:
    """The gate journal of these local days, both inclusive."""

    date_from: date
    date_to: date


@dataclass(frozen=True)
class InsideNow:
    """The gate's "inside now" view: the visitors and vehicles still inside."""
