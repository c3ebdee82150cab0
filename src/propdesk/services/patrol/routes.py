"""Routes and their ordered checkpoints: managers add, rename, reorder and void them.

Voiding keeps the row (past rounds refer to it) and closes the gap in the order; a
voided checkpoint keeps its code, so its old label read again is refused by name.
Editing needs the settings right (managers, admins), reading the patrol view right.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.store_service import StoreService
from propdesk.services.patrol.inputs import (
    CheckpointInput,
    RouteInput,
    clean_checkpoint,
    clean_code,
    clean_route,
)
from propdesk.store.models import PatrolCheckpoint, PatrolRoute

ROUTE = "patrol_route"
CHECKPOINT = "patrol_checkpoint"
ROUTE_FIELDS = ("name", "note", "position")
CHECKPOINT_FIELDS = ("route_id", "position", "code", "name", "place", "checklist")


@dataclass(frozen=True)
class CheckpointInfo:
    id: uuid.UUID
    route_id: uuid.UUID
    route_name: str
    position: int  # 0 when voided
    code: str
    name: str
    place: str
    checklist: tuple[str, ...]
    voided: bool

    @property
    def checklist_text(self) -> str:
        return "\n".join(self.checklist)


@dataclass(frozen=True)
class RouteInfo:
    id: uuid.UUID
    name: str
    note: str
    voided: bool
    checkpoints: tuple[CheckpointInfo, ...]  # live ones, in walking order


def checkpoint_info(checkpoint: PatrolCheckpoint, route: PatrolRoute) -> CheckpointInfo:
    return CheckpointInfo(
        checkpoint.id,
        route.id,
        route.name,
        checkpoint.position,
        checkpoint.code,
        checkpoint.name,
        checkpoint.place,
        tuple(line for line in checkpoint.checklist.splitlines() if line),
        checkpoint.voided_at is not None,
    )


def live_checkpoints(session: Session, route_id: uuid.UUID) -> list[PatrolCheckpoint]:
    return list(
        session.scalars(
            select(PatrolCheckpoint)
            .where(PatrolCheckpoint.route_id == route_id, PatrolCheckpoint.voided_at.is_(None))
            .order_by(PatrolCheckpoint.position)
        )
    )


def route_info(session: Session, route: PatrolRoute) -> RouteInfo:
    checkpoints = tuple(checkpoint_info(c, route) for c in live_checkpoints(session, route.id))
    return RouteInfo(route.id, route.name, route.note, route.voided_at is not None, checkpoints)


def load_route(session: Session, route_id: uuid.UUID, field: str = "route_id") -> PatrolRoute:
    route = session.get(PatrolRoute, route_id)
    if route is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "That patrol route is not on record."), field=field
        )
    return route


def live_route(session: Session, route_id: uuid.UUID, field: str = "route_id") -> PatrolRoute:
    route = load_route(session, route_id, field)
    if route.voided_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "The route {name} was taken out of service."),
            field=field,
            name=route.name,
        )
    return route


class RouteService(StoreService):
    # -- reading ------------------------------------------------------------------------
    def routes(self, actor: Actor, *, include_voided: bool = False) -> list[RouteInfo]:
        actor.require(Module.PATROL, Action.VIEW)
        with self._store.read() as session:
            query = select(PatrolRoute).order_by(PatrolRoute.position, PatrolRoute.name)
            if not include_voided:
                query = query.where(PatrolRoute.voided_at.is_(None))
            return [route_info(session, route) for route in session.scalars(query)]

    def route(self, actor: Actor, route_id: uuid.UUID) -> RouteInfo:
        actor.require(Module.PATROL, Action.VIEW)
        with self._store.read() as session:
            return route_info(session, load_route(session, route_id))

    def find_code(self, actor: Actor, code: str) -> CheckpointInfo:
        """The checkpoint with this code (voided ones too), e.g. from quick search."""
        actor.require(Module.PATROL, Action.VIEW)
        clean = clean_code(code)
        with self._store.read() as session:
            checkpoint = session.scalar(
                select(PatrolCheckpoint).where(PatrolCheckpoint.code == clean)
            )
            if checkpoint is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No checkpoint has the code {code}."),
                    field="code",
                    code=clean,
                )
            return checkpoint_info(checkpoint, load_route(session, checkpoint.route_id))

    # -- routes -------------------------------------------------------------------------
    def add_route(self, actor: Actor, data: RouteInput) -> RouteInfo:
        actor.require(Module.SETTINGS, Action.UPDATE)
        clean = clean_route(data)
        with self._store.write() as session:
            self._check_name_free(session, clean.name, None)
            last = session.scalar(select(func.max(PatrolRoute.position))) or 0
            route = PatrolRoute(name=clean.name, note=clean.note, position=last + 1)
            records.create(session, actor, ROUTE, route, ROUTE_FIELDS)
            return route_info(session, route)

    def update_route(self, actor: Actor, route_id: uuid.UUID, data: RouteInput) -> RouteInfo:
        actor.require(Module.SETTINGS, Action.UPDATE)
        clean = clean_route(data)
        with self._store.write() as session:
            route = live_route(session, route_id)
            self._check_name_free(session, clean.name, route.id)
            records.update(
                session, actor, ROUTE, route, ROUTE_FIELDS, {"name": clean.name, "note": clean.note}
            )
            return route_info(session, route)

    def void_route(self, actor: Actor, route_id: uuid.UUID, reason: str) -> None:
        """Its checkpoints can no longer be scanned; its rounds stay as they were."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        with self._store.write() as session:
            route = live_route(session, route_id)
            records.void(session, actor, ROUTE, route, ROUTE_FIELDS, reason)

    @staticmethod
    def _check_name_free(session: Session, name: str, own: uuid.UUID | None) -> None:
        query = select(PatrolRoute.id).where(
            PatrolRoute.name == name, PatrolRoute.voided_at.is_(None)
        )
        if own is not None:
            query = query.where(PatrolRoute.id != own)
        if session.scalar(query) is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "There is already a route named {name}."),
                field="name",
                name=name,
            )

    # -- checkpoints ----------------------------------------------------------------------
    def add_checkpoint(
        self, actor: Actor, route_id: uuid.UUID, data: CheckpointInput
    ) -> CheckpointInfo:
        """At the end of the route."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        clean = clean_checkpoint(data)
        with self._store.write() as session:
            route = live_route(session, route_id)
            self._check_code_free(session, clean.code, None)
            checkpoint = PatrolCheckpoint(
                route_id=route.id,
                position=len(live_checkpoints(session, route.id)) + 1,
                code=clean.code,
                name=clean.name,
                place=clean.place,
                checklist=clean.checklist,
            )
            records.create(session, actor, CHECKPOINT, checkpoint, CHECKPOINT_FIELDS)
            return checkpoint_info(checkpoint, route)

    def update_checkpoint(
        self, actor: Actor, checkpoint_id: uuid.UUID, data: CheckpointInput
    ) -> CheckpointInfo:
        """Rename, re-place, re-code or change what to check. A new code makes the old
        label unreadable: print the new one."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        clean = clean_checkpoint(data)
        with self._store.write() as session:
            checkpoint = self._live_checkpoint(session, checkpoint_id)
            route = live_route(session, checkpoint.route_id)
            self._check_code_free(session, clean.code, checkpoint.id)
            changes = {
                "code": clean.code,
                "name": clean.name,
                "place": clean.place,
                "checklist": clean.checklist,
            }
            records.update(session, actor, CHECKPOINT, checkpoint, CHECKPOINT_FIELDS, changes)
            return checkpoint_info(checkpoint, route)

    def move_checkpoint(self, actor: Actor, checkpoint_id: uuid.UUID, offset: int) -> RouteInfo:
        """Move it `offset` places along the route (-1: one earlier), within the route."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        with self._store.write() as session:
            checkpoint = self._live_checkpoint(session, checkpoint_id)
            route = live_route(session, checkpoint.route_id)
            order = live_checkpoints(session, route.id)
            index = order.index(checkpoint)
            target = max(0, min(len(order) - 1, index + offset))
            order.insert(target, order.pop(index))
            self._renumber(session, actor, order)
            return route_info(session, route)

    def void_checkpoint(self, actor: Actor, checkpoint_id: uuid.UUID, reason: str) -> RouteInfo:
        actor.require(Module.SETTINGS, Action.UPDATE)
        with self._store.write() as session:
            checkpoint = self._live_checkpoint(session, checkpoint_id)
            route = live_route(session, checkpoint.route_id)
            records.void(session, actor, CHECKPOINT, checkpoint, CHECKPOINT_FIELDS, reason)
            session.flush()
            self._renumber(session, actor, live_checkpoints(session, route.id))
            return route_info(session, route)

    @staticmethod
    def _renumber(session: Session, actor: Actor, order: list[PatrolCheckpoint]) -> None:
        for position, checkpoint in enumerate(order, start=1):
            records.update(
                session, actor, CHECKPOINT, checkpoint, CHECKPOINT_FIELDS, {"position": position}
            )

    @staticmethod
    def _live_checkpoint(session: Session, checkpoint_id: uuid.UUID) -> PatrolCheckpoint:
        checkpoint = session.get(PatrolCheckpoint, checkpoint_id)
        if checkpoint is None or checkpoint.voided_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "That checkpoint is not in service."),
                field="checkpoint_id",
            )
        return checkpoint

    @staticmethod
    def _check_code_free(session: Session, code: str, own: uuid.UUID | None) -> None:
        query = select(PatrolCheckpoint.name).where(PatrolCheckpoint.code == code)
        if own is not None:
            query = query.where(PatrolCheckpoint.id != own)
        used_by = session.scalar(query)
        if used_by is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "messages", "The code {code} is already used by the checkpoint {name}."
                ),
                field="code",
                code=code,
                name=used_by,
            )
