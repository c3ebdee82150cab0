"""Every sheet an importer offers: the master-data registers it knows itself (ImportKind)
and the modules' sheets handed to it from above (ModuleSpec.imports, collected by
services.core.module_spec.module_import_sheets), all run the same way.

Everything downstream (the header matcher, the rows, the template, the command's
summary) takes an ImportSheet and its Words, never the kind's name, so a module's
sheet is imported exactly as the registers are.
"""

from __future__ import annotations

from collections.abc import Sequence

from propdesk.domain.roles import Module
from propdesk.services.core.import_sheets import ImportSheet
from propdesk.services.master_data.importing.columns import COLUMNS, SHEET_LABELS, ImportKind
from propdesk.services.master_data.importing.handlers import PREPARE
from propdesk.services.master_data.importing.words import CATALOGUE, Words, sheet_words

REGISTERS: tuple[ImportSheet, ...] = tuple(
    ImportSheet(kind.value, SHEET_LABELS[kind], COLUMNS[kind], PREPARE[kind], Module.MASTER_DATA)
    for kind in ImportKind
)


def _check_words(sheet: ImportSheet, words: Words) -> None:
    """Every word the sheet's template and matcher will ask for is there."""
    wanted = [sheet.sheet_label]
    for column in sheet.columns:
        wanted += [column.label_key, column.note_key, *(key for key, _ in column.choices)]
    missing = [key for key in wanted if not words.has(key)]
    if missing:
        raise ValueError(f"import {sheet.key}: no words for {', '.join(missing)}")


class ImportSheets:
    """The registers' sheets, then `extra` (the modules'), by key, in that order."""

    def __init__(self, extra: Sequence[ImportSheet] = ()) -> None:
        self._sheets: dict[str, tuple[ImportSheet, Words]] = {
            sheet.key: (sheet, CATALOGUE) for sheet in REGISTERS
        }
        for sheet in extra:
            if sheet.key in self._sheets:
                raise ValueError(f"import {sheet.key} is declared twice")
            words = sheet_words(sheet.labels, sheet.key)
            _check_words(sheet, words)
            self._sheets[sheet.key] = (sheet, words)
        self._extra = tuple(extra)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self._sheets)

    @property
    def extra(self) -> tuple[ImportSheet, ...]:
        """The modules' sheets (the dialog names them by their sheet label)."""
        return self._extra

    def sheet(self, kind: str) -> ImportSheet:
        """The sheet of `kind`; ValueError for a kind no one declared (as ImportKind)."""
        return self._entry(kind)[0]

    def words(self, kind: str) -> Words:
        return self._entry(kind)[1]

    def title(self, kind: str, lang: str | None) -> str:
        """The sheet's name in `lang` ("住户", "设施设备")."""
        sheet, words = self._entry(kind)
        return words.label(sheet.sheet_label, lang)

    def _entry(self, kind: str) -> tuple[ImportSheet, Words]:
        found = self._sheets.get(str(kind))
        if found is None:
            raise ValueError(f"{kind!r} is not an import kind ({', '.join(self._sheets)})")
        return found


BUILT_IN = ImportSheets()  # the registers alone (the module-level template functions)
