"""What a preview or an import reports: counts, and each row's problem."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.errors import PropdeskError


@dataclass(frozen=True)
class RowError:
    row: int  # the row number Excel shows (the header is row 1)
    column: str | None  # column key ("unit"; its header label is "col.unit"); None: the row
    header: str  # that column's header as written in the file, "" for a whole-row error
    letter: str  # that column's letter (A, B, …), "" for a whole-row error
    error: PropdeskError


@dataclass(frozen=True)
class ImportResult:
    kind: str  # the sheet's key: an ImportKind's value or a module's sheet
    total: int  # data rows in the file
    created: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
    written: bool  # True only when apply committed every row
    lang: str  # the language the file's headers are written in
    headers: tuple[str, ...]  # the file's header row, as written
    bad_rows: tuple[tuple[int, tuple[object, ...]], ...]  # the rows with errors, as read

    @property
    def ok(self) -> bool:
        return not self.errors
