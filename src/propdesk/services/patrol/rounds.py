"""Rounds (巡逻): started at the gatehouse, ticked checkpoint by checkpoint by scanning
the labels' codes (a keyboard-wedge reader types the code and Enter) or by hand,
finished or abandoned with a reason; rounds walked with paper are entered later.

Each call checks the role (guards run rounds, clerks enter paper rounds, managers void
them), then every input, and only then writes, in one transaction with its audit row.
A refused scan (unknown code, another route's checkpoint, a checkpoint taken out of
service, nothing open) is logged in patrol_refused_scan and then raised, so the guard
sees it at once and the supervisor finds it later.

An open round is a row like any other: it survives a lock, a shift change and a
restart, and any station can finish or abandon it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.patrol.rounds import (
    RefusalReason,
    RoundSource,
    RoundState,
    VisitHow,
)
from propdesk.domain.patrol.schedule import ScheduleHistory
from propdesk.domain.roles import Action, Module
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_span import span_in_window
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import storable_text
from propdesk.services.patrol.inputs import (
    PaperRound,
    clean_code,
    clean_live_time,
    clean_paper_time,
    clean_reason,
    clean_visit_note,
)
from propdesk.services.patrol.round_detail import RoundDetail, load_round_detail
from propdesk.services.patrol.round_list import RoundFilter, RoundRow, round_rows
from propdesk.services.patrol.round_rows import (
    ENTITY,
    FIELDS,
    add_visit,
    new_round,
    visit_totals,
)
from propdesk.services.patrol.settings import read_history
from propdesk.store.base import utcnow
from propdesk.store.models import (
    PatrolCheckpoint,
    PatrolRefusedScan,
    PatrolRound,
    PatrolVisit,
)


@dataclass(frozen=True)
class OpenRound:
    """A round still open, for the gatehouse's list (any station's, any guard's)."""

    id: uuid.UUID
    number: str
    route_name: str
    guard_name: str
    started_at: datetime
    visited: int
    total: int


class RoundService(StoreService):
    # -- starting -----------------------------------------------------------------------
    def start(
        self,
        actor: Actor,
        route_id: uuid.UUID,
        guard_id: uuid.UUID | None = None,
        at: datetime | None = None,
    ) -> RoundDetail:
        """Start a round of the route now (or at `at`, a moment ago), walked by the
        guard chosen or else by the person logged in. Refused when the route already
        has a round in the slot this one would answer."""
        actor.require(Module.PATROL, Action.CREATE)
        now = utcnow()
        start = clean_live_time(at, now, "started_at")
        with self._store.write() as session:
            row = new_round(session, actor, route_id, guard_id, start, RoundSource.LIVE)
            return load_round_detail(session, row)

    # -- scanning and ticking -----------------------------------------------------------
    def scan(
        self, actor: Actor, code: str, round_id: uuid.UUID | None = None, at: datetime | None = None
    ) -> RoundDetail:
        """Tick the checkpoint whose label reads `code` in the round given, or (None)
        in the one open round whose route has it. Out of order is allowed and marked.
        A refused code is logged and raised (field "code")."""
        actor.require(Module.PATROL, Action.UPDATE)
        now = utcnow()
        when = clean_live_time(at, now, "at")
        clean = clean_code(code)
        refusal: UserError | None = None
        with self._store.write() as session:
            try:
                row, checkpoint = self._scanned(session, clean, round_id)
                add_visit(session, actor, row, checkpoint, when, VisitHow.SCAN)
                return load_round_detail(session, row)
            except _RefusedError as refused:
                # Kept: the refusal is the record, and the transaction commits it.
                session.add(
                    PatrolRefusedScan(
                        at=when,
                        code=clean,
                        reason=refused.reason.value,
                        round_id=round_id,
                        username=actor.username,
                        station=actor.station,
                    )
                )
                refusal = refused.error
        assert refusal is not None
        raise refusal

    def tick(
        self,
        actor: Actor,
        round_id: uuid.UUID,
        checkpoint_id: uuid.UUID,
        at: datetime | None = None,
    ) -> RoundDetail:
        """Tick a checkpoint by hand (a label torn off, the reader broken)."""
        actor.require(Module.PATROL, Action.UPDATE)
        now = utcnow()
        when = clean_live_time(at, now, "at")
        with self._store.write() as session:
            row = self._open_round(session, round_id)
            checkpoint = session.get(PatrolCheckpoint, checkpoint_id)
            if checkpoint is None or checkpoint.route_id != row.route_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That checkpoint is not on this round's route."),
                    field="checkpoint_id",
                )
            add_visit(session, actor, row, checkpoint, when, VisitHow.TICK)
            return load_round_detail(session, row)

    def _scanned(
        self, session: Session, code: str, round_id: uuid.UUID | None
    ) -> tuple[PatrolRound, PatrolCheckpoint]:
        checkpoint = session.scalar(select(PatrolCheckpoint).where(PatrolCheckpoint.code == code))
        if checkpoint is None:
            raise _RefusedError(
                RefusalReason.UNKNOWN,
                ValidationError(
                    QT_TRANSLATE_NOOP("messages", "No checkpoint has the code {code}."),
                    field="code",
                    code=code,
                ),
            )
        if checkpoint.voided_at is not None:
            raise _RefusedError(
                RefusalReason.VOIDED,
                ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The checkpoint {name} ({code}) was taken out of service."
                    ),
                    field="code",
                    name=checkpoint.name,
                    code=code,
                ),
            )
        if round_id is None:
            row = session.scalar(
                select(PatrolRound)
                .where(
                    PatrolRound.route_id == checkpoint.route_id,
                    PatrolRound.state == RoundState.OPEN.value,
                    PatrolRound.voided_at.is_(None),
                )
                .order_by(PatrolRound.started_at.desc())
            )
            if row is None:
                raise _RefusedError(
                    RefusalReason.NO_ROUND,
                    ConflictError(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "No round of this checkpoint's route is open: start a round first.",
                        ),
                        field="code",
                    ),
                )
        else:
            found = session.get(PatrolRound, round_id)
            if found is None or found.state != RoundState.OPEN.value or found.voided_at:
                raise _RefusedError(
                    RefusalReason.NO_ROUND,
                    ConflictError(
                        QT_TRANSLATE_NOOP("messages", "That round is not open any more."),
                        field="code",
                    ),
                )
            row = found
        if checkpoint.route_id != row.route_id:
            raise _RefusedError(
                RefusalReason.OTHER_ROUTE,
                ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{code} is the checkpoint {name} of another route, not of {route}.",
                    ),
                    field="code",
                    code=code,
                    name=checkpoint.name,
                    route=row.route_name,
                ),
            )
        reached = session.scalar(
            select(PatrolVisit.at).where(
                PatrolVisit.round_id == row.id, PatrolVisit.checkpoint_id == checkpoint.id
            )
        )
        if reached is not None:
            raise _RefusedError(
                RefusalReason.REPEATED,
                ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The checkpoint {name} was already reached at {time}."
                    ),
                    field="code",
                    name=checkpoint.name,
                    time=f"{reached.astimezone():%H:%M}",
                ),
            )
        return row, checkpoint

    # -- ending -------------------------------------------------------------------------
    def finish(self, actor: Actor, round_id: uuid.UUID, at: datetime | None = None) -> RoundDetail:
        """Checkpoints not reached count as skipped."""
        actor.require(Module.PATROL, Action.UPDATE)
        now = utcnow()
        when = clean_live_time(at, now, "at")
        with self._store.write() as session:
            row = self._open_round(session, round_id)
            if row.checkpoints_visited == 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "No checkpoint was reached: scan one, or abandon the round with a reason.",
                    ),
                    field="code",
                )
            last_visit = session.scalar(
                select(PatrolVisit.at)
                .where(PatrolVisit.round_id == row.id)
                .order_by(PatrolVisit.at.desc())
            )
            finished = max(when, last_visit) if last_visit is not None else when
            changes = {"state": RoundState.FINISHED.value, "finished_at": finished}
            records.update(session, actor, ENTITY, row, FIELDS, changes)
            return load_round_detail(session, row)

    def abandon(self, actor: Actor, round_id: uuid.UUID, reason: str) -> RoundDetail:
        """Give an open round up (the guard was called away): it answers no slot."""
        actor.require(Module.PATROL, Action.UPDATE)
        clean = clean_reason(reason)
        with self._store.write() as session:
            row = self._open_round(session, round_id)
            changes = {
                "state": RoundState.ABANDONED.value,
                "finished_at": utcnow(),
                "abandon_reason": clean,
            }
            records.update(session, actor, ENTITY, row, FIELDS, changes)
            return load_round_detail(session, row)

    def void(self, actor: Actor, round_id: uuid.UUID, reason: str) -> RoundDetail:
        """A round recorded wrongly is voided with a reason (and entered again): a
        finished round is never edited."""
        actor.require(Module.PATROL, Action.VOID)
        with self._store.write() as session:
            row = self._round(session, round_id)
            if row.voided_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "That round is already void."), field="reason"
                )
            records.void(session, actor, ENTITY, row, FIELDS, reason)
            return load_round_detail(session, row)

    # -- paper rounds -------------------------------------------------------------------
    def enter_paper(self, actor: Actor, paper: PaperRound) -> RoundDetail:
        """A round walked with a paper sheet, entered afterwards with its times: marked
        entered later, judged against its slot like any other."""
        actor.require(Module.PATROL, Action.CREATE)
        now = utcnow()
        start = clean_paper_time(paper.started_at, now, "started_at")
        end = clean_paper_time(paper.finished_at, now, "finished_at")
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The round cannot end before it started."),
                field="finished_at",
            )
        if not paper.visits:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter the time of at least one checkpoint."),
                field="visits",
            )
        visits = sorted(paper.visits, key=lambda v: clean_paper_time(v.at, now, "visits"))
        for visit in visits:
            at = clean_paper_time(visit.at, now, "visits")
            if not start <= at <= end:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Every checkpoint's time must lie between the round's start and end.",
                    ),
                    field="visits",
                )
        if len({v.checkpoint_id for v in visits}) != len(visits):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "A checkpoint is entered twice."), field="visits"
            )
        notes = [clean_visit_note(visit.note) for visit in visits]
        with self._store.write() as session:
            row = new_round(
                session, actor, paper.route_id, paper.guard_id, start, RoundSource.PAPER
            )
            history = read_history(session)
            added: list[PatrolVisit] = []
            for visit, note in zip(visits, notes, strict=True):
                checkpoint = session.get(PatrolCheckpoint, visit.checkpoint_id)
                if checkpoint is None or checkpoint.route_id != row.route_id:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP(
                            "messages", "That checkpoint is not on this round's route."
                        ),
                        field="visits",
                    )
                at = clean_paper_time(visit.at, now, "visits")
                reached = add_visit(
                    session,
                    actor,
                    row,
                    checkpoint,
                    at,
                    VisitHow.PAPER,
                    history=history,
                    count=False,
                )
                reached.ok = visit.ok
                reached.note = note
                added.append(reached)
            changes = {
                **visit_totals(added),
                "state": RoundState.FINISHED.value,
                "finished_at": end,
            }
            records.update(session, actor, ENTITY, row, FIELDS, changes)
            return load_round_detail(session, row)

    # -- reading ------------------------------------------------------------------------
    def open_rounds(self, actor: Actor) -> list[OpenRound]:
        """Every open round, oldest first: what the gatehouse has to finish."""
        actor.require(Module.PATROL, Action.VIEW)
        with self._store.read() as session:
            rows = session.scalars(
                select(PatrolRound)
                .where(PatrolRound.state == RoundState.OPEN.value, PatrolRound.voided_at.is_(None))
                .order_by(PatrolRound.started_at)
            )
            return [
                OpenRound(
                    r.id,
                    r.number,
                    r.route_name,
                    r.guard_name,
                    r.started_at,
                    r.checkpoints_visited,
                    r.checkpoints_total,
                )
                for r in rows
            ]

    def detail(self, actor: Actor, round_id: uuid.UUID) -> RoundDetail:
        actor.require(Module.PATROL, Action.VIEW)
        with self._store.read() as session:
            return load_round_detail(session, self._round(session, round_id))

    def find_number(self, actor: Actor, number: str) -> RoundDetail:
        """The round with this number (XL202612-0001), typed or from quick search."""
        actor.require(Module.PATROL, Action.VIEW)
        with self._store.read() as session:
            wanted = storable_text(number, "number").strip().upper()
            row = session.scalar(select(PatrolRound).where(PatrolRound.number == wanted))
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That patrol round is not on record."),
                    field="number",
                )
            return load_round_detail(session, row)

    def rows(
        self, actor: Actor, wanted: RoundFilter, limit: int = 2000
    ) -> tuple[list[RoundRow], bool]:
        """The rounds behind a figure (a guard's month, a day's late rounds), oldest
        first, at most `limit`; and whether more exist."""
        actor.require(Module.PATROL, Action.VIEW)
        span_in_window(wanted.first, wanted.last, "period")
        if wanted.guard is not None:
            storable_text(wanted.guard, "guard")
        with self._store.read() as session:
            return round_rows(session, wanted, limit)

    def schedule_history(self) -> ScheduleHistory:
        with self._store.read() as session:
            return read_history(session)

    # -- rows ---------------------------------------------------------------------------
    @staticmethod
    def _round(session: Session, round_id: uuid.UUID) -> PatrolRound:
        row = session.get(PatrolRound, round_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "That patrol round is not on record.")
            )
        return row

    def _open_round(self, session: Session, round_id: uuid.UUID) -> PatrolRound:
        row = self._round(session, round_id)
        if row.voided_at is not None or row.state != RoundState.OPEN.value:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Round {number} is over; a finished round is not changed (void it and "
                    "enter it again).",
                ),
                number=row.number,
            )
        return row


class _RefusedError(Exception):
    """A scan refused: why (for the log) and what to tell the guard."""

    def __init__(self, reason: RefusalReason, error: UserError) -> None:
        super().__init__(error.message)
        self.reason = reason
        self.error = error
