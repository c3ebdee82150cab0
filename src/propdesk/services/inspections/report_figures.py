"""The inspections' figures of a period for the monthly report, read in the report's
session.

The pass rates per kind are services.inspections.figures' own (the targets read the
same counts), so the chart and the targets table agree. The failed items are those
of the same inspections (voided ones and re-inspections left out), each with the
notice issued for it and the state that notice was in at the period's end — worked
out from the notice's own times, so a report printed again later says the same —
and the repair ticket opened from it. The equipment register has no history: the
items falling due next month are read as the register stands when the report is
made, and the report says so.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import InspectionKind, ItemResult
from propdesk.domain.inspections.rectification import LIVE_STATES, RectificationState
from propdesk.domain.repairs.kinds import RepairSource
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.inspections_section import InspectionFigures
from propdesk.reports.monthly.inspections_values import DueEquipment, FailedItem, KindRate
from propdesk.services.core.periods import bounds
from propdesk.services.core.ticket_links import linked_tickets
from propdesk.services.inspections.figures import kind_figures
from propdesk.store.models import Equipment, Inspection, InspectionItem, Rectification, Unit

FAILED_ITEMS = 40  # the first of the month's failed items the PDF lists
DUE_ITEMS = 40  # the soonest of next month's equipment the PDF lists

R = Rectification
S = RectificationState


def _counted(start: datetime, end: datetime) -> list[ColumnElement[bool]]:
    """The inspections the pass rates count: in [start, end), not voided, not a
    re-inspection of a notice's item."""
    return [
        Inspection.inspected_at >= start,
        Inspection.inspected_at < end,
        Inspection.voided_at.is_(None),
        Inspection.rectification_id.is_(None),
    ]


def notice_state_at(row: Rectification, moment: datetime) -> RectificationState:
    """The state a notice issued before `moment` was in then, from its own times: it
    was closed or voided by then if that happened before (a voided notice changes no
    more, so its last change is the voiding), else fixed if the fix (the latest one,
    after a failed re-inspection) was reported before, else open."""
    state = S(row.state)
    if state is S.CLOSED and row.closed_at is not None and row.closed_at < moment:
        return S.CLOSED
    if state is S.VOIDED and row.updated_at < moment:
        return S.VOIDED
    if row.fixed_at is not None and row.fixed_at < moment:
        return S.FIXED
    return S.OPEN


def _live_at(moment: datetime) -> ColumnElement[bool]:
    """Issued before `moment` and neither closed nor voided by then (notice_state_at
    in SQL)."""
    return and_(
        R.issued_at < moment,
        or_(
            R.state.in_([s.value for s in LIVE_STATES]),
            and_(R.state == S.CLOSED.value, R.closed_at >= moment),
            and_(R.state == S.VOIDED.value, R.updated_at >= moment),
        ),
    )


def _failed_items(
    session: Session, start: datetime, end: datetime, as_of: datetime
) -> tuple[int, list[FailedItem]]:
    failed = [*_counted(start, end), InspectionItem.result == ItemResult.FAIL.value]
    joined = (
        select(func.count())
        .select_from(InspectionItem)
        .join(Inspection, InspectionItem.inspection_id == Inspection.id)
    )
    total = session.scalar(joined.where(*failed)) or 0
    pairs = list(
        session.execute(
            select(Inspection, InspectionItem)
            .join(InspectionItem, InspectionItem.inspection_id == Inspection.id)
            .where(*failed)
            .order_by(Inspection.inspected_at, Inspection.id, InspectionItem.position)
            .limit(FAILED_ITEMS)
        ).tuples()
    )
    notices: dict[tuple[uuid.UUID, str], Rectification] = {}
    for row in session.scalars(
        select(R)
        .where(
            R.inspection_id.in_({inspection.id for inspection, _ in pairs}),
            R.issued_at < as_of,
        )
        .order_by(R.issued_at, R.id)
    ):
        if row.inspection_id is not None:  # always: selected by their inspections
            notices[(row.inspection_id, row.item_key)] = row  # the newest stays
    tickets = linked_tickets(session, RepairSource.INSPECTION, [str(item.id) for _, item in pairs])
    items = []
    for inspection, item in pairs:
        notice = notices.get((inspection.id, item.key))
        ticket = tickets.get(str(item.id))
        items.append(
            FailedItem(
                inspection=inspection.number,
                inspected_at=inspection.inspected_at,
                checklist=inspection.template_name,
                area=inspection.area,
                item=item.text,
                note=item.note,
                notice=notice.number if notice is not None else "",
                notice_state=notice_state_at(notice, as_of) if notice is not None else None,
                ticket=ticket.number if ticket is not None else "",
            )
        )
    return total, items


def _due_equipment(session: Session, month: Period) -> tuple[int, list[DueEquipment], int]:
    """(items due in `month`, the soonest of them, items due before it), live ones."""
    live = Equipment.voided_at.is_(None)
    due = [live, Equipment.next_due >= month.first, Equipment.next_due <= month.last]
    total = session.scalar(select(func.count()).select_from(Equipment).where(*due)) or 0
    expired = (
        session.scalar(
            select(func.count())
            .select_from(Equipment)
            .where(live, Equipment.next_due < month.first)
        )
        or 0
    )
    rows = session.execute(
        select(Equipment, Unit.code)
        .outerjoin(Unit, Equipment.unit_id == Unit.id)
        .where(*due)
        .order_by(Equipment.next_due, Equipment.code)
        .limit(DUE_ITEMS)
    ).tuples()
    items = []
    for row, unit_code in rows:
        assert row.next_due is not None  # selected by it
        items.append(
            DueEquipment(
                code=row.code,
                kind=EquipmentKind(row.kind),
                name=row.name,
                place=" ".join(p for p in (unit_code or "", row.place) if p),
                due_on=row.next_due,
                expiry=row.expires_on == row.next_due,
            )
        )
    return total, items, expired


def inspection_figures(session: Session, period: Period, now: datetime) -> InspectionFigures:
    start, end = bounds(period)
    as_of = min(end, now)  # the period's end, or now while it is still running
    rates = tuple(
        KindRate(
            InspectionKind(f.kind),
            f.inspections,
            f.failed_inspections,
            f.items.passed,
            f.items.judged,
        )
        for f in kind_figures(session, period)
    )
    reinspections = (
        session.scalar(
            select(func.count()).where(
                Inspection.inspected_at >= start,
                Inspection.inspected_at < end,
                Inspection.voided_at.is_(None),
                Inspection.rectification_id.is_not(None),
            )
        )
        or 0
    )
    failed_total, failed_items = _failed_items(session, start, end, as_of)
    issued = session.scalar(select(func.count()).where(R.issued_at >= start, R.issued_at < end))
    closed = session.scalar(
        select(func.count()).where(
            R.state == S.CLOSED.value, R.closed_at >= start, R.closed_at < end
        )
    )
    live = session.scalar(select(func.count()).where(_live_at(as_of)))
    overdue = session.scalar(select(func.count()).where(_live_at(as_of), R.deadline < as_of))
    # The calendar month after the one the period ends in.
    next_first = (period.last.replace(day=1) + timedelta(days=32)).replace(day=1)
    next_month = Period.month(next_first.year, next_first.month)
    due_total, due_items, expired = _due_equipment(session, next_month)
    return InspectionFigures(
        rates=rates,
        reinspections=reinspections,
        as_of=as_of,
        failed_total=failed_total,
        failed_items=tuple(failed_items),
        notices_issued=issued or 0,
        notices_closed=closed or 0,
        notices_live=live or 0,
        notices_overdue=overdue or 0,
        next_month=next_month,
        register_as_of=now,
        due_total=due_total,
        due_items=tuple(due_items),
        expired=expired,
    )
