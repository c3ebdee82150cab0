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
    route: str  # a checkpoint's route, or what an equipment item is
    position: int  # its place on the route; 0 for none (an equipment item)


@dataclass(frozen=True)
class SheetWords:
    """The label-table keys of the sheet's title and its how-to line (the footer):
    checkpoint labels are stuck at checkpoints, equipment labels on the equipment."""

    title: str = "sheet.title"
    cut: str = "sheet.cut"


CHECKPOINT_SHEET = SheetWords()
EQUIPMENT_SHEET = SheetWords("equipment_sheet.title", "equipment_sheet.cut")
