"""An incident as a printable paper: the incident report (事件报告) for its file, with
the audit chain's head read in the same snapshot in its notes (the paper can be
checked against the database later)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.domain.roles import Action, Module
from propdesk.reports.incidents.model import IncidentPaper, PaperAction
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import chain_head
from propdesk.services.core.store_service import StoreService
from propdesk.services.incidents import queries
from propdesk.services.incidents.views import IncidentInfo
from propdesk.services.station.estate import EstateService
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store

if TYPE_CHECKING:
    from propdesk.reports.slips.model import Slip


def paper_of(info: IncidentInfo, estate: str, seq: int = 0, hash: str = "") -> IncidentPaper:
    return IncidentPaper(
        estate=estate,
        number=info.number,
        kind=info.kind.value,
        state=info.state.value,
        title=info.title,
        occurred_at=info.occurred_at,
        place=info.place,
        what_happened=info.what_happened,
        responders=info.responders,
        response=info.response,
        police_called=info.police_called,
        police_report=info.police_report,
        fire_called=info.fire_called,
        fire_report=info.fire_report,
        injuries=info.injuries,
        losses=info.losses,
        loss_fen=info.loss_fen,
        reported_by=info.reported_by,
        source_kind=info.source_kind.value if info.source_kind is not None else "",
        source_number=info.source_number,
        closed_at=info.closed_at,
        closed_by=info.closed_by,
        close_reason=info.close_reason,
        void_reason=info.void_reason,
        actions=tuple(
            PaperAction(a.what, a.who, a.deadline, a.done_at, a.done_by, a.days_overdue)
            for a in info.actions
        ),
        audit_seq=seq,
        audit_hash=hash,
    )


class IncidentPrintService(StoreService):
    def __init__(self, store: Store, estate: EstateService) -> None:
        super().__init__(store)
        self._estate = estate

    def paper(self, actor: Actor, incident_id: uuid.UUID) -> IncidentPaper:
        actor.require(Module.INCIDENTS, Action.VIEW)
        found = self._estate.get()
        estate = found.name if found is not None else ""
        with self._store.read() as session:
            info = queries.info(session, queries.get_incident(session, incident_id), utcnow())
            head = chain_head(session)
        return paper_of(info, estate, head.seq, head.hash)

    def report(self, actor: Actor, incident_id: uuid.UUID, lang: str | None) -> Slip:
        """The incident report in `lang`, for the preview (the UI's slip printing)."""
        from propdesk.reports.incidents.incident_report import incident_report_slip  # reportlab

        return incident_report_slip(self.paper(actor, incident_id), lang)

    def report_pdf(self, actor: Actor, incident_id: uuid.UUID, lang: str | None) -> bytes:
        from propdesk.reports.slips.pdf import slip_pdf  # reportlab: on use

        return slip_pdf(self.report(actor, incident_id, lang))

    def write_report(
        self, actor: Actor, incident_id: uuid.UUID, lang: str | None, target: Path
    ) -> Path:
        from propdesk.reports.slips.pdf import write_slip_pdf  # reportlab: on use

        return write_slip_pdf(self.report(actor, incident_id, lang), target)
