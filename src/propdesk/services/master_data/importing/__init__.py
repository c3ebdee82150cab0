"""Excel import of the master-data registers (units, residents, vehicles, cards).

template(kind, lang) -> bytes / save_template(kind, lang, path)
ImportService(store, id_numbers).preview(actor, kind, path) -> ImportResult   (writes nothing)
ImportService(store, id_numbers).apply(actor, kind, path) -> ImportResult     (all or nothing)
save_error_report(path, result, describe, lang)
"""

from __future__ import annotations

from propdesk.services.master_data.importing.columns import MAX_ROWS, ImportKind
from propdesk.services.master_data.importing.error_report import save_error_report
from propdesk.services.master_data.importing.results import ImportResult, RowError
from propdesk.services.master_data.importing.runner import ImportCancelledError
from propdesk.services.master_data.importing.service import ImportService
from propdesk.services.master_data.importing.template import save_template, template

__all__ = [
    "MAX_ROWS",
    "ImportCancelledError",
    "ImportKind",
    "ImportResult",
    "ImportService",
    "RowError",
    "save_error_report",
    "save_template",
    "template",
]
