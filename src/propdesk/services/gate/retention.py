"""Visitor-data retention: some days after a visit, the visitor's name, phone and
masked ID are blanked from the gate log.

The rows stay, so daily traffic, shift counts and reports do not change; `purged_at`
says when the personal data went. The work is done in small transactions, so on a
database with millions of gate events the other stations wait for one chunk at most,
never for the whole purge. One audit row per run records the cutoff and the count.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.gate.events import ENTITY, GateEventKind
from propdesk.services.gate.settings import GateSettingsService, check_retention_days
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.base import utcnow
from propdesk.store.models import GateEvent
from propdesk.store.sync.identity import station_letter
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

VISITOR_KINDS = (GateEventKind.VISITOR_IN, GateEventKind.VISITOR_OUT)
LAST_RUN_KEY = "gate_retention_last_run"
AUDIT_ID = "retention"
CHUNK_SIZE = 2000

# Called after each chunk with the rows blanked so far (total unknown: None); returning
# False stops the purge there (what is blanked stays blanked). Same shape as the UI's
# worker progress callback, so a closing window can stop a long first purge.
Progress = Callable[[int, int | None], bool]


@dataclass(frozen=True)
class PurgeResult:
    cutoff: datetime  # visits before this instant were (or would be) blanked
    events_blanked: int


class GateRetentionService:
    def __init__(
        self,
        store: Store,
        settings: GateSettingsService,
        daily_runs: EstateSettingsService,
        *,
        station: Callable[[], str] = lambda: "",
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self._store = store
        self._settings = settings
        self._daily_runs = daily_runs  # remembers the day the automatic purge last ran
        self._station = station
        self._chunk_size = chunk_size

    def purge(
        self,
        actor: Actor,
        now: datetime | None = None,
        days: int | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> PurgeResult:
        """Blank visitors' personal data on gate events older than `days` (default: the
        estate's retention setting). A dry run only counts what would be blanked."""
        actor.require(Module.GATE, Action.VOID)
        if days is None:
            days = self._settings.gate().visitor_retention_days
        else:
            check_retention_days(days)
        now = moment_in_window(now, "now") if now is not None else utcnow()
        cutoff = now - timedelta(days=days)
        if dry_run:
            with self._store.read() as session:
                count = session.scalar(
                    select(func.count())
                    .select_from(GateEvent)
                    .where(
                        GateEvent.kind.in_([k.value for k in VISITOR_KINDS]),
                        GateEvent.occurred_at < cutoff,
                        GateEvent.purged_at.is_(None),
                    )
                )
            return PurgeResult(cutoff, count or 0)
        blanked = 0
        for ids in self._chunks(cutoff):
            blanked += self._blank(ids)
            if progress is not None and not progress(blanked, None):
                break
        if blanked:
            # Like an unchanged update, a run that blanked nothing leaves no audit row.
            with self._store.write() as session:
                audit_service.record(
                    session,
                    actor,
                    ENTITY,
                    AUDIT_ID,
                    AuditAction.UPDATE,
                    after={
                        "cutoff": audit_service.jsonable(cutoff),
                        "days": days,
                        "events_blanked": blanked,
                    },
                )
            log.info("visitor data before %s blanked on %d gate events", cutoff, blanked)
        return PurgeResult(cutoff, blanked)

    def run_daily_if_due(
        self, now: datetime | None = None, progress: Progress | None = None
    ) -> PurgeResult | None:
        """The automatic purge, at most once per local day (any station; the first to
        ask runs it). None when it already ran today."""
        now = now or utcnow()
        today = now.astimezone().date()  # the station's local day
        with self._store.read() as session:
            syncing = station_letter(session) != ""
        if syncing:
            # A syncing station's copy holds the last days of the journal only; the purge
            # runs where the whole journal is (a station working on the server), and its
            # blanked rows reach this copy like any other change. Two copies purging the
            # same rows would each make a conflict of every row.
            return None
        if not self._daily_runs.claim_daily_run(LAST_RUN_KEY, today):
            return None
        stopped = False

        def relay(done: int, total: int | None) -> bool:
            nonlocal stopped
            stopped = progress is not None and not progress(done, total)
            return not stopped

        try:
            result = self.purge(system_actor(self._station()), now, progress=relay)
        except Exception:
            self._forget_today()
            raise
        if stopped:
            self._forget_today()  # finish at the next check
        return result

    def _forget_today(self) -> None:
        try:
            self._daily_runs.forget_daily_run(LAST_RUN_KEY)
        except PropdeskError as exc:  # the purge's own error matters more; tomorrow retries
            log.warning("could not clear the retention run date: %s", exc.message)

    def _chunks(self, cutoff: datetime) -> Iterator[list[uuid.UUID]]:
        """Ids of unpurged visitor events before `cutoff`, a chunk at a time.

        Each kind is walked along the (kind, occurred_at) index from the oldest; the next
        chunk starts at the last time seen (ties included: rows already blanked drop out
        through `purged_at`), so no chunk sorts or rescans the whole table. Reads happen
        outside the write transactions, which then hold the lock only for the UPDATE.
        """
        for kind in VISITOR_KINDS:
            since: datetime | None = None
            while True:
                query = select(GateEvent.id, GateEvent.occurred_at).where(
                    GateEvent.kind == kind.value,
                    GateEvent.occurred_at < cutoff,
                    GateEvent.purged_at.is_(None),
                )
                if since is not None:
                    query = query.where(GateEvent.occurred_at >= since)
                query = query.order_by(GateEvent.occurred_at).limit(self._chunk_size)
                with self._store.read() as session:
                    rows = session.execute(query).all()
                if rows:
                    yield [row.id for row in rows]
                if len(rows) < self._chunk_size:
                    break
                since = rows[-1].occurred_at

    def _blank(self, ids: list[uuid.UUID]) -> int:
        """One transaction; rows another station blanked meanwhile are not counted twice."""
        with self._store.write() as session:
            result = session.execute(
                update(GateEvent)
                .where(GateEvent.id.in_(ids), GateEvent.purged_at.is_(None))
                .values(
                    person_name="",
                    person_name_initials="",
                    phone="",
                    id_masked="",
                    purged_at=utcnow(),
                )
                .execution_options(synchronize_session=False)
            )
            # An UPDATE's result is a CursorResult; the Session's signature is generic.
            return int(cast("CursorResult[Any]", result).rowcount)
