"""The registers `propdesk export` writes: units, residents and access cards, each as
it is now (the days, when given, narrow it; see register_sheets)."""

from __future__ import annotations

from propdesk.domain.roles import Module
from propdesk.reports.table_columns import TableSheet
from propdesk.services.core.module_spec import ExportKind, SheetRequest


def _register(name: str) -> ExportKind:
    def sheet(door: None, request: SheetRequest) -> TableSheet:
        del door  # the master data has no front door
        # Loaded on use: the registers' columns are the import's, whose package loads
        # openpyxl, which start-up need not pay for.
        from propdesk.services.master_data.register_sheets import export_register

        return export_register(name, request)

    return ExportKind(name, Module.MASTER_DATA, dated=False, sheet=sheet)


REGISTER_EXPORTS: tuple[ExportKind, ...] = tuple(
    _register(name) for name in ("units", "residents", "cards")
)
