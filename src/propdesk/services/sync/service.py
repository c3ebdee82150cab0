"""A syncing station's sync: rounds (by the loop or "sync now"), the status line, and
whether the server is reachable.

The state a person sees (online since, offline since, the last error) lives in this
process and is written to the station's file when it changes, so `propdesk sync status`
in another process says the same as the window's status bar.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from propdesk.services.sync.engine import NewerServerSchemaError, SyncEngine
from propdesk.services.sync.server_address import ServerProblem, classify
from propdesk.services.sync.status import SyncReport, SyncStatus
from propdesk.store.engine import WRITE_OPTION
from propdesk.store.models.sync import SyncConflict, SyncIdentity
from propdesk.store.sync.outbox import waiting_count

log = logging.getLogger(__name__)

# How often the loop syncs: within seconds while the server answers, and a gentler
# retry while it does not (each try costs a connect timeout).
ONLINE_PAUSE_S = 1.0
OFFLINE_PAUSE_S = 3.0
NOTE_EVERY_S = 30.0


class SyncService:
    def __init__(self, local: Engine, server: Engine) -> None:
        self.engine = SyncEngine(local, server)
        self._local = local
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_report = SyncReport()
        self._synced_at: datetime | None = None  # this process's last good round
        self._noted_at: datetime | None = None  # when that was last written down
        self._failed_with: str | None = None  # the failure last written down

    # -- rounds ----------------------------------------------------------------
    def sync_now(self) -> SyncReport:
        """One round now; a failure is noted in the status (and raised)."""
        try:
            report = self.engine.round()
        except (SQLAlchemyError, OSError) as exc:
            self._note_failure(exc)
            raise
        self.last_report = report
        self._note_success()
        return report

    def _note_success(self) -> None:
        """Written when the state changes (back online) and then every NOTE_EVERY_S:
        not every second, each write being an fsync the gate's saves would wait for."""
        now = datetime.now(UTC)
        self._synced_at = now
        self._failed_with = None
        if self._noted_at is not None and (now - self._noted_at).total_seconds() < NOTE_EVERY_S:
            return
        self._noted_at = now
        with self._local.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            conn.execute(
                update(SyncIdentity)
                .where(SyncIdentity.id == 1)
                .values(last_synced_at=now, offline_since=None, last_error="")
            )

    def _note_failure(self, exc: BaseException) -> None:
        self._synced_at = None
        self._noted_at = None  # the next success is a change of state: written at once
        if isinstance(exc, NewerServerSchemaError):
            problem = ServerProblem.NEWER_SCHEMA
        elif isinstance(exc, DBAPIError):
            problem = classify(exc)
        else:
            problem = ServerProblem.UNREACHABLE
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        message = (detail[0] if detail else type(exc).__name__)[:400]
        if message == self._failed_with:
            return  # the same failure again (every retry while offline): noted already
        self._failed_with = message
        log.warning("sync failed (%s): %s", problem.value, message)
        now = datetime.now(UTC)
        try:
            with self._local.execution_options(**{WRITE_OPTION: True}).begin() as conn:
                since = conn.execute(
                    select(SyncIdentity.offline_since).where(SyncIdentity.id == 1)
                ).scalar()
                conn.execute(
                    update(SyncIdentity)
                    .where(SyncIdentity.id == 1)
                    .values(offline_since=since or now, last_error=message)
                )
        except SQLAlchemyError:
            log.exception("could not note the sync failure in the station's file")

    # -- status ----------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self._local.connect() as conn:
            me = self.engine.identity(conn)
            waiting = waiting_count(conn)
            open_rows = conn.execute(
                select(SyncConflict.kind).where(SyncConflict.resolved_at.is_(None))
            ).scalars()
            kinds = list(open_rows)
        return SyncStatus(
            letter=me.letter,
            server=me.server,
            waiting=waiting,
            conflicts=kinds.count("edit"),
            refused=kinds.count("refused"),
            last_synced_at=self._synced_at or me.last_synced_at,
            offline_since=me.offline_since,
            last_error=me.last_error,
        )

    # -- the loop --------------------------------------------------------------
    def start(self) -> None:
        """Sync in the background until stop(): a daemon thread, so a window closed
        in the middle of a round does not wait for the server's timeout."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="propdesk-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Sync now rather than at the next pause's end (after a save)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            pause = ONLINE_PAUSE_S
            try:
                self.sync_now()
            except (SQLAlchemyError, OSError):
                pause = OFFLINE_PAUSE_S
            except Exception:  # never let the loop die: log, retry later
                log.exception("sync round failed")
                pause = OFFLINE_PAUSE_S
            self._wake.wait(pause)
            self._wake.clear()
