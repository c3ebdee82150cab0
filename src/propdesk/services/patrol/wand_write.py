"""Write a wand import's plan inside the caller's transaction: each round as the
gatehouse would make it (rounds.new_round and add_visit: numbered, judged, audited;
source "wand", visits "wand"), finished at its last swipe; then every new swipe of the
file with the round it became part of, or its problem."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from propdesk.domain.patrol.rounds import RoundSource, RoundState, VisitHow
from propdesk.domain.patrol.schedule import ScheduleHistory
from propdesk.domain.patrol.swipes import CheckpointTag, Swipe, SwipeProblem
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.round_rows import ENTITY, FIELDS, add_visit, new_round, visit_totals
from propdesk.services.patrol.settings import read_history
from propdesk.services.patrol.wand_plan import PlannedRound, WandPlan, wand_round
from propdesk.services.patrol.wand_results import WandRound
from propdesk.store.models import PatrolCheckpoint, PatrolRound, PatrolWandSwipe

Fate = tuple[PatrolRound | None, str]  # the round a swipe is part of, its problem code


def _write_round(
    session: Session,
    actor: Actor,
    plan: WandPlan,
    planned: PlannedRound,
    history: ScheduleHistory,
) -> PatrolRound:
    made = planned.made
    row = new_round(
        session,
        actor,
        made.route_id,
        planned.guard_id,
        made.started_at,
        RoundSource.WAND,
        guard_name=planned.guard_name,
        history=history,
    )
    visits = []
    for swipe in made.visits:
        tag = plan.tags[swipe.code]
        assert isinstance(tag, CheckpointTag)
        checkpoint = session.get(PatrolCheckpoint, tag.checkpoint_id)
        assert checkpoint is not None  # mapped, in service: read in this transaction
        visits.append(
            add_visit(
                session,
                actor,
                row,
                checkpoint,
                swipe.at,
                VisitHow.WAND,
                history=history,
                count=False,
            )
        )
    # One audited update finishes the round with its counters (as a paper round).
    changes = {
        **visit_totals(visits),
        "state": RoundState.FINISHED.value,
        "finished_at": made.finished_at,
    }
    records.update(session, actor, ENTITY, row, FIELDS, changes)
    return row


def write_plan(
    session: Session,
    actor: Actor,
    plan: WandPlan,
    imported_at: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[WandRound, ...]:
    """The rounds written, numbered; `progress(done, total)` after each round (it may
    raise to stop: the caller's transaction is then rolled back)."""
    fates: dict[tuple[str, str, datetime], Fate] = {}
    written = []
    history = read_history(session)  # once, not once a visit
    for done, planned in enumerate(plan.rounds, 1):
        row = _write_round(session, actor, plan, planned, history)
        written.append(wand_round(planned, row.number))
        no_guard = SwipeProblem.NO_GUARD.value if planned.made.guard is None else ""
        for swipe in planned.made.cards + planned.made.visits:
            fates[swipe.key] = (row, no_guard)
        for swipe in planned.made.repeats:
            fates[swipe.key] = (row, SwipeProblem.REPEATED.value)
        if progress is not None:
            progress(done, len(plan.rounds))
    for item in plan.listed:
        fates[(item.device, item.code, item.at)] = (None, item.problem.value)
    session.add_all(_stored(swipe, fates[swipe.key], actor, imported_at) for swipe in plan.swipes)
    session.flush()
    return tuple(written)


def _stored(swipe: Swipe, fate: Fate, actor: Actor, imported_at: datetime) -> PatrolWandSwipe:
    row, problem = fate
    return PatrolWandSwipe(
        device=swipe.device,
        code=swipe.code,
        at=swipe.at,
        round_id=row.id if row is not None else None,
        problem=problem,
        imported_at=imported_at,
        imported_by=actor.username,
    )
