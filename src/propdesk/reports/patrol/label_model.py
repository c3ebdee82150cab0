"""What one checkpoint label says, as a plain value (no reportlab: the services build
these at any time; the layout loads only when a sheet is printed)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckpointLabel:
    """What one label says; `code` is what the QR holds and the reader types."""

    code: str
    name: str
    place: str
    route: str
    position: int
