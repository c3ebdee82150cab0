"""Checklist templates (检查表模板): the office's own, seeded from the defaults in the
station's language, edited by managers.

A version is never changed: an edit writes the next version of the series
(domain.inspections.templates.next_version), so an inspection keeps the words it was
made with. Retiring a series stops it being due or offered; its inspections stay.
Adding, editing and retiring need VOID on inspections (managers); everyone with
VIEW reads them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.inspections.defaults import default_templates
from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.domain.inspections.templates import Template, TemplateChanges, next_version
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.store_service import StoreService
from propdesk.services.inspections.template_codec import areas_json, items_json, template_of
from propdesk.store.base import utcnow
from propdesk.store.models import InspectionTemplate

ENTITY = "inspection_template"
_KIND_ORDER = {kind: n for n, kind in enumerate(InspectionKind)}


@dataclass(frozen=True)
class TemplateInfo:
    id: uuid.UUID  # this version's row: what an inspection points at
    series_id: uuid.UUID  # the same for every version of the template
    template: Template
    active_from: date
    retired: bool

    @property
    def kind(self) -> InspectionKind:
        return self.template.kind

    @property
    def name(self) -> str:
        return self.template.name

    @property
    def version(self) -> int:
        return self.template.version


def info_of(row: InspectionTemplate) -> TemplateInfo:
    return TemplateInfo(
        row.id, row.series_id, template_of(row), row.active_from, row.retired_at is not None
    )


def not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("messages", "That checklist template is not on record."))


def newest_versions(session: Session, *, retired: bool = False) -> list[InspectionTemplate]:
    """The newest version of every series (retired ones too when asked), by kind, then name."""
    newest = (
        select(InspectionTemplate.series_id, func.max(InspectionTemplate.version).label("v"))
        .group_by(InspectionTemplate.series_id)
        .subquery()
    )
    query = select(InspectionTemplate).join(
        newest,
        (InspectionTemplate.series_id == newest.c.series_id)
        & (InspectionTemplate.version == newest.c.v),
    )
    if not retired:
        query = query.where(InspectionTemplate.retired_at.is_(None))
    rows = list(session.scalars(query))
    rows.sort(key=lambda r: (_KIND_ORDER.get(InspectionKind(r.kind), 99), r.name, r.version))
    return rows


def newest_of(session: Session, series_id: uuid.UUID) -> InspectionTemplate:
    row = session.scalars(
        select(InspectionTemplate)
        .where(InspectionTemplate.series_id == series_id)
        .order_by(InspectionTemplate.version.desc())
        .limit(1)
    ).first()
    if row is None:
        raise not_found()
    return row


def _write(
    session: Session,
    actor: Actor,
    template: Template,
    series_id: uuid.UUID,
    active_from: date,
) -> InspectionTemplate:
    row = InspectionTemplate(
        series_id=series_id,
        version=template.version,
        kind=template.kind.value,
        name=template.name,
        frequency=template.frequency.value,
        areas=areas_json(template.areas),
        items=items_json(template.items),
        active_from=active_from,
        created_by=actor.username,
    )
    session.add(row)
    session.flush()
    audit_service.record(
        session,
        actor,
        ENTITY,
        row.id,
        AuditAction.CREATE,
        after={
            "series_id": str(series_id),
            "version": template.version,
            "kind": template.kind.value,
            "name": template.name,
            "frequency": template.frequency.value,
            "areas": list(template.areas),
            "items": len(template.items),
        },
    )
    return row


class TemplateService(StoreService):
    def templates(self, actor: Actor, *, retired: bool = False) -> list[TemplateInfo]:
        """The newest version of each template, by kind then name."""
        actor.require(Module.INSPECTIONS, Action.VIEW)
        with self._store.read() as session:
            return [info_of(row) for row in newest_versions(session, retired=retired)]

    def version(self, actor: Actor, template_id: uuid.UUID) -> TemplateInfo:
        """One version, as an inspection made with it shows it."""
        actor.require(Module.INSPECTIONS, Action.VIEW)
        with self._store.read() as session:
            row = session.get(InspectionTemplate, template_id)
            if row is None:
                raise not_found()
            return info_of(row)

    def add(self, actor: Actor, template: Template, *, now: datetime | None = None) -> TemplateInfo:
        """A new template (version 1), owed from the day it is added."""
        actor.require(Module.INSPECTIONS, Action.VOID)
        if not isinstance(template, Template):
            raise TypeError(f"a Template, got {template!r}")
        first = (
            template
            if template.version == 1
            else Template(
                template.kind, template.name, template.frequency, template.areas, template.items
            )
        )
        day = (now or utcnow()).astimezone().date()
        with self._store.write() as session:
            return info_of(_write(session, actor, first, uuid.uuid4(), day))

    def seed_defaults(self, actor: Actor, language: str, *, now: datetime | None = None) -> int:
        """The default template of every kind not yet present, in `language`; how many
        were added (0 when every kind has one: seeding twice adds nothing)."""
        actor.require(Module.INSPECTIONS, Action.VOID)
        day = (now or utcnow()).astimezone().date()
        with self._store.write() as session:
            present = set(session.scalars(select(InspectionTemplate.kind).distinct()))
            added = 0
            for template in default_templates(language):
                if template.kind.value in present:
                    continue
                _write(session, actor, template, uuid.uuid4(), day)
                added += 1
            return added

    def edit(self, actor: Actor, series_id: uuid.UUID, changes: TemplateChanges) -> TemplateInfo:
        """The next version with `changes` (validated whole); the same version when
        nothing changes. A retired template is not edited."""
        actor.require(Module.INSPECTIONS, Action.VOID)
        with self._store.write() as session:
            row = newest_of(session, series_id)
            if row.retired_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "This template is retired: it cannot change.")
                )
            old = template_of(row)
            new = next_version(old, changes)
            if new is old:
                return info_of(row)
            return info_of(_write(session, actor, new, series_id, row.active_from))

    def retire(self, actor: Actor, series_id: uuid.UUID) -> None:
        """No longer due or offered; the inspections made with it stay."""
        actor.require(Module.INSPECTIONS, Action.VOID)
        with self._store.write() as session:
            row = newest_of(session, series_id)
            if row.retired_at is not None:
                return
            for version in session.scalars(
                select(InspectionTemplate).where(InspectionTemplate.series_id == series_id)
            ):
                version.retired_at = utcnow()
            audit_service.record(session, actor, ENTITY, row.id, AuditAction.VOID, reason="retired")
