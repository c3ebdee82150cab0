"""What an exported table's columns are (kinds, headers), without loading openpyxl:
the UI declares columns at start-up; the writer is loaded only when exporting."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypedDict


class ColumnKind(StrEnum):
    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class ExportColumn:
    header: str  # already translated
    kind: ColumnKind = ColumnKind.TEXT


# (rows written so far, total rows or None when unknown) → False cancels the export.
Progress = Callable[[int, int | None], bool | None]


class SheetOptions(TypedDict, total=False):
    """What else writing one table may be given (export_table, and the service before it)."""

    sheet_title: str  # default "": the sheet is called Sheet1
    total: int | None  # rows expected, for progress; None when unknown
    progress: Progress | None


@dataclass(frozen=True)
class TableSheet:
    """One table of a workbook with several sheets (xlsx_export.export_tables)."""

    title: str
    columns: Sequence[ExportColumn]
    rows: Iterable[Sequence[object]]  # read once; may be a generator
    total: int | None = None  # rows expected, for progress; None when unknown
    # Printed at the foot of each page, left (e.g. the audit chain's place, audit_mark).
    footnote: str = ""
