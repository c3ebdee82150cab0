"""The common shape of a register service (units, residents, vehicles, staff, buildings).

A register keeps rows that are created, updated and voided — never deleted — each
change with an audit row (services.core.records). `Register` names one register's
table as the audit knows it and finds its live rows by id; `RegisterService` is the
base of the registers' services: their store, and voiding a row by id under the
master-data VOID right. How input is checked, how a row is matched and how it is
shown stay in each register's own module.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import NotFoundError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.records import Outcome, Voidable
from propdesk.services.core.store_service import StoreService

RowT = TypeVar("RowT", bound=Voidable)


@dataclass(frozen=True)
class Register(Generic[RowT]):
    """One register's rows, audited under `entity` with the columns `fields`."""

    model: type[RowT]
    entity: str  # e.g. "unit": what audit rows name
    fields: tuple[str, ...]
    missing: str  # the message when an id names no live row, e.g. "No such unit."

    def live(self, session: Session, row_id: uuid.UUID) -> RowT:
        """The row with this id; NotFoundError when there is none or it was voided."""
        row = session.get(self.model, row_id)
        if row is None or row.voided_at is not None:
            raise NotFoundError(self.missing)
        return row

    def create(self, session: Session, actor: Actor, row: RowT) -> None:
        records.create(session, actor, self.entity, row, self.fields)

    def update(self, session: Session, actor: Actor, row: RowT, changes: dict[str, Any]) -> Outcome:
        return records.update(session, actor, self.entity, row, self.fields, changes)


class RegisterService(StoreService, Generic[RowT]):
    """Base of a register's service; `register` is set by each subclass."""

    register: Register[RowT]

    def _void(self, actor: Actor, row_id: uuid.UUID, reason: str) -> RowT:
        """Void the live row `row_id` with an audit row; returns it, voided."""
        actor.require(Module.MASTER_DATA, Action.VOID)
        with self._store.write() as session:
            row = self.register.live(session, row_id)
            records.void(session, actor, self.register.entity, row, self.register.fields, reason)
            return row
