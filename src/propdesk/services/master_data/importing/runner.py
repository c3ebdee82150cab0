"""Run every row of a sheet through its register inside the caller's transaction.

Every row runs, so a preview lists every problem in the file at once; whether the
transaction is then committed is the caller's decision.

A row that fails before writing (its cells, the register's cleaning, the lookups)
is simply recorded. One that fails while writing may have written part of itself,
so it must be rolled back alone: in careful mode each row is written inside a
savepoint. Savepoints make an import about 1.5 times as slow, so the first pass runs
without them and, should a write fail, raises NeedsCareError: the caller rolls the
transaction back and runs again in careful mode, which gives the exact result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from propdesk.services.core.actor import Actor
from propdesk.services.core.import_sheets import ImportSheet
from propdesk.services.core.records import Outcome
from propdesk.services.master_data.importing.cells import RowCells
from propdesk.services.master_data.importing.columns import column_for
from propdesk.services.master_data.importing.headers import ColumnMap
from propdesk.services.master_data.importing.lookups import Lookups
from propdesk.services.master_data.importing.results import ImportResult, RowError
from propdesk.services.master_data.importing.workbook import SheetRows

PROGRESS_EVERY = 100
# (rows done, rows in all) → False cancels (nothing is written).
Progress = Callable[[int, int], bool | None]


class ImportCancelledError(UserError):
    """The progress callback asked to stop; nothing was written."""


class NeedsCareError(Exception):
    """A row failed while writing in the fast pass; run again with careful=True."""


@dataclass
class Tally:
    sheet: ImportSheet
    columns: ColumnMap
    total: int
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    errors: list[RowError] = field(default_factory=list)
    bad: dict[int, tuple[object, ...]] = field(default_factory=dict)

    def fail(
        self, number: int, cells: tuple[object, ...], exc: UserError, column: str | None
    ) -> None:
        spec = column_for(self.sheet.columns, column)
        key = spec.key if spec is not None and spec.key in self.columns.index else None
        self.errors.append(
            RowError(number, key, self.columns.header(key), self.columns.letter(key), exc)
        )
        self.bad[number] = cells

    def result(self, *, written: bool) -> ImportResult:
        return ImportResult(
            kind=self.sheet.key,
            total=self.total,
            created=self.outcomes[Outcome.CREATED],
            updated=self.outcomes[Outcome.UPDATED],
            unchanged=self.outcomes[Outcome.UNCHANGED],
            errors=tuple(self.errors),
            written=written,
            lang=self.columns.lang,
            headers=self.columns.headers,
            bad_rows=tuple(sorted(self.bad.items())),
        )


def _clash() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "messages",
            "This row clashes with a record already stored (perhaps a voided one with the "
            "same number).",
        )
    )


def run_rows(
    session: Session,
    actor: Actor,
    sheet: ImportSheet,
    rows: SheetRows,
    columns: ColumnMap,
    progress: Progress | None = None,
    *,
    careful: bool = False,
) -> Tally:
    specs = {c.key: c for c in sheet.columns}
    lookups = Lookups(session)
    tally = Tally(sheet, columns, len(rows.rows))
    seen: dict[str, int] = {}
    for done, (number, cells) in enumerate(rows.rows, 1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            _report(progress, done, tally.total)
        try:
            prepared = sheet.prepare(RowCells(columns, specs, cells), lookups)
        except UserError as exc:
            tally.fail(number, cells, exc, exc.field)
            continue
        if prepared.key in seen:
            repeated = ConflictError(
                QT_TRANSLATE_NOOP("messages", "This row repeats row {row}."),
                field=prepared.key_column,
                row=seen[prepared.key],
            )
            tally.fail(number, cells, repeated, prepared.key_column)
            continue
        seen[prepared.key] = number
        if not careful:
            try:
                tally.outcomes[prepared.write(session, actor)] += 1
            except (UserError, IntegrityError) as exc:
                raise NeedsCareError(f"row {number}") from exc
            continue
        try:
            with session.begin_nested():
                outcome = prepared.write(session, actor)
        except UserError as exc:
            lookups.forget()
            tally.fail(number, cells, exc, exc.field)
        except IntegrityError:
            lookups.forget()
            tally.fail(number, cells, _clash(), None)
        else:
            tally.outcomes[outcome] += 1
    if progress is not None:
        _report(progress, tally.total, tally.total)
    return tally


def _report(progress: Progress, done: int, total: int) -> None:
    if progress(done, total) is False:
        raise ImportCancelledError(QT_TRANSLATE_NOOP("messages", "The import was cancelled."))
