"""Inspections (巡检记录): record one from a checklist, read the list and one whole,
an equipment item's history, and open a repair ticket from a failed item.

Recording checks the role (INSPECTIONS CREATE: inspectors, technicians, clerks,
managers), then every input (services.inspections.inspection_inputs), and only then
writes the inspection, its items and the audit row in one transaction — and, for a
re-inspection, the notice's new state (services.inspections.rectifications) in the
same one, so a refused call leaves nothing behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, and_, insert, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.ids import uuid7
from propdesk.domain.inspections.kinds import FIRE_KINDS, InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.results import InspectionOutcome
from propdesk.domain.inspections.templates import Template, item_field
from propdesk.domain.numbering import NumberKind
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority, RepairSource
from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_span import span_in_window
from propdesk.services.core.handoffs import LinkedTicket, RepairDesk, TicketRequest
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_name
from propdesk.services.core.periods import bounds
from propdesk.services.core.photos import photo_ref
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.core.ticket_links import linked_tickets
from propdesk.services.inspections import rectifications as notices
from propdesk.services.inspections.inspection_inputs import (
    CleanInspection,
    InspectionInput,
    clean_inspection,
)
from propdesk.services.inspections.template_codec import template_of
from propdesk.services.inspections.templates import not_found as template_not_found
from propdesk.services.inspections.views import (
    InspectionDetail,
    InspectionFilter,
    InspectionRow,
    ItemLine,
    PhotoRef,
)
from propdesk.store.base import utcnow
from propdesk.store.models import (
    Equipment,
    Inspection,
    InspectionItem,
    InspectionPhoto,
    InspectionTemplate,
    Rectification,
)
from propdesk.store.unit_of_work import Store

ENTITY = "inspection"
FIELDS = (
    "number",
    "template_id",
    "kind",
    "template_name",
    "template_version",
    "area",
    "inspector_id",
    "inspector_name",
    "inspected_at",
    "passed",
    "items_passed",
    "items_judged",
    "fire_passed",
    "fire_judged",
    "rectification_id",
    "notes",
)
MAX_PAGE = 500
MAX_TICKET_TEXT = 500


def _fire_count(outcome: InspectionOutcome) -> tuple[int, int]:
    """The fire equipment intact rate's part: a fire checklist's judged items, any
    other checklist's items that inspect fire equipment."""
    count = outcome.count(fire_equipment_only=outcome.kind not in FIRE_KINDS)
    return count.passed, count.judged


def write_inspection(
    session: Session,
    actor: Actor,
    template_row: InspectionTemplate,
    template: Template,
    clean: CleanInspection,
    rectification_id: uuid.UUID | None,
) -> tuple[Inspection, tuple[ItemLine, ...]]:
    """The inspection and its items, audited, inside the caller's transaction; the
    items as a new inspection's detail shows them (no photos, notices or tickets yet)."""
    outcome = clean.outcome
    count = outcome.count()
    fire_passed, fire_judged = _fire_count(outcome)
    row = Inspection(
        number=numbering_service.allocate(
            session, NumberKind.INSPECTION, clean.inspected_at.astimezone().date()
        ),
        template_id=template_row.id,
        series_id=template_row.series_id,
        kind=template.kind.value,
        template_name=template.name,
        template_version=template.version,
        area=clean.area,
        inspector_id=clean.inspector_id,
        inspector_name=clean.inspector_name,
        recorded_by=actor.username,
        inspected_at=clean.inspected_at,
        passed=outcome.passed,
        items_passed=count.passed,
        items_judged=count.judged,
        fire_passed=fire_passed,
        fire_judged=fire_judged,
        rectification_id=rectification_id,
        notes=clean.notes,
    )
    records.create(session, actor, ENTITY, row, FIELDS)
    items: list[dict[str, object]] = []
    lines: list[ItemLine] = []
    for position, judged in enumerate(outcome.items):
        item = template.item(judged.key)
        assert item is not None  # judged from this template
        equipment = clean.equipment.get(judged.key)
        item_id = uuid7()
        items.append(
            {
                "id": item_id,
                "inspection_id": row.id,
                "key": judged.key,
                "position": position,
                "kind": judged.kind.value,
                "text": item.text,
                "unit": item.unit,
                "result": None if judged.result is None else judged.result.value,
                "value": None if judged.value is None else str(judged.value),
                "answer": judged.text,
                "note": judged.note,
                "equipment_kind": (
                    equipment.kind
                    if equipment is not None
                    else None
                    if item.equipment_kind is None
                    else item.equipment_kind.value
                ),
                "equipment_id": None if equipment is None else equipment.id,
            }
        )
        lines.append(
            ItemLine(
                item_id,
                judged.key,
                position,
                judged.kind,
                item.text,
                item.unit,
                judged.result,
                judged.value,
                judged.text,
                judged.note,
                "" if equipment is None else equipment.code,
            )
        )
    # One statement for every item (a 30-item checklist is one round trip, not 30
    # ORM objects flushed): the texts were bounded by the domain's judge().
    session.execute(insert(InspectionItem), items)
    return row, tuple(lines)


def _row(found: Inspection) -> InspectionRow:
    return InspectionRow(
        found.id,
        found.number,
        found.inspected_at,
        InspectionKind(found.kind),
        found.template_name,
        found.area,
        found.inspector_name,
        found.passed,
        found.items_judged - found.items_passed,
        found.items_judged,
        found.rectification_id is not None,
        found.voided_at is not None,
    )


def get_inspection(session: Session, inspection_id: uuid.UUID) -> Inspection:
    found = session.get(Inspection, inspection_id)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That inspection is not on record."))
    return found


def load_detail(session: Session, found: Inspection) -> InspectionDetail:
    items = list(
        session.scalars(
            select(InspectionItem)
            .where(InspectionItem.inspection_id == found.id)
            .order_by(InspectionItem.position)
        )
    )
    codes = dict(
        session.execute(
            select(Equipment.id, Equipment.code).where(
                Equipment.id.in_([i.equipment_id for i in items if i.equipment_id is not None])
            )
        )
        .tuples()
        .all()
    )
    photos: dict[str, list[PhotoRef]] = {}
    for photo in session.scalars(
        select(InspectionPhoto)
        .where(InspectionPhoto.inspection_id == found.id)
        .order_by(InspectionPhoto.added_at, InspectionPhoto.id)
    ):
        photos.setdefault(photo.item_key, []).append(photo_ref(photo, photo.item_key))
    notices_by_key: dict[str, Rectification] = {}
    for notice in session.scalars(
        select(Rectification)
        .where(Rectification.inspection_id == found.id)
        .order_by(Rectification.issued_at)
    ):
        notices_by_key[notice.item_key] = notice  # the newest stays
    tickets = linked_tickets(session, RepairSource.INSPECTION, [str(i.id) for i in items])
    lines = tuple(
        ItemLine(
            item.id,
            item.key,
            item.position,
            ItemKind(item.kind),
            item.text,
            item.unit,
            None if item.result is None else ItemResult(item.result),
            None if item.value is None else Decimal(item.value),
            item.answer,
            item.note,
            codes.get(item.equipment_id, "") if item.equipment_id is not None else "",
            tuple(photos.get(item.key, ())),
            notices_by_key[item.key].number if item.key in notices_by_key else "",
            RectificationState(notices_by_key[item.key].state)
            if item.key in notices_by_key
            else None,
            tickets[str(item.id)].number if str(item.id) in tickets else "",
        )
        for item in items
    )
    notice_number = ""
    if found.rectification_id is not None:
        reinspected = session.get(Rectification, found.rectification_id)
        notice_number = reinspected.number if reinspected is not None else ""
    return InspectionDetail(
        _row(found),
        found.template_id,
        found.series_id,
        found.template_version,
        display_name(session, found.recorded_by),
        found.notes,
        notice_number,
        lines,
    )


def _filtered(
    query: Select[tuple[Inspection]], wanted: InspectionFilter
) -> Select[tuple[Inspection]]:
    if wanted.first is not None and wanted.last is not None:
        span_in_window(wanted.first, wanted.last, "first")
        start, end = bounds(Period(wanted.first, wanted.last))
        query = query.where(Inspection.inspected_at >= start, Inspection.inspected_at < end)
    if wanted.kind is not None:
        kind = wanted.kind.value if isinstance(wanted.kind, InspectionKind) else None
        if kind is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose a kind of inspection, or any."),
                field="kind",
            )
        query = query.where(Inspection.kind == kind)
    if wanted.failed_only:
        query = query.where(Inspection.passed.is_(False))
    text = bounded_text(wanted.text, "text", 40)
    if text:
        query = query.where(
            or_(
                Inspection.number.startswith(text.upper(), autoescape=True),
                Inspection.area.contains(text, autoescape=True),
                Inspection.inspector_name.contains(text, autoescape=True),
            )
        )
    return query


class InspectionService(StoreService):
    def __init__(self, store: Store, desk: RepairDesk | None) -> None:
        super().__init__(store)
        self._desk = desk

    @property
    def opens_tickets(self) -> bool:
        """A failed item opens a repair ticket only when the repairs module is there."""
        return self._desk is not None

    def record(
        self, actor: Actor, data: InspectionInput, *, now: datetime | None = None
    ) -> InspectionDetail:
        """Record an inspection; for a re-inspection (`data.rectification_id`), only the
        notice's item is asked, and the notice closes (pass) or opens again (fail)."""
        actor.require(Module.INSPECTIONS, Action.CREATE)
        moment = now or utcnow()
        with self._store.write() as session:
            template_row = session.get(InspectionTemplate, data.template_id)
            if template_row is None:
                raise template_not_found()
            if template_row.retired_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "This checklist is retired; choose another."),
                    field="template_id",
                )
            template = template_of(template_row)
            notice = None
            if data.rectification_id is not None:
                notice = notices.live_notice(session, data.rectification_id)
                template = notices.reinspection_template(notice, template_row, template)
            clean = clean_inspection(session, data, template, moment, actor.display_name)
            found, lines = write_inspection(
                session, actor, template_row, template, clean, data.rectification_id
            )
            if notice is not None:
                notices.apply_reinspection(session, actor, notice, found, clean.outcome)
            # Built from what was just written: reading it back would cost six queries.
            return InspectionDetail(
                _row(found),
                found.template_id,
                found.series_id,
                found.template_version,
                display_name(session, found.recorded_by),
                found.notes,
                "" if notice is None else notice.number,
                lines,
            )

    def detail(self, actor: Actor, inspection_id: uuid.UUID) -> InspectionDetail:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        with self._store.read() as session:
            return load_detail(session, get_inspection(session, inspection_id))

    def find_number(self, actor: Actor, number: str) -> InspectionDetail:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        text = bounded_text(number, "number", 20).upper()
        with self._store.read() as session:
            found = session.scalars(select(Inspection).where(Inspection.number == text)).first()
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No inspection {number}."), number=text
                )
            return load_detail(session, found)

    def rows(
        self,
        actor: Actor,
        wanted: InspectionFilter,
        *,
        before: Key | None = None,
        limit: int = 200,
    ) -> Page[InspectionRow]:
        """Newest first, a page at a time (pass `next_before` for the next)."""
        actor.require(Module.INSPECTIONS, Action.VIEW)
        size = max(1, min(int(limit), MAX_PAGE))
        query = _filtered(select(Inspection), wanted)
        if before is not None:
            at, row_id = before
            query = query.where(
                or_(
                    Inspection.inspected_at < at,
                    and_(Inspection.inspected_at == at, Inspection.id < row_id),
                )
            )
        query = query.order_by(Inspection.inspected_at.desc(), Inspection.id.desc()).limit(size + 1)
        with self._store.read() as session:
            found = list(session.scalars(query))
        more = len(found) > size
        rows = [_row(f) for f in found[:size]]
        return Page(rows, (rows[-1].inspected_at, rows[-1].id) if more else None)

    def equipment_history(
        self, actor: Actor, equipment_id: uuid.UUID
    ) -> list[tuple[InspectionRow, ItemLine]]:
        """Every inspection of an equipment item, newest first, with its line."""
        actor.require(Module.INSPECTIONS, Action.VIEW)
        with self._store.read() as session:
            pairs = session.execute(
                select(Inspection, InspectionItem)
                .join(InspectionItem, InspectionItem.inspection_id == Inspection.id)
                .where(InspectionItem.equipment_id == equipment_id)
                .order_by(Inspection.inspected_at.desc())
            ).tuples()
            found = []
            for inspection, item in pairs:
                line = load_detail(session, inspection).item(item.key)
                assert line is not None
                found.append((_row(inspection), line))
            return found

    def void(self, actor: Actor, inspection_id: uuid.UUID, reason: str) -> None:
        """A wrong entry voided with a reason (managers); its notices stay as they are."""
        actor.require(Module.INSPECTIONS, Action.VOID)
        with self._store.write() as session:
            found = get_inspection(session, inspection_id)
            if found.voided_at is not None:
                return
            records.void(session, actor, ENTITY, found, FIELDS, reason)

    def open_ticket(
        self,
        actor: Actor,
        inspection_id: uuid.UUID,
        item_key: str,
        category: RepairCategory,
        description: str = "",
        priority: RepairPriority = RepairPriority.NORMAL,
    ) -> LinkedTicket:
        """A repair ticket for a failed item (channel inspection, linked both ways).
        Whoever records inspections may open one (issue 19), technicians included."""
        actor.require(Module.INSPECTIONS, Action.CREATE)
        if self._desk is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Repair tickets are not part of this console.")
            )
        with self._store.read() as session:
            found = get_inspection(session, inspection_id)
            item = session.scalars(
                select(InspectionItem).where(
                    InspectionItem.inspection_id == found.id, InspectionItem.key == item_key
                )
            ).first()
            if item is None or item.result != ItemResult.FAIL.value:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Only a failed item opens a repair ticket."),
                    field=item_field(item_key),
                )
            words = bounded_text(description, "description", MAX_TICKET_TEXT)
            text = words or " ".join(p for p in (item.text, item.note) if p)
            request = TicketRequest(
                RepairSource.INSPECTION,
                str(item.id),
                category,
                text[:MAX_TICKET_TEXT],
                found.area,
                found.inspector_name,
                priority,
            )
        return self._desk.open_from(actor, request)

    def tickets(self, actor: Actor, item_ids: Sequence[uuid.UUID]) -> dict[str, LinkedTicket]:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        with self._store.read() as session:
            return dict(
                linked_tickets(session, RepairSource.INSPECTION, [str(i) for i in item_ids])
            )
