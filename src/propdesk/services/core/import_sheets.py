"""An Excel import sheet, declared by whoever owns the register it fills.

The importer (services.master_data.importing) reads a workbook, finds the columns by
their headers, runs every row through the sheet's `prepare` and writes all rows or
none. It knows the master-data registers itself; a business module (the equipment
register of the inspections) declares its sheet here, in the importer's terms, and
lists it in its ModuleSpec's `imports`. The importer sits below the modules and may
not import them, so the sheets reach it from above (bootstrap, the commands).

The declaration lives in core because both sides need it: the module to declare its
sheet, the importer to run it. What a row's preparation gets from the importer is
described by two protocols (the importer's RowCells and Lookups fulfil them), so a
module's sheet never imports the importer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from sqlalchemy.orm import Session

from propdesk.domain.roles import Module
from propdesk.reports.labels import Trilingual
from propdesk.services.core.actor import Actor
from propdesk.services.core.records import Outcome


class CellKind(StrEnum):
    TEXT = "text"  # free text (names, descriptions)
    CODE = "code"  # an identifier: a number typed in Excel is read back as its digits
    INT = "int"
    NUMBER = "number"  # a decimal, handed on as typed text (area)
    DATE = "date"
    CHOICE = "choice"  # one of `choices`, picked from a drop-down list


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a sheet. Its `key` names its header (labels "col.<key>") and its
    explanation on the notes sheet ("note.<key>"); `fields` are the error fields the
    register raises that belong to this column, so a message lands on the right cell."""

    key: str
    required: bool = False
    cell: CellKind = CellKind.TEXT
    # (label key, stored value) for a CHOICE column.
    choices: tuple[tuple[str, str], ...] = ()
    fields: tuple[str, ...] = ()
    example: str | int | dt.date | None = None
    width: int = 12

    @property
    def label_key(self) -> str:
        return f"col.{self.key}"

    @property
    def note_key(self) -> str:
        return f"note.{self.key}"

    def owns(self, field: str | None) -> bool:
        return field is not None and (field == self.key or field in self.fields)


class SheetCells(Protocol):
    """One row's cells, typed as its column says; each getter raises ValidationError
    with `field` set to the column key (the importer's RowCells)."""

    def raw(self, key: str) -> object: ...

    def text(self, key: str) -> str: ...

    def integer(self, key: str) -> int | None: ...

    def number_text(self, key: str) -> str: ...

    def choice(self, key: str) -> str: ...

    def date(self, key: str) -> dt.date | None: ...


class SheetLookups(Protocol):
    """The live units and residents, loaded once per import (the importer's Lookups);
    each raises NotFoundError on the field given when there is none."""

    def require_unit(self, code: str) -> object: ...

    def require_resident(self, unit_code: str, name: str, field: str) -> None: ...


Write = Callable[[Session, Actor], Outcome]


@dataclass(frozen=True)
class Prepared:
    """A row checked without writing, and the write an apply runs (the register's own
    upsert, so an import follows the same rules and leaves the same audit rows)."""

    key: str  # what identifies the record, to find a row repeated in the file
    key_column: str  # the column blamed when it is repeated
    write: Write


PrepareRow = Callable[[SheetCells, SheetLookups], Prepared]


@dataclass(frozen=True)
class ImportSheet:
    """A register's import: `propdesk import|template KEY`, the import dialog's entry,
    the template's first sheet, and how each row is checked and written."""

    key: str  # "equipment": the command's choice, the template's file name
    sheet_label: str  # "sheet.equipment": the template's sheet name, and the entry's
    columns: tuple[ColumnSpec, ...]  # in template order
    prepare: PrepareRow
    right: Module  # CREATE and UPDATE on it are needed to import
    # Its workbook words the labels catalogue (reports.labels.LABELS) lacks: the sheet
    # name, each column's header ("col.<key>") and note ("note.<key>"), drop-down
    # values. A key the catalogue has keeps the catalogue's words (the importer checks).
    labels: Mapping[str, Trilingual] = field(default_factory=dict)
