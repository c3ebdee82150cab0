"""Records of a period as workbook tables: the gate journal and the repair tickets,
with headers in the workbook's language and values as real dates and numbers.

Used by the monthly workbook and by `propdesk export`. The rows come from the
modules' own streaming iterators (keyset batches, each its own short read), so a
month of gate traffic or five years of it goes out in flat memory. `personal` adds
visitors' and reporters' names and phones: an export by whoever may see them asks for
them; the monthly workbook, which goes to the owners' committee, leaves them out.
The master-data registers' sheets (register_sheets) are built on the same Field and
fields_sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from propdesk.reports.monthly.labels import has, text
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.journal import JournalRow
from propdesk.services.repairs.queries import TicketRow

R = TypeVar("R")
K = ColumnKind


@dataclass(frozen=True)
class Field(Generic[R]):
    header_key: str  # in reports.monthly.labels (or the sheet's own `heading`)
    kind: ColumnKind
    value: Callable[[R, str], object]  # (row, lang) → the cell's value
    personal: bool = False


def _label(prefix: str, value: str, lang: str) -> str:
    """A code's name in the workbook's language, or the code when it has none."""
    key = f"{prefix}.{value}"
    return text(key, lang) if has(key) else value


def _yes_no(value: bool | None, lang: str) -> str:
    return "" if value is None else text("yes" if value else "no", lang)


GATE_FIELDS: tuple[Field[JournalRow], ...] = (
    Field("xlsx.time", K.DATETIME, lambda r, _: r.occurred_at),
    Field("xlsx.kind", K.TEXT, lambda r, lang: _label("kind", r.kind.value, lang)),
    Field("xlsx.station", K.TEXT, lambda r, _: r.station),
    Field("xlsx.username", K.TEXT, lambda r, _: r.username),
    Field("xlsx.card", K.TEXT, lambda r, _: r.card_number),
    Field("xlsx.name", K.TEXT, lambda r, _: r.person_name, personal=True),
    Field("xlsx.unit_code", K.TEXT, lambda r, _: r.unit_code),
    Field("xlsx.plate", K.TEXT, lambda r, _: r.plate),
    Field("xlsx.pass", K.TEXT, lambda r, _: r.pass_number),
    Field("xlsx.permit", K.TEXT, lambda r, _: r.permit_number),
    Field("xlsx.purpose", K.TEXT, lambda r, _: r.purpose),
    Field("xlsx.description", K.TEXT, lambda r, _: r.description),
    Field("xlsx.place", K.TEXT, lambda r, _: r.place),
    # Fees are collected at the exit only; other rows stay empty, so the column's sum
    # is the period's takings.
    Field(
        "xlsx.fee",
        K.MONEY,
        lambda r, _: r.fee_fen if r.kind is GateEventKind.VEHICLE_OUT else None,
    ),
    Field("xlsx.closed", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.note", K.TEXT, lambda r, _: r.note),
)


def _arrival_met(row: TicketRow, lang: str) -> str:
    if row.arrived_at is None:
        return ""
    return _yes_no(row.arrived_at <= row.arrival_due_at, lang)


REPAIR_FIELDS: tuple[Field[TicketRow], ...] = (
    Field("col.number", K.TEXT, lambda r, _: r.number),
    Field("col.reported", K.DATETIME, lambda r, _: r.reported_at),
    Field("col.state", K.TEXT, lambda r, lang: _label("state", r.state.value, lang)),
    Field(
        "xlsx.outcome",
        K.TEXT,
        lambda r, lang: _label("outcome", r.outcome.value, lang) if r.outcome else "",
    ),
    Field("repairs.priority", K.TEXT, lambda r, lang: _label("priority", r.priority.value, lang)),
    Field("repairs.category", K.TEXT, lambda r, lang: _label("category", r.category.value, lang)),
    Field("xlsx.channel", K.TEXT, lambda r, lang: _label("channel", r.channel, lang)),
    Field("xlsx.paid", K.TEXT, lambda r, lang: _yes_no(r.paid, lang)),
    Field("col.location", K.TEXT, lambda r, _: r.location),
    Field("xlsx.reporter", K.TEXT, lambda r, _: r.reporter_name, personal=True),
    Field("xlsx.phone", K.TEXT, lambda r, _: r.reporter_phone, personal=True),
    Field("col.technician", K.TEXT, lambda r, _: r.technician_name),
    Field("xlsx.due", K.DATETIME, lambda r, _: r.arrival_due_at),
    Field("xlsx.arrived", K.DATETIME, lambda r, _: r.arrived_at),
    Field("xlsx.arrival_met", K.TEXT, _arrival_met),
    Field("xlsx.ticket_closed", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.rating", K.INT, lambda r, _: r.rating),
    Field("xlsx.description", K.TEXT, lambda r, _: r.description),
)


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


def gate_sheet(
    rows: Iterable[JournalRow], lang: str, *, personal: bool, total: int | None = None
) -> TableSheet:
    return fields_sheet(
        text("sheet.gate", lang), GATE_FIELDS, rows, lang, personal=personal, total=total
    )


def repair_sheet(
    rows: Iterable[TicketRow], lang: str, *, personal: bool, total: int | None = None
) -> TableSheet:
    return fields_sheet(
        text("sheet.repairs", lang), REPAIR_FIELDS, rows, lang, personal=personal, total=total
    )
