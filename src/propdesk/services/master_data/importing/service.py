"""Import a register from an Excel sheet: preview what would happen, then apply.

Both run the real upserts inside one write transaction; a preview always rolls it
back, and apply commits only when no row failed. So the preview is exactly what
apply will do, and a file with any error writes nothing.

The registers are the master-data ones (ImportKind) plus the modules' sheets the
service is built with (bootstrap passes the registry's ModuleSpec.imports); each
needs CREATE and UPDATE on its own right.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from propdesk.domain.roles import Action
from propdesk.services.core.actor import Actor
from propdesk.services.core.import_sheets import ImportSheet
from propdesk.services.core.store_service import StoreService
from propdesk.services.master_data.id_numbers import IdNumbers
from propdesk.services.master_data.importing.headers import ColumnMap, check_unlabelled, map_headers
from propdesk.services.master_data.importing.results import ImportResult
from propdesk.services.master_data.importing.runner import NeedsCareError, Progress, run_rows
from propdesk.services.master_data.importing.sheets import ImportSheets
from propdesk.services.master_data.importing.template import save_template as write_template
from propdesk.services.master_data.importing.template import template as template_bytes
from propdesk.services.master_data.importing.workbook import SheetRows, read_first_sheet
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)


class _RollBack(Exception):  # noqa: N818 - control flow, never escapes this module
    def __init__(self, result: ImportResult) -> None:
        super().__init__("roll back")
        self.result = result


class ImportService(StoreService):
    def __init__(
        self, store: Store, id_numbers: IdNumbers, sheets: Sequence[ImportSheet] = ()
    ) -> None:
        super().__init__(store)
        self._id_numbers = id_numbers  # residents' ID numbers are sealed with its key
        self.sheets = ImportSheets(sheets)  # the registers', then the modules'

    def may_import(self, actor: Actor, kind: str) -> bool:
        """Whether `actor` may import `kind` (the dialog lists only those)."""
        right = self.sheets.sheet(kind).right
        return actor.may(right, Action.CREATE) and actor.may(right, Action.UPDATE)

    def template(self, kind: str, lang: str) -> bytes:
        """The template of `kind` as .xlsx bytes, in zh_CN, zh_TW or en."""
        return template_bytes(kind, lang, self.sheets)

    def save_template(self, kind: str, lang: str, path: Path) -> Path:
        """Write the template to `path` (all or nothing); FileWriteError when it cannot."""
        return write_template(kind, lang, path, self.sheets)

    def preview(
        self, actor: Actor, kind: str, path: Path, progress: Progress | None = None
    ) -> ImportResult:
        """What apply would do with this file; nothing is written."""
        return self._run(
            actor, self.sheets.sheet(kind), Path(path), commit=False, progress=progress
        )

    def apply(
        self, actor: Actor, kind: str, path: Path, progress: Progress | None = None
    ) -> ImportResult:
        """Import the file; `written` is False (and nothing is stored) if any row fails."""
        register = self.sheets.sheet(kind)
        return self._run(actor, register, Path(path), commit=True, progress=progress)

    def _run(
        self,
        actor: Actor,
        register: ImportSheet,
        path: Path,
        *,
        commit: bool,
        progress: Progress | None,
    ) -> ImportResult:
        actor.require(register.right, Action.CREATE)
        actor.require(register.right, Action.UPDATE)
        # The file is read and checked before the write lock is taken.
        sheet = read_first_sheet(path)
        columns = map_headers(sheet.headers, register.columns, self.sheets.words(register.key))
        check_unlabelled(columns, sheet.rows)
        try:
            return self._attempt(actor, register, sheet, columns, commit, progress, careful=False)
        except NeedsCareError:
            log.info("a %s row failed while writing; running again row by row", register.key)
            return self._attempt(actor, register, sheet, columns, commit, progress, careful=True)

    def _attempt(
        self,
        actor: Actor,
        register: ImportSheet,
        sheet: SheetRows,
        columns: ColumnMap,
        commit: bool,
        progress: Progress | None,
        *,
        careful: bool,
    ) -> ImportResult:
        try:
            with self._store.write() as session:
                self._id_numbers.lend_to(session)
                tally = run_rows(
                    session, actor, register, sheet, columns, progress, careful=careful
                )
                result = tally.result(written=commit and not tally.errors)
                if not result.written:
                    raise _RollBack(result)
        except _RollBack as rolled_back:
            return rolled_back.result
        return result
