"""Excel import of the master-data registers (units, residents, vehicles, cards).

template(kind, lang) -> bytes / save_template(kind, lang, path)
ImportService(store).preview(actor, kind, path) -> ImportResult   (writes nothing)
ImportService(store).apply(actor, kind, path) -> ImportResult     (all or nothing)
save_error_report(path, result, describe, lang)
"""

from __future__ import annotations

from propdesk.services.importing.columns import MAX_ROWS, ImportKind
from propdesk.services.importing.error_report import save_error_report
from propdesk.services.importing.results import ImportResult, RowError
from propdesk.services.importing.runner import ImportCancelledError
from propdesk.services.importing.service import ImportService
from propdesk.services.importing.template import save_template, template

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
