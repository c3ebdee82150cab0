"""Export to Excel of any table the UI shows, checked against the role's EXPORT right."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Unpack

from propdesk.domain.roles import Action, Module
from propdesk.reports.table_columns import ColumnKind, ExportColumn, SheetOptions
from propdesk.services.core.actor import Actor

__all__ = ["ColumnKind", "ExportColumn", "ExportService"]


class ExportService:
    def export(
        self,
        actor: Actor,
        module: Module,
        path: Path,
        columns: Sequence[ExportColumn],
        rows: Iterable[Sequence[object]],
        **options: Unpack[SheetOptions],
    ) -> int:
        """Write exactly the rows and columns given (what the user sees); returns rows."""
        actor.require(module, Action.EXPORT)
        from propdesk.reports.xlsx_export import export_table  # openpyxl only when needed

        return export_table(path, columns, rows, **options)
