"""Excel import of the master-data registers (units, residents, vehicles, cards) and of
the modules' sheets handed in from above (services.core.import_sheets.ImportSheet).

template(kind, lang) -> bytes / save_template(kind, lang, path)   (the registers)
importer = ImportService(store, id_numbers, sheets)   (sheets: the modules' ImportSheets)
importer.template(kind, lang) / importer.save_template(kind, lang, path)
importer.preview(actor, kind, path) -> ImportResult   (writes nothing)
importer.apply(actor, kind, path) -> ImportResult     (all or nothing)
importer.sheets: every kind (ImportSheets: keys, title, the modules' `extra`)
save_error_report(path, result, describe, lang)
"""

from __future__ import annotations

from propdesk.services.master_data.importing.columns import MAX_ROWS, ImportKind
from propdesk.services.master_data.importing.error_report import save_error_report
from propdesk.services.master_data.importing.results import ImportResult, RowError
from propdesk.services.master_data.importing.runner import ImportCancelledError
from propdesk.services.master_data.importing.service import ImportService
from propdesk.services.master_data.importing.sheets import ImportSheets
from propdesk.services.master_data.importing.template import save_template, template

__all__ = [
    "MAX_ROWS",
    "ImportCancelledError",
    "ImportKind",
    "ImportResult",
    "ImportService",
    "ImportSheets",
    "RowError",
    "save_error_report",
    "save_template",
    "template",
]
