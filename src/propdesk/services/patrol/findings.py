"""Findings (巡逻发现): an issue seen at a checkpoint, what the guard did, who was told,
and what became of it — a repair ticket opened through the repairs' desk (linked both
ways: the ticket carries the finding's id), a safety incident opened through the
incidents' desk (the same way), or a note of how it was dealt with.

Recording one marks the checkpoint's visit as an issue (ticking it first when the
round had not reached it yet). Guards record and escalate; anyone who may open repair
tickets may open one from a finding.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource
from propdesk.domain.patrol.rounds import RoundState, VisitHow
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority, RepairSource
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_span import span_in_window
from propdesk.services.core.handoffs import (
    IncidentDesk,
    IncidentRequest,
    LinkedIncident,
    LinkedTicket,
    RepairDesk,
    TicketRequest,
)
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.patrol.inputs import (
    FINDING_TEXT_MAX,
    PERSON_MAX,
    FindingInput,
    clean_finding,
    clean_live_time,
)
from propdesk.services.patrol.round_detail import FindingInfo, finding_info
from propdesk.services.patrol.round_rows import ENTITY as ROUND_ENTITY
from propdesk.services.patrol.round_rows import FIELDS as ROUND_FIELDS
from propdesk.services.patrol.round_rows import add_visit
from propdesk.store.base import utcnow
from propdesk.store.models import PatrolCheckpoint, PatrolFinding, PatrolRound, PatrolVisit
from propdesk.store.unit_of_work import Store

ENTITY = "patrol_finding"
FIELDS = (
    "number",
    "round_id",
    "visit_id",
    "checkpoint_id",
    "checkpoint_name",
    "place",
    "category",
    "seen",
    "action",
    "seen_at",
    "recorded_by",
    "escalated_to",
    "escalated_at",
    "resolved_at",
    "resolution",
)


@dataclass(frozen=True)
class FindingRow:
    """A finding with its repair ticket (None: none opened, or repairs not installed)
    and its safety incident (the same)."""

    finding: FindingInfo
    ticket: LinkedTicket | None
    incident: LinkedIncident | None = None

    @property
    def open(self) -> bool:
        return self.finding.resolved_at is None and not self.finding.voided


def _no_incidents() -> IncidentDesk | None:
    return None


class FindingService(StoreService):
    def __init__(
        self,
        store: Store,
        desk: RepairDesk | None,
        incidents: Callable[[], IncidentDesk | None] = _no_incidents,
    ) -> None:
        super().__init__(store)
        self._desk = desk
        self._incidents = incidents  # looked up when used: that module is built after us

    @property
    def can_open_incidents(self) -> bool:
        """False when the incidents module is not part of this console."""
        return self._incidents() is not None

    @property
    def can_open_tickets(self) -> bool:
        """False when the repairs module is not part of this console."""
        return self._desk is not None

    # -- recording ----------------------------------------------------------------------
    def record(
        self,
        actor: Actor,
        round_id: uuid.UUID,
        checkpoint_id: uuid.UUID,
        data: FindingInput,
        at: datetime | None = None,
    ) -> FindingInfo:
        actor.require(Module.PATROL, Action.UPDATE)
        now = utcnow()
        clean = clean_finding(data, now)
        seen_at = clean_live_time(at, now, "at")
        with self._store.write() as session:
            row = session.get(PatrolRound, round_id)
            if row is None or row.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That patrol round is not on record.")
                )
            checkpoint = session.get(PatrolCheckpoint, checkpoint_id)
            if checkpoint is None or checkpoint.route_id != row.route_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That checkpoint is not on this round's route."),
                    field="checkpoint_id",
                )
            visit = session.scalar(
                select(PatrolVisit).where(
                    PatrolVisit.round_id == row.id, PatrolVisit.checkpoint_id == checkpoint.id
                )
            )
            if visit is None:
                if row.state != RoundState.OPEN.value:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The round did not reach that checkpoint; a finished round is "
                            "not changed.",
                        ),
                        field="checkpoint_id",
                    )
                visit = add_visit(session, actor, row, checkpoint, seen_at, VisitHow.TICK)
            if visit.ok:
                visit.ok = False
                visit.note = clean.seen[:200]
                records.update(
                    session, actor, ROUND_ENTITY, row, ROUND_FIELDS, {"issues": row.issues + 1}
                )
            count = (
                session.scalar(select(func.count()).where(PatrolFinding.round_id == row.id)) or 0
            )
            finding = PatrolFinding(
                number=f"{row.number}-{count + 1}",
                round_id=row.id,
                visit_id=visit.id,
                checkpoint_id=checkpoint.id,
                checkpoint_name=checkpoint.name,
                place=checkpoint.place,
                category=clean.category.value,
                seen=clean.seen,
                action=clean.action,
                seen_at=seen_at,
                recorded_by=actor.username,
                escalated_to=clean.escalated_to,
                escalated_at=clean.escalated_at,
            )
            records.create(session, actor, ENTITY, finding, FIELDS)
            return finding_info(finding, row.number)

    def escalate(
        self, actor: Actor, finding_id: uuid.UUID, to: str, at: datetime | None = None
    ) -> FindingInfo:
        """The duty manager was told: who, and when (None: now)."""
        actor.require(Module.PATROL, Action.UPDATE)
        now = utcnow()
        person = bounded_text(
            to,
            "escalated_to",
            PERSON_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Say who was told."),
        )
        when = clean_live_time(at, now, "escalated_at")
        with self._store.write() as session:
            finding = self._live(session, finding_id)
            changes = {"escalated_to": person, "escalated_at": when}
            records.update(session, actor, ENTITY, finding, FIELDS, changes)
            return finding_info(finding, self._round_number(session, finding))

    def resolve(self, actor: Actor, finding_id: uuid.UUID, resolution: str) -> FindingInfo:
        """Dealt with: what was done (a ticket's end also resolves it, see `rows`)."""
        actor.require(Module.PATROL, Action.UPDATE)
        text = bounded_text(
            resolution,
            "resolution",
            FINDING_TEXT_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Say how it was dealt with."),
        )
        with self._store.write() as session:
            finding = self._live(session, finding_id)
            if finding.resolved_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "That finding is already dealt with."),
                    field="resolution",
                )
            changes = {"resolved_at": utcnow(), "resolution": text}
            records.update(session, actor, ENTITY, finding, FIELDS, changes)
            return finding_info(finding, self._round_number(session, finding))

    def open_ticket(
        self,
        actor: Actor,
        finding_id: uuid.UUID,
        category: RepairCategory,
        priority: RepairPriority = RepairPriority.NORMAL,
    ) -> LinkedTicket:
        """A repair ticket for the finding, in one step: channel patrol, the place of
        its checkpoint, what was seen; the ticket carries the finding's id."""
        desk = self._desk
        if desk is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "Repair tickets are not part of this console.")
            )
        with self._store.read() as session:
            finding = self._live(session, finding_id)
            round_number = self._round_number(session, finding)
            place = finding.place or finding.checkpoint_name
            request = TicketRequest(
                source_kind=RepairSource.PATROL,
                source_id=str(finding.id),
                category=category,
                priority=priority,
                description=f"{finding.checkpoint_name}: {finding.seen} ({round_number})"[:500],
                common_area=place[:100],
                reporter_name=(actor.display_name or actor.username)[:40],
            )
        return desk.open_from(actor, request)

    def open_incident(
        self,
        actor: Actor,
        finding_id: uuid.UUID,
        kind: IncidentKind,
        title: str,
        what_happened: str = "",
    ) -> LinkedIncident:
        """A safety incident for the finding, in one step: when and where it was seen,
        what was seen (unless told more) and done; the incident keeps the finding's id
        and number."""
        desk = self._incidents()
        if desk is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "Safety incidents are not part of this console.")
            )
        with self._store.read() as session:
            finding = self._live(session, finding_id)
            # The checkpoint and its place, each once ("3号岗 北侧围墙").
            place = " ".join(
                dict.fromkeys(p for p in (finding.checkpoint_name, finding.place) if p)
            )
            request = IncidentRequest(
                source_kind=IncidentSource.PATROL,
                source_id=str(finding.id),
                source_number=finding.number,
                kind=kind,
                title=title,
                occurred_at=finding.seen_at,
                place=place,
                what_happened=what_happened.strip() or finding.seen,
                response=finding.action,
                responders=actor.display_name or actor.username,
            )
        return desk.open_from(actor, request)

    # -- reading ------------------------------------------------------------------------
    def open_findings(self, actor: Actor, limit: int = 500) -> list[FindingRow]:
        """Findings not dealt with yet, oldest first; a finding whose ticket is closed
        counts as dealt with."""
        actor.require(Module.PATROL, Action.VIEW)
        with self._store.read() as session:
            query = (
                select(PatrolFinding, PatrolRound.number)
                .join(PatrolRound, PatrolRound.id == PatrolFinding.round_id)
                .where(PatrolFinding.resolved_at.is_(None), PatrolFinding.voided_at.is_(None))
                .order_by(PatrolFinding.seen_at)
                .limit(limit)
            )
            found = [finding_info(f, n) for f, n in session.execute(query).tuples()]
        rows = self._with_tickets(actor, found)
        return [row for row in rows if row.ticket is None or not row.ticket.closed]

    def between(self, actor: Actor, start: datetime, end: datetime) -> list[FindingRow]:
        """The findings seen in [start, end), oldest first, with their tickets."""
        actor.require(Module.PATROL, Action.VIEW)
        span_in_window(start, end, "period")
        with self._store.read() as session:
            query = (
                select(PatrolFinding, PatrolRound.number)
                .join(PatrolRound, PatrolRound.id == PatrolFinding.round_id)
                .where(PatrolFinding.seen_at >= start, PatrolFinding.seen_at < end)
                .order_by(PatrolFinding.seen_at)
            )
            found = [finding_info(f, n) for f, n in session.execute(query).tuples()]
        return self._with_tickets(actor, found)

    def rows_for(self, actor: Actor, findings: Sequence[FindingInfo]) -> list[FindingRow]:
        actor.require(Module.PATROL, Action.VIEW)
        return self._with_tickets(actor, list(findings))

    def _with_tickets(self, actor: Actor, found: list[FindingInfo]) -> list[FindingRow]:
        tickets = self.tickets_of(actor, [f.id for f in found])
        incidents = self.incidents_of(actor, [f.id for f in found])
        return [FindingRow(f, tickets.get(str(f.id)), incidents.get(str(f.id))) for f in found]

    def incidents_of(
        self, actor: Actor, finding_ids: Sequence[uuid.UUID]
    ) -> dict[str, LinkedIncident]:
        """The incident opened from each finding (by the finding's id as text); none
        when the role may not see incidents or they are not part of this console."""
        desk = self._incidents()
        if desk is None or not actor.may(Module.INCIDENTS, Action.VIEW) or not finding_ids:
            return {}
        return dict(desk.linked(actor, IncidentSource.PATROL, [str(i) for i in finding_ids]))

    def tickets_of(self, actor: Actor, finding_ids: Sequence[uuid.UUID]) -> dict[str, LinkedTicket]:
        """The ticket opened from each finding (by the finding's id as text); none when
        the role may not see tickets or the repairs are not part of this console."""
        if self._desk is None or not actor.may(Module.REPAIRS, Action.VIEW) or not finding_ids:
            return {}
        return dict(self._desk.linked(actor, RepairSource.PATROL, [str(i) for i in finding_ids]))

    # -- rows ---------------------------------------------------------------------------
    @staticmethod
    def _live(session: Session, finding_id: uuid.UUID) -> PatrolFinding:
        finding = session.get(PatrolFinding, finding_id)
        if finding is None or finding.voided_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "That finding is not on record."),
                field="finding_id",
            )
        return finding

    @staticmethod
    def _round_number(session: Session, finding: PatrolFinding) -> str:
        return (
            session.scalar(select(PatrolRound.number).where(PatrolRound.id == finding.round_id))
            or ""
        )
