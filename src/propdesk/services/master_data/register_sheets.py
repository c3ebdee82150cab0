"""The master-data registers as workbook tables (`propdesk export units|residents|cards`):
the register as it is now, one row a unit, resident or access card, for the owners'
committee or a new contractor.

The columns are the registers' import columns (services.importing.columns), in the
same order and with the same headers (reports.labels "col.*"), so the export reads
like the import template; the values are the Residents & units tab's DTOs (a
resident's ID number masked exactly as the tab shows it; phones in full, as the tab
and its Export to Excel show them). The masked ID number goes under a header of its
own ("Masked ID number"), which the import does not know: an exported sheet fed back
to the import is refused whole, instead of writing asterisks over the real numbers.

The rows are read in keyset batches on the tab's order (each batch its own short
read), the shape of the gate journal's and the repair list's `iter_rows`. The
registers' export kinds (register_exports) load this file when a register is
exported: its columns are the import's, whose package loads openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, func, literal, select, tuple_
from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.reports.labels import label, normalise_lang
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.module_spec import NothingToReportError, SheetRequest
from propdesk.services.core.periods import start_of
from propdesk.services.master_data.cards import CardInfo, CardStatus
from propdesk.services.master_data.importing.columns import (
    COLUMNS,
    SHEET_LABELS,
    CellKind,
    ImportKind,
)
from propdesk.services.master_data.residents import ResidentInfo
from propdesk.services.master_data.residents import _info as resident_info
from propdesk.services.master_data.units import UnitInfo
from propdesk.services.master_data.units import _info as unit_info
from propdesk.store.models import AccessCard, Building, Resident, Unit

R = TypeVar("R")
REGISTER_BATCH = 2000
Read = Callable[[], AbstractContextManager[Session]]


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


# Headers the import has no column for (reports.labels holds the others). Keep them
# unlike any import header, also once the import's folding drops a bracketed tail.
REGISTER_LABELS: dict[str, dict[str, str]] = {
    "col.id_masked": _t("已遮盖证件号码", "已遮蓋證件號碼", "Masked ID number"),
}

# Import columns holding personal data (written only when the export asks for it).
PERSONAL = frozenset({"phone", "phone2", "id_number"})
_KINDS = {
    CellKind.INT: ColumnKind.INT,
    CellKind.NUMBER: ColumnKind.DECIMAL,
    CellKind.DATE: ColumnKind.DATE,
}


def heading(key: str, lang: str) -> str:
    own = REGISTER_LABELS.get(key)
    return own[normalise_lang(lang)] if own is not None else label(key, lang)


@dataclass(frozen=True)
class Span:
    """Days the register is narrowed to (both inclusive); None: open on that side."""

    first: date | None = None
    last: date | None = None


def _cell(
    choices: tuple[tuple[str, str], ...], get: Callable[[R], object]
) -> Callable[[R, str], object]:
    """(row, lang) → the cell: a choice's stored value as its label in `lang`."""
    names = {stored: key for key, stored in choices}
    if not names:
        return lambda row, _lang: get(row)

    def choice(row: R, lang: str) -> object:
        value = get(row)
        return label(names[value], lang) if isinstance(value, str) and value in names else value

    return choice


def _import_fields(
    kind: ImportKind,
    values: Mapping[str, Callable[[R], object]],
    *,
    before: Sequence[Field[R]] = (),
    instead: Mapping[str, Field[R]] | None = None,
) -> tuple[Field[R], ...]:
    """The fields of `kind`'s import columns, in their order, valued by `values` (one
    per column key); `instead` swaps a column for another, `before` adds columns in
    front."""
    fields = list(before)
    for spec in COLUMNS[kind]:
        if instead and spec.key in instead:
            fields.append(instead[spec.key])
            continue
        fields.append(
            Field(
                spec.label_key,
                _KINDS.get(spec.cell, ColumnKind.TEXT),
                _cell(spec.choices, values[spec.key]),
                personal=spec.key in PERSONAL,
            )
        )
    return tuple(fields)


@dataclass(frozen=True)
class _Register(Generic[R]):
    base: Callable[..., Select[Any]]  # select(*columns) of the live rows, joined
    order: tuple[Any, ...]  # the keyset (columns): the tab's order, unique
    payload: tuple[Any, ...]  # what `info` gets, selected after the order columns
    info: Callable[..., R]  # (*payload) → the row's DTO
    dated: Callable[[Span], list[ColumnElement[bool]]]
    fields: tuple[Field[R], ...]
    empty: str  # why there is nothing to export when the register has no row at all


def _between(column: Any, span: Span) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if span.first is not None:
        conditions.append(column >= span.first)
    if span.last is not None:
        conditions.append(column <= span.last)
    return conditions


def _units(*columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .select_from(Unit)
        .join(Building, Unit.building_id == Building.id)
        .where(Unit.voided_at.is_(None))
    )


def _units_entered(span: Span) -> list[ColumnElement[bool]]:
    """Units entered in the system within the span (local days)."""
    conditions: list[ColumnElement[bool]] = []
    if span.first is not None:
        conditions.append(Unit.created_at >= start_of(span.first))
    if span.last is not None:
        conditions.append(Unit.created_at < start_of(span.last + timedelta(days=1)))
    return conditions


def _residents(*columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .select_from(Resident)
        .join(Unit, Resident.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .where(Resident.voided_at.is_(None), Unit.voided_at.is_(None))
    )


def _cards(*columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .select_from(AccessCard)
        .outerjoin(Resident, AccessCard.resident_id == Resident.id)
        .outerjoin(Unit, Resident.unit_id == Unit.id)
    )


def _card_info(card: AccessCard, holder: str | None, unit: str | None) -> CardInfo:
    return CardInfo(
        card.id,
        card.number,
        CardStatus(card.status),
        holder or "",
        unit or "",
        card.issued_on,
        card.returned_on,
    )


_UNIT_ORDER = (Building.code, Unit.entrance, Unit.floor, Unit.room)

UNITS = _Register[UnitInfo](
    base=_units,
    order=(*_UNIT_ORDER, Unit.id),
    payload=(Unit, Building),
    info=unit_info,
    dated=_units_entered,
    fields=_import_fields(
        ImportKind.UNITS,
        {
            "building": lambda u: u.building_code,
            "entrance": lambda u: u.entrance,
            "room": lambda u: u.room,
            "floor": lambda u: u.floor,
            "area": lambda u: u.area_m2 or None,
        },
        before=(Field("col.unit", ColumnKind.TEXT, lambda u, _: u.code),),
    ),
    empty=QT_TRANSLATE_NOOP(
        "messages", "The estate has no units yet, so there is nothing to export."
    ),
)

RESIDENTS = _Register[ResidentInfo](
    base=_residents,
    order=(*_UNIT_ORDER, Resident.kind, Resident.name, Resident.id),
    payload=(Resident, Unit),
    info=resident_info,
    dated=lambda span: _between(Resident.move_in, span),
    fields=_import_fields(
        ImportKind.RESIDENTS,
        {
            "unit": lambda r: r.unit_code,
            "resident_kind": lambda r: r.kind.value,
            "name": lambda r: r.name,
            "phone": lambda r: r.phone,
            "phone2": lambda r: r.phone2,
            "move_in": lambda r: r.move_in,
            "move_out": lambda r: r.move_out,
        },
        instead={
            "id_number": Field(
                "col.id_masked", ColumnKind.TEXT, lambda r, _: r.id_masked, personal=True
            )
        },
    ),
    empty=QT_TRANSLATE_NOOP(
        "messages", "The estate has no residents yet, so there is nothing to export."
    ),
)

CARDS = _Register[CardInfo](
    base=_cards,
    order=(AccessCard.number,),
    payload=(AccessCard, Resident.name, Unit.code),
    info=_card_info,
    dated=lambda span: _between(AccessCard.issued_on, span),
    fields=_import_fields(
        ImportKind.CARDS,
        {
            "card_number": lambda c: c.number,
            "unit": lambda c: c.unit_code,
            "holder_name": lambda c: c.holder_name,
            "card_status": lambda c: c.status.value,
            "issued_on": lambda c: c.issued_on,
        },
    ),
    empty=QT_TRANSLATE_NOOP(
        "messages", "The estate has no access cards yet, so there is nothing to export."
    ),
)

REGISTERS: dict[ImportKind, _Register[Any]] = {
    ImportKind.UNITS: UNITS,
    ImportKind.RESIDENTS: RESIDENTS,
    ImportKind.CARDS: CARDS,
}


def check_register(session: Session, kind: ImportKind) -> None:
    """NothingToReportError when the register has no row at all (a span that matches
    none is an empty sheet, not an error)."""
    register = REGISTERS[kind]
    if session.scalar(register.base(register.order[-1]).limit(1)) is None:
        raise NothingToReportError(register.empty)


def count_rows(session: Session, kind: ImportKind, span: Span) -> int:
    register = REGISTERS[kind]
    return session.scalar(register.base(func.count()).where(*register.dated(span))) or 0


def iter_register(
    read: Read, kind: ImportKind, span: Span, batch: int = REGISTER_BATCH
) -> Iterator[Any]:
    """Every row of the register (within the span) as the tab's DTO, in the tab's
    order, in keyset batches; `read` opens one short read session per batch."""
    return _iter(read, REGISTERS[kind], span, batch)


def _iter(read: Read, register: _Register[R], span: Span, batch: int) -> Iterator[R]:
    keys = len(register.order)
    query = (
        register.base(*register.order, *register.payload)
        .where(*register.dated(span))
        .order_by(*register.order)
        .limit(batch)
    )
    after: tuple[Any, ...] | None = None
    while True:
        page = query
        if after is not None:
            bound = [
                literal(value, column.type)
                for value, column in zip(after, register.order, strict=True)
            ]
            page = query.where(tuple_(*register.order) > tuple_(*bound))
        with read() as session:
            rows = [tuple(row) for row in session.execute(page)]
            infos = [register.info(*row[keys:]) for row in rows]
        yield from infos
        if len(rows) < batch:
            return
        after = rows[-1][:keys]


def register_sheet(
    kind: ImportKind,
    rows: Iterator[Any],
    lang: str,
    *,
    personal: bool,
    total: int | None = None,
) -> TableSheet:
    """The register's rows (from iter_register) as a sheet in `lang`."""
    return fields_sheet(
        label(SHEET_LABELS[kind], lang),
        REGISTERS[kind].fields,
        rows,
        lang,
        personal=personal,
        total=total,
        heading=heading,
    )


def export_register(name: str, request: SheetRequest) -> TableSheet:
    """The register `name` (units, residents, cards) within the request's days, if
    any; NothingToReportError when the register has no row at all."""
    kind = ImportKind(name)
    span = Span(request.first, request.last)
    total = request.total
    with request.store.read() as session:
        check_register(session, kind)
        if total is None:
            total = count_rows(session, kind, span)
    rows = iter_register(request.store.read, kind, span)
    return register_sheet(kind, rows, request.lang, personal=request.personal, total=total)
