"""Records as workbook tables: a sheet is a list of fields (header, kind, how a row
gives the cell), with headers and codes in the workbook's language and values as real
dates and numbers.

The modules declare their fields (the gate journal's, the repair tickets', the
registers') next to the rows they read; the monthly workbook and `propdesk export`
both write them. `personal` fields (visitors' and reporters' names and phones) are
written only when asked: an export by whoever may see them asks for them; the
monthly workbook, which goes to the owners' committee, leaves them out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from propdesk.reports.monthly.labels import has, text
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

R = TypeVar("R")


@dataclass(frozen=True)
class Field(Generic[R]):
    header_key: str  # in reports.monthly.labels (or the sheet's own `heading`)
    kind: ColumnKind
    value: Callable[[R, str], object]  # (row, lang) → the cell's value
    personal: bool = False


def code_name(prefix: str, value: str, lang: str) -> str:
    """A code's name in the workbook's language, or the code when it has none."""
    key = f"{prefix}.{value}"
    return text(key, lang) if has(key) else value


# The gate's stored notes (services/gate/entries.py writes them in English) and their
# words; any other note is what a guard typed and is written as typed.
GATE_NOTES = {
    "unknown card": "note.unknown_card",
    "card lost": "note.card_lost",
    "card revoked": "note.card_revoked",
    "card returned": "note.card_returned",
}


def gate_note(note: str, lang: str) -> str:
    """A gate journal row's note in the workbook's language ("card lost" → 卡已挂失)."""
    key = GATE_NOTES.get(note)
    return text(key, lang) if key else note


def yes_no(value: bool | None, lang: str) -> str:
    return "" if value is None else text("yes" if value else "no", lang)


def fields_sheet(
    title: str,
    fields: Sequence[Field[R]],
    rows: Iterable[R],
    lang: str,
    *,
    personal: bool,
    total: int | None,
    heading: Callable[[str, str], str] = text,
) -> TableSheet:
    """A sheet of `fields` over `rows`, the personal ones only when asked; `heading`
    turns a field's header key into its text (default: the monthly labels)."""
    chosen = [f for f in fields if personal or not f.personal]
    columns = [ExportColumn(heading(f.header_key, lang), f.kind) for f in chosen]

    def cells() -> Iterator[list[object]]:
        for row in rows:
            yield [f.value(row, lang) for f in chosen]

    return TableSheet(title, columns, cells(), total)
