"""A round as its screens show it: the route's checkpoints with the visit of each, its
findings, and its flags. Read in the caller's session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import RoundSource, RoundState, VisitHow
from propdesk.domain.patrol.timing import Verdict
from propdesk.services.patrol.routes import live_checkpoints
from propdesk.store.models import PatrolCheckpoint, PatrolFinding, PatrolRound, PatrolVisit


@dataclass(frozen=True)
class VisitInfo:
    id: uuid.UUID
    at: datetime
    how: VisitHow
    ok: bool
    note: str
    out_of_order: bool
    too_fast: bool


@dataclass(frozen=True)
class RoundCheckpoint:
    """One checkpoint of the round: the route's (as it was when visited), and its visit
    (None: not reached yet, or skipped once the round is over)."""

    checkpoint_id: uuid.UUID
    position: int
    code: str
    name: str
    place: str
    checklist: tuple[str, ...]
    visit: VisitInfo | None


@dataclass(frozen=True)
class FindingInfo:
    id: uuid.UUID
    number: str
    round_id: uuid.UUID
    round_number: str
    checkpoint_id: uuid.UUID
    checkpoint_name: str
    place: str
    category: FindingCategory
    seen: str
    action: str
    seen_at: datetime
    recorded_by: str
    escalated_to: str
    escalated_at: datetime | None
    resolved_at: datetime | None
    resolution: str
    voided: bool


@dataclass(frozen=True)
class RoundDetail:
    id: uuid.UUID
    number: str
    route_id: uuid.UUID
    route_name: str
    guard_id: uuid.UUID | None
    guard_name: str
    state: RoundState
    source: RoundSource
    started_at: datetime
    finished_at: datetime | None
    slot_at: datetime | None  # the slot it answers; None: an extra round
    verdict: Verdict | None
    checkpoints: tuple[RoundCheckpoint, ...]
    findings: tuple[FindingInfo, ...]
    out_of_order: bool
    too_fast: bool
    abandon_reason: str
    created_by: str
    voided: bool
    void_reason: str

    @property
    def visited(self) -> int:
        return sum(1 for c in self.checkpoints if c.visit is not None)

    @property
    def is_open(self) -> bool:
        return self.state is RoundState.OPEN and not self.voided

    @property
    def entered_later(self) -> bool:
        return self.source is not RoundSource.LIVE


def finding_info(finding: PatrolFinding, round_number: str) -> FindingInfo:
    return FindingInfo(
        finding.id,
        finding.number,
        finding.round_id,
        round_number,
        finding.checkpoint_id,
        finding.checkpoint_name,
        finding.place,
        FindingCategory(finding.category),
        finding.seen,
        finding.action,
        finding.seen_at,
        finding.recorded_by,
        finding.escalated_to,
        finding.escalated_at,
        finding.resolved_at,
        finding.resolution,
        finding.voided_at is not None,
    )


def _visit_info(visit: PatrolVisit) -> VisitInfo:
    return VisitInfo(
        visit.id,
        visit.at,
        VisitHow(visit.how),
        visit.ok,
        visit.note,
        visit.out_of_order,
        visit.too_fast,
    )


def load_round_detail(session: Session, row: PatrolRound) -> RoundDetail:
    visits = list(
        session.scalars(
            select(PatrolVisit).where(PatrolVisit.round_id == row.id).order_by(PatrolVisit.at)
        )
    )
    by_checkpoint = {visit.checkpoint_id: visit for visit in visits}
    checkpoints: dict[uuid.UUID, RoundCheckpoint] = {}
    # The route's checkpoints in service now (for an open round, what is left to reach)…
    for checkpoint in live_checkpoints(session, row.route_id):
        visit = by_checkpoint.get(checkpoint.id)
        checkpoints[checkpoint.id] = _round_checkpoint(checkpoint, visit)
    # … and every checkpoint reached, as it was then, even if voided or moved since.
    for visit in visits:
        if visit.checkpoint_id not in checkpoints:
            gone = session.get(PatrolCheckpoint, visit.checkpoint_id)
            assert gone is not None  # a visit's foreign key
            checkpoints[visit.checkpoint_id] = _round_checkpoint(gone, visit)
    findings = session.scalars(
        select(PatrolFinding)
        .where(PatrolFinding.round_id == row.id)
        .order_by(PatrolFinding.seen_at)
    )
    return RoundDetail(
        id=row.id,
        number=row.number,
        route_id=row.route_id,
        route_name=row.route_name,
        guard_id=row.guard_id,
        guard_name=row.guard_name,
        state=RoundState(row.state),
        source=RoundSource(row.source),
        started_at=row.started_at,
        finished_at=row.finished_at,
        slot_at=row.slot_at,
        verdict=Verdict(row.verdict) if row.verdict else None,
        checkpoints=tuple(sorted(checkpoints.values(), key=_position)),
        findings=tuple(finding_info(f, row.number) for f in findings),
        out_of_order=row.out_of_order,
        too_fast=row.too_fast,
        abandon_reason=row.abandon_reason,
        created_by=row.created_by,
        voided=row.voided_at is not None,
        void_reason=row.void_reason,
    )


def _position(checkpoint: RoundCheckpoint) -> int:
    return checkpoint.position


def _round_checkpoint(checkpoint: PatrolCheckpoint, visit: PatrolVisit | None) -> RoundCheckpoint:
    return RoundCheckpoint(
        checkpoint.id,
        visit.position if visit is not None else checkpoint.position,
        checkpoint.code,
        visit.checkpoint_name if visit is not None else checkpoint.name,
        checkpoint.place,
        tuple(line for line in checkpoint.checklist.splitlines() if line),
        _visit_info(visit) if visit is not None else None,
    )
