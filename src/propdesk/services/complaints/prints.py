"""A complaint as a printable paper: the handling sheet (投诉处理单) for its file.

Reads the complaint as its form shows it to the reader (detail.load_detail: the phone
masked for roles that do not handle complaints, nothing of an anonymous complainant),
turns the timeline's ids into names (departments, staff; people by name through
core.people) and hands plain values to reports.slips.complaint_sheet. The sheet's
footer carries the audit chain's head read in the same snapshot, so the paper can be
checked against the database later.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.services.complaints.complaints import get_complaint
from propdesk.services.complaints.detail import ComplaintDetail, TimelineEntry, load_detail
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import chain_head
from propdesk.services.core.audit_anchors import ChainHead
from propdesk.services.core.people import display_names
from propdesk.services.station.estate import EstateService
from propdesk.store.base import utcnow
from propdesk.store.models import Department, Staff
from propdesk.store.unit_of_work import Store

if TYPE_CHECKING:
    from propdesk.reports.slips.complaint_sheet import ComplaintSheet
    from propdesk.reports.slips.model import Slip


def _step_details(session: Session, entry: TimelineEntry) -> Mapping[str, object]:
    """The step's data with the department and handler ids as their names."""
    details: dict[str, Any] = dict(entry.fields)
    department_id = details.pop("department_id", None)
    handler_id = details.pop("handler_id", None)
    if department_id:
        department = session.get(Department, uuid.UUID(str(department_id)))
        details["department"] = department.name if department is not None else ""
    if handler_id:
        handler = session.get(Staff, uuid.UUID(str(handler_id)))
        details["handler"] = handler.name if handler is not None else ""
    return details


def _sheet(
    session: Session, detail: ComplaintDetail, estate: str, head: ChainHead
) -> ComplaintSheet:
    # The sheet's layout measures text with reportlab: loaded when a sheet is made,
    # not when the module is (the registry imports it at every command's start).
    from propdesk.reports.slips.complaint_sheet import ComplaintSheet, SheetFollowUp, SheetStep

    d = detail
    follow_up = None
    if d.follow_up_at is not None:
        # The visitor is whoever called or called round: a login when staff typed their
        # own, else the name as written.
        visitor = display_names(session, {d.follow_up_by}).get(d.follow_up_by, d.follow_up_by)
        follow_up = SheetFollowUp(
            d.follow_up_at, visitor, d.follow_up_method, d.follow_up_result, d.follow_up_rating
        )
    steps = tuple(
        SheetStep(e.at, e.user_name, e.step.value, e.round, e.note, _step_details(session, e))
        for e in d.timeline
    )
    return ComplaintSheet(
        estate=estate,
        number=d.number,
        received_at=d.received_at,
        channel=d.channel.value,
        category=d.category.value,
        severity=d.severity.value,
        state=d.state.value,
        anonymous=d.anonymous,
        complainant="" if d.anonymous else d.complainant_name,
        phone="" if d.anonymous else d.complainant_phone,
        place=d.location,
        description=d.description,
        deadline=d.response_due_at,
        department=d.department_name,
        handler=d.handler_name,
        steps=steps,
        root_cause=d.root_cause,
        root_cause_text=d.root_cause_text,
        corrective_action=d.corrective_action,
        follow_up=follow_up,
        repair_number=d.repair.number if d.repair is not None else "",
        repair_state=d.repair.state.value if d.repair is not None else "",
        audit_seq=head.seq,
        audit_hash=head.hash,
    )


class ComplaintPrintService:
    def __init__(self, store: Store, estate: EstateService) -> None:
        self._store = store
        self._estate = estate

    def handling_sheet(self, actor: Actor, complaint_id: uuid.UUID, lang: str | None) -> Slip:
        """The handling sheet in `lang`, for the preview (the UI's slip printing);
        NotFoundError for an unknown complaint."""
        actor.require(Module.COMPLAINTS, Action.VIEW)
        info = self._estate.get()
        estate = info.name if info is not None else ""
        with self._store.read() as session:
            complaint = get_complaint(session, complaint_id)
            detail = load_detail(session, complaint, actor, utcnow())
            head = chain_head(session)
            sheet = _sheet(session, detail, estate, head)
        from propdesk.reports.slips.complaint_sheet import complaint_sheet  # reportlab: on use

        return complaint_sheet(sheet, lang)

    def handling_sheet_pdf(self, actor: Actor, complaint_id: uuid.UUID, lang: str | None) -> bytes:
        """The handling sheet as PDF bytes (A4, one page or more)."""
        from propdesk.reports.slips.pdf import slip_pdf  # reportlab: on use

        return slip_pdf(self.handling_sheet(actor, complaint_id, lang))

    def write_handling_sheet(
        self, actor: Actor, complaint_id: uuid.UUID, lang: str | None, target: Path
    ) -> Path:
        """The handling sheet saved at `target`, all or nothing (FileWriteError when the
        file cannot be written)."""
        from propdesk.reports.slips.pdf import write_slip_pdf  # reportlab: on use

        return write_slip_pdf(self.handling_sheet(actor, complaint_id, lang), target)
