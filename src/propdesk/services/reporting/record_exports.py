"""Export a table to Excel (`propdesk export`): each module's export kinds, found in
the registry (the gate journal and the repair tickets of a date range; the units,
residents and access cards registers as they are now, optionally narrowed to a date
range); every row streamed in keyset batches. Each file is an audit anchor
(services.core.audit_anchors): the chain's head when the export began is printed at the
foot of its pages and kept in the station's anchor file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from propdesk.config import Paths
from propdesk.domain.roles import Action
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.reports.audit_mark import audit_mark
from propdesk.reports.labels import normalise_lang
from propdesk.reports.table_columns import Progress
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import chain_head
from propdesk.services.core.audit_anchors import AnchorKind, remember_head
from propdesk.services.core.date_window import LATEST, OUT_OF_RANGE, date_in_window
from propdesk.services.core.module_spec import (
    DoorOf,
    ExportKind,
    ModuleSpec,
    SheetRequest,
    export_kinds,
)
from propdesk.services.reporting.monthly_data import check_reportable
from propdesk.store.unit_of_work import Store

# A register holds dates people give (moved in, a card issued by the old office), some
# before the console's records begin; its days may narrow it from here.
REGISTER_EARLIEST = date(1900, 1, 1)


def _check_day(day: date, field: str, dated: bool) -> None:
    """A dated kind's day within the years of the records (date_window); a register's
    from REGISTER_EARLIEST on. ValidationError naming `field`."""
    if dated:
        date_in_window(day, field)
    elif not REGISTER_EARLIEST <= day <= LATEST:
        raise ValidationError(
            OUT_OF_RANGE,
            field=field,
            earliest=REGISTER_EARLIEST.isoformat(),
            latest=LATEST.isoformat(),
        )


class RecordExportService:
    def __init__(
        self, store: Store, modules: tuple[ModuleSpec[Any], ...], door_of: DoorOf, paths: Paths
    ) -> None:
        self._store = store
        self._paths = paths
        self._kinds = export_kinds(modules)
        self._door_of = door_of

    @property
    def names(self) -> list[str]:
        """The export kinds' names, in the registry's order."""
        return list(self._kinds)

    def kind(self, name: str) -> ExportKind:
        """The export kind called `name`; LookupError for one no module declares."""
        return self._find(name)[1]

    def _find(self, name: str) -> tuple[ModuleSpec[Any], ExportKind]:
        found = self._kinds.get(name)
        if found is None:
            raise LookupError(f"no module exports {name!r}")
        return found

    def export(
        self,
        actor: Actor,
        name: str,
        date_from: date | None,
        date_to: date | None,
        path: Path,
        lang: str | None,
        progress: Progress | None = None,
    ) -> int:
        """Every record of the export kind `name` from `date_from` to `date_to` (local
        dates, both inclusive; required for a dated kind, either may be None for a
        register) with names and phones (the role may export the module); returns the
        rows written. NothingToReportError when the estate or the register is empty."""
        spec, kind = self._find(name)
        actor.require(kind.right, Action.EXPORT)
        # Checked first: a day after 9999-12-31 or before year 1 cannot even be computed.
        for field, day in (("date_from", date_from), ("date_to", date_to)):
            if day is not None:
                _check_day(day, field, kind.dated)
        if date_from is not None and date_to is not None and date_to < date_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The end date {end} is before the start {start}."),
                field="date_to",
                start=date_from.isoformat(),
                end=date_to.isoformat(),
            )
        if kind.dated and (date_from is None or date_to is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose the first and the last day to export."),
                field="date_from" if date_from is None else "date_to",
            )
        with self._store.read() as session:
            check_reportable(session, None, date.today())
            head = chain_head(session)
        request = SheetRequest(
            self._store, actor, date_from, date_to, normalise_lang(lang), personal=True
        )
        sheet = kind.sheet(self._door_of(spec), request)
        sheet = replace(sheet, footnote=audit_mark(head.seq, head.hash, request.lang))
        from propdesk.reports.xlsx_export import export_tables  # openpyxl only when needed

        written = export_tables(path, [sheet], progress=progress)[0]
        remember_head(self._paths, AnchorKind.REPORT, head, path.name)
        return written
