"""What the patrol tab can be asked to show (a dashboard figure's link leads there)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DayGridView:
    """The compliance grid of this local day: its slots against the routes."""

    day: date


@dataclass(frozen=True)
class OpenFindings:
    """The findings not dealt with yet."""


@dataclass(frozen=True)
class RoundView:
    """One round's detail."""

    round_id: uuid.UUID
