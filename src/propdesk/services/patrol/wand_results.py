"""What a wand import shows before writing and reports after: the rounds it makes, the
swipes it lists with their problem, the codes and what they are mapped to, and the rows
it could not read."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.patrol.swipes import SwipeProblem
from propdesk.domain.patrol.timing import Verdict
from propdesk.services.patrol.wand_cells import WandRowError
from propdesk.services.patrol.wand_columns import WandColumns
from propdesk.services.patrol.wand_file import WandSheet


@dataclass(frozen=True)
class WandFormat:
    """How to read a file: the wand model's name ("" for the template) and its columns."""

    model: str
    columns: WandColumns


@dataclass(frozen=True)
class WandOpened:
    """A file read, and how its columns are known: `columns` when no one needs to be
    asked (the model's remembered choice fits, or the template's headers), else None
    and `guess` to start the choice from."""

    sheet: WandSheet
    model: str
    columns: WandColumns | None
    guess: WandColumns


@dataclass(frozen=True)
class WandRound:
    number: str  # "" in a preview, XL… once imported
    device: str
    route_id: uuid.UUID
    route_name: str
    guard_id: uuid.UUID | None
    guard_name: str
    no_guard: bool  # no guard card before it: named after the wand
    started_at: datetime
    finished_at: datetime
    slot_at: datetime | None  # None: an extra round, outside every slot
    verdict: Verdict | None
    visited: int
    total: int  # the route's checkpoints
    checkpoints: tuple[str, ...]  # the names reached, in time order
    repeats: int  # double touches, kept with the round


@dataclass(frozen=True)
class WandListed:
    """A swipe listed rather than made part of a round."""

    row: int
    device: str
    code: str
    at: datetime
    problem: SwipeProblem
    # SLOT_TAKEN: the number of the round already answering the slot ("": another
    # round of the same file, not numbered yet).
    taken_by: str = ""


@dataclass(frozen=True)
class WandCode:
    """A code of the file and what it is mapped to (neither: unknown yet)."""

    code: str
    swipes: int
    devices: tuple[str, ...]
    checkpoint_id: uuid.UUID | None = None
    guard_id: uuid.UUID | None = None
    target: str = ""  # "东区 · 1号楼大堂" or the guard's name
    suggested_checkpoint_id: uuid.UUID | None = None  # a checkpoint with the same code

    @property
    def known(self) -> bool:
        return self.checkpoint_id is not None or self.guard_id is not None


@dataclass(frozen=True)
class CodeMapping:
    """A code mapped to a checkpoint (a tag) or to a guard (the guard's card)."""

    code: str
    checkpoint_id: uuid.UUID | None = None
    guard_id: uuid.UUID | None = None


@dataclass(frozen=True)
class WandPreview:
    name: str  # the file's
    rows: int  # data rows in the file
    row_errors: tuple[WandRowError, ...]
    new_swipes: int  # swipes not imported before
    already_imported: int  # swipes of the file already stored: they add nothing
    repeated_rows: int  # rows repeating another row of the file
    codes: tuple[WandCode, ...]
    rounds: tuple[WandRound, ...]
    listed: tuple[WandListed, ...]
    written: bool = False

    @property
    def ok(self) -> bool:
        """Every row could be read: the import may be written."""
        return not self.row_errors

    @property
    def unknown_codes(self) -> tuple[WandCode, ...]:
        return tuple(code for code in self.codes if not code.known)
