"""The equipment register as a sheet (`propdesk export equipment`): every live item
as it is now, by code, for the owners' committee, the fire inspector or a new
maintenance contractor. (equipment_sheet.py is the register's *import* sheet; this
is what it holds.)

The state column says how each item's next date (the earlier of the next service and
the expiry) stands on the request's day, as the register's screen says it. The days,
when given, narrow the register to the items entered in them, as the units' export
is narrowed. Voided items are left out; an empty register is NothingToReportError.
The rows are read by code in keyset batches, each its own short read.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select

from propdesk.domain.inspections.equipment import ExpiryState
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.module_spec import NothingToReportError, SheetRequest
from propdesk.services.core.periods import start_of
from propdesk.services.inspections.equipment import EquipmentInfo
from propdesk.services.inspections.equipment import _info as equipment_info
from propdesk.store.models import Equipment, Unit
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000
EMPTY = QT_TRANSLATE_NOOP(
    "messages", "The equipment register has no items yet, so there is nothing to export."
)


def _entered(first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    """Live items, entered in the system within the days given (local days)."""
    conditions: list[ColumnElement[bool]] = [Equipment.voided_at.is_(None)]
    if first is not None:
        conditions.append(Equipment.created_at >= start_of(first))
    if last is not None:
        conditions.append(Equipment.created_at < start_of(last + timedelta(days=1)))
    return conditions


def iter_equipment(
    store: Store, conditions: list[ColumnElement[bool]], today: date, batch: int = BATCH
) -> Iterator[EquipmentInfo]:
    """The items matching `conditions` by code, as the register's screen reads them
    (their state as of `today`)."""
    query = (
        select(Equipment, Unit.code)
        .outerjoin(Unit, Equipment.unit_id == Unit.id)
        .where(*conditions)
        .order_by(Equipment.code)
        .limit(batch)
    )
    after: str | None = None
    while True:
        page = query if after is None else query.where(Equipment.code > after)
        with store.read() as session:
            found = [equipment_info(row, unit, today) for row, unit in session.execute(page)]
        yield from found
        if len(found) < batch:
            return
        after = found[-1].code


def interval_text(item: EquipmentInfo, lang: str) -> str:
    """12 个月 / 15 天 / 1 个月 15 天; empty for an item without a regular service."""
    months, days = item.service_interval_months, item.service_interval_days
    if months and days:
        return text("interval.both", lang, months=months, days=days)
    if months:
        return text("interval.months", lang, months=months)
    if days:
        return text("interval.days", lang, days=days)
    return ""


def _state(state: ExpiryState, lang: str) -> str:
    return text(f"equipment_state.{state.value}", lang)


EQUIPMENT_FIELDS: tuple[Field[EquipmentInfo], ...] = (
    Field("col.equipment_code", K.TEXT, lambda r, _: r.code),
    Field("col.equipment_kind", K.TEXT, lambda r, lang: text(f"equipment_kind.{r.kind}", lang)),
    Field("xlsx.equipment_name", K.TEXT, lambda r, _: r.name),
    Field("xlsx.unit_code", K.TEXT, lambda r, _: r.unit_code),
    Field("col.location", K.TEXT, lambda r, _: r.place),
    Field("xlsx.installed_on", K.DATE, lambda r, _: r.installed_on),
    Field("xlsx.last_serviced_on", K.DATE, lambda r, _: r.last_serviced_on),
    Field("xlsx.service_interval", K.TEXT, interval_text),
    Field("xlsx.expires_on", K.DATE, lambda r, _: r.expires_on),
    Field("xlsx.next_due", K.DATE, lambda r, _: r.next_due),
    Field("col.state", K.TEXT, lambda r, lang: _state(r.state, lang)),
    Field("xlsx.note", K.TEXT, lambda r, _: r.notes),
)


def equipment_sheet_export(door: object, request: SheetRequest) -> TableSheet:
    """The register as it is now (within the request's days, if any)."""
    del door  # the rows are read here, straight from the store
    request.actor.require(Module.INSPECTIONS, Action.EXPORT)
    conditions = _entered(request.first, request.last)
    total = request.total
    with request.store.read() as session:
        if (
            session.scalar(select(Equipment.id).where(Equipment.voided_at.is_(None)).limit(1))
            is None
        ):
            raise NothingToReportError(EMPTY)
        if total is None:
            total = session.scalar(select(func.count()).where(*conditions)) or 0
    day = request.now.astimezone().date() if request.now is not None else date.today()
    rows = iter_equipment(request.store, conditions, day)
    return fields_sheet(
        text("sheet.equipment_register", request.lang),
        EQUIPMENT_FIELDS,
        rows,
        request.lang,
        personal=request.personal,
        total=total,
    )
