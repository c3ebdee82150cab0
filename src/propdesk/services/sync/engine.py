"""One round of syncing: take what the others saved, send what this station saved.

Each step is a transaction on each side, and the station's transaction (outbox lines
removed, revisions noted, cursor moved) commits only after the server's did; a station
stopped anywhere in between repeats the step and the server takes the repeat as the
same write (store/sync/push.py). So a cable pulled or a process killed at any moment
loses nothing and doubles nothing — the PostgreSQL lane proves it with a proxy that cuts
the connection at random moments.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Row, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from propdesk.services.sync.status import SyncReport
from propdesk.store.engine import WRITE_OPTION
from propdesk.store.migrate import SCHEMA_HEAD, current_revision, is_known_revision, upgrade_to_head
from propdesk.store.models.sync import SyncIdentity
from propdesk.store.sync.outbox import acknowledge, clear_refusals, pending
from propdesk.store.sync.pull import apply_pulled, changes_since, fetch, server_horizon
from propdesk.store.sync.push import push

log = logging.getLogger(__name__)


class NewerServerSchemaError(SQLAlchemyError):
    """The server holds data of a newer propdesk: rows cannot travel until this station
    runs it too. A SQLAlchemyError so that the loop notes it and tries again later."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"the server is on propdesk schema {revision}, newer than this station's "
            f"{SCHEMA_HEAD}: install the newer propdesk on this station"
        )
        self.revision = revision


# Rows sent per server transaction: a day offline at a busy gate is a few thousand.
SEND_BATCH = 20_000


class SyncEngine:
    """Moves rows between the station's copy (`local`) and the server (`server`)."""

    def __init__(self, local: Engine, server: Engine) -> None:
        self.local = local
        self.server = server
        # One round at a time in this process (the loop and "sync now" share it).
        self._round = threading.Lock()
        # The pull cursor reached by rounds that found nothing to take: kept here, not
        # written to the station's file each second (a write is an fsync, and the
        # gate's saves would queue behind it). Restarting from the older cursor in the
        # file only looks at a few transactions again.
        self._quiet_cursor = 0

    def _local_write(self) -> Engine:
        return self.local.execution_options(**{WRITE_OPTION: True})

    def identity(self, conn: Connection) -> Row[Any]:
        """The station's sync_identity row (attributes as the model's columns)."""
        table = SyncIdentity.__table__
        row = conn.execute(select(table).where(table.c.id == 1)).first()
        if row is None:
            raise LookupError("this station has not joined a server")
        return row

    def round(self) -> SyncReport:
        with self._round:
            self._check_schema()
            pulled, deleted = self._pull()
            sent, conflicts, refused = self._send()
            return SyncReport(pulled, deleted, sent, conflicts, refused)

    def _check_schema(self) -> None:
        """Every round (two small reads): a station working on the server directly may
        have upgraded it meanwhile. Rows travel column for column, so both sides must
        be on one schema. An older
        server is brought up to date, as a station working on it directly does at its
        start; a newer one stops the sync (this station needs the newer propdesk),
        saving here goes on."""
        revision = current_revision(self.server)
        if revision != SCHEMA_HEAD:
            if revision is not None and not is_known_revision(revision):
                raise NewerServerSchemaError(revision)
            upgrade_to_head(self.server, None)

    def _pull(self) -> tuple[int, int]:
        with self.local.connect() as conn:
            me = self.identity(conn)
            letter, cursor = me.letter, max(me.cursor_xid, self._quiet_cursor)
        with self.server.connect() as plain:
            server = plain.execution_options(isolation_level="REPEATABLE READ")
            with server.begin():
                horizon = server_horizon(server)
                if horizon <= cursor:
                    return 0, 0
                changes = changes_since(server, cursor, horizon)
                if not changes:
                    self._quiet_cursor = horizon
                    return 0, 0
                pulled = fetch(server, changes, letter)
                with self._local_write().begin() as local:
                    applied = apply_pulled(local, server, pulled, letter)
                    local.execute(
                        update(SyncIdentity).where(SyncIdentity.id == 1).values(cursor_xid=horizon)
                    )
        return applied.written, applied.deleted

    def _send(self) -> tuple[int, int, int]:
        with self.local.connect() as conn:
            me = self.identity(conn)
            letter, join_xmin = me.letter, me.join_xmin
            items, upto = pending(conn, SEND_BATCH)
        if not items:
            return 0, 0, 0
        try:
            with self.server.begin() as server:
                outcome = push(server, letter, join_xmin, items)
        except IntegrityError as exc:
            # A foreign key checked at commit failed for the whole batch: send again,
            # each row on its own, so the one the server refuses is named.
            log.info("batch refused at commit (%s); sending row by row", exc.orig)
            with self.server.begin() as server:
                outcome = push(server, letter, join_xmin, items, careful=True)
        now = datetime.now(UTC)
        with self._local_write().begin() as local:
            acknowledge(local, outcome, upto)
            clear_refusals(local, set(outcome.applied), now)
        for item, message in outcome.refused:
            log.warning("server refused %s %s: %s", item.tbl, item.key, message)
        return len(outcome.applied), len(outcome.conflicts), len(outcome.refused)
