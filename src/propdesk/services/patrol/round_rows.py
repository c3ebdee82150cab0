"""A round's rows, written inside the caller's transaction: a new round (numbered,
judged against its slot, audited) and a checkpoint reached in it (flagged out of order
or too fast). The gatehouse's live rounds, paper rounds, findings and wand imports all
write through these, so a round is made and counted the same way whatever brought it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.domain.patrol.rounds import RoundSource, RoundState, VisitHow, is_out_of_order
from propdesk.domain.patrol.schedule import ScheduleHistory
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.local_zone import local_zone
from propdesk.services.patrol.routes import live_checkpoints, live_route
from propdesk.services.patrol.settings import read_history
from propdesk.services.patrol.slot_lookup import slot_and_verdict
from propdesk.store.models import PatrolCheckpoint, PatrolRound, PatrolVisit, Staff

ENTITY = "patrol_round"
FIELDS = (
    "number",
    "route_id",
    "route_name",
    "guard_id",
    "guard_name",
    "state",
    "started_at",
    "finished_at",
    "slot_at",
    "verdict",
    "source",
    "checkpoints_total",
    "checkpoints_visited",
    "issues",
    "out_of_order",
    "too_fast",
    "abandon_reason",
)


def _guard_name(session: Session, actor: Actor, guard_id: uuid.UUID | None) -> str:
    if guard_id is None:
        return actor.display_name or actor.username
    staff = session.get(Staff, guard_id)
    if staff is None or staff.voided_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "That guard is not on the staff list."),
            field="guard_id",
        )
    return staff.name


def new_round(
    session: Session,
    actor: Actor,
    route_id: uuid.UUID,
    guard_id: uuid.UUID | None,
    start: datetime,
    source: RoundSource,
    *,
    guard_name: str = "",
    history: ScheduleHistory | None = None,
) -> PatrolRound:
    """A new open round of the route started at `start`, inside the caller's transaction:
    numbered, judged against its slot, audited. Walked by the guard `guard_id`, else by
    `guard_name` when given (a wand with no guard card: "巡更棒 3"), else by the person
    logged in. Refused when the route already has a round in that slot. An import of
    many rounds passes the schedule `history` it read once."""
    route = live_route(session, route_id)
    checkpoints = live_checkpoints(session, route.id)
    if not checkpoints:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The route {name} has no checkpoints yet."),
            field="route_id",
            name=route.name,
        )
    # A wand with no guard card names its round itself ("巡更棒 3").
    named = guard_id is None and guard_name
    name = guard_name if named else _guard_name(session, actor, guard_id)
    history = history or read_history(session)
    slot, verdict, _schedule = slot_and_verdict(history, start, local_zone())
    if slot is not None:
        taken = session.scalar(
            select(PatrolRound.number).where(
                PatrolRound.route_id == route.id,
                PatrolRound.slot_at == slot,
                PatrolRound.state != RoundState.ABANDONED.value,
                PatrolRound.voided_at.is_(None),
            )
        )
        if taken is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Round {number} of this route already answers the {time} slot.",
                ),
                field="route_id",
                number=taken,
                time=f"{slot.astimezone():%H:%M}",
            )
    row = PatrolRound(
        number=numbering_service.allocate(
            session, NumberKind.PATROL_ROUND, start.astimezone().date()
        ),
        route_id=route.id,
        route_name=route.name,
        guard_id=guard_id,
        guard_name=name,
        state=RoundState.OPEN.value,
        started_at=start,
        slot_at=slot,
        verdict=verdict.value if verdict is not None else "",
        source=source.value,
        checkpoints_total=len(checkpoints),
        created_by=actor.username,
    )
    records.create(session, actor, ENTITY, row, FIELDS)
    return row


def add_visit(
    session: Session,
    actor: Actor,
    row: PatrolRound,
    checkpoint: PatrolCheckpoint,
    at: datetime,
    how: VisitHow,
    *,
    history: ScheduleHistory | None = None,
    count: bool = True,
) -> PatrolVisit:
    """A checkpoint reached in the round, flagged out of order or too fast. `count`
    updates the round's counters with an audit row, as a live scan does; a round
    written whole (paper, wand) counts its visits once at its end (`visit_totals`)
    and passes the schedule `history` it read once."""
    if at < row.started_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "A checkpoint cannot be reached before the round started."
            ),
            field="at",
        )
    earlier = list(
        session.execute(
            select(PatrolVisit.checkpoint_id, PatrolVisit.position, PatrolVisit.at).where(
                PatrolVisit.round_id == row.id
            )
        ).tuples()
    )
    if any(reached == checkpoint.id for reached, _position, _at in earlier):
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "That checkpoint was already reached in this round."),
            field="checkpoint_id",
        )
    schedule = (history or read_history(session)).in_force(at.astimezone().date())
    min_walk = schedule.min_walk_minutes if schedule is not None else 0
    latest = max((visit_at for _id, _position, visit_at in earlier), default=None)
    too_fast = latest is not None and (at - latest).total_seconds() < min_walk * 60
    out_of_order = is_out_of_order(checkpoint.position, (p for _id, p, _at in earlier))
    visit = PatrolVisit(
        round_id=row.id,
        checkpoint_id=checkpoint.id,
        position=checkpoint.position,
        checkpoint_name=checkpoint.name,
        at=at,
        how=how.value,
        out_of_order=out_of_order,
        too_fast=too_fast,
    )
    session.add(visit)
    if count:
        changes = {
            "checkpoints_visited": row.checkpoints_visited + 1,
            "out_of_order": row.out_of_order or out_of_order,
            "too_fast": row.too_fast or too_fast,
        }
        records.update(session, actor, ENTITY, row, FIELDS, changes)
    return visit


def visit_totals(visits: Sequence[PatrolVisit]) -> dict[str, object]:
    """A round's counters from its visits: what a round written whole records at its
    end, in the one audited update that finishes it."""
    return {
        "checkpoints_visited": len(visits),
        "issues": sum(1 for visit in visits if not visit.ok),
        "out_of_order": any(visit.out_of_order for visit in visits),
        "too_fast": any(visit.too_fast for visit in visits),
    }
