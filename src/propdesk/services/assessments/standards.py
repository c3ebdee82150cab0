"""The departments' assessment standards (考核标准), versioned: a manager adopts the
plan's defaults in one step (domain.assessments.defaults, in the station's language)
and edits them; an edit is the next version of the department's series, and the
assessments made keep the version they were made with.

Rights: reading ASSESSMENTS VIEW; adopting and editing ASSESSMENTS UPDATE (managers).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.assessments.defaults import default_standard
from propdesk.domain.assessments.standards import Standard, check_standard
from propdesk.domain.ids import uuid7
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.assessments.standard_codec import decode_items, encode_items
from propdesk.services.assessments.views import DepartmentChoice, StandardInfo
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.store_service import StoreService
from propdesk.services.master_data.staff import find_department
from propdesk.store.models import Department
from propdesk.store.models.assessments import AssessmentStandard

ENTITY = "assessment_standard"


def standard_info(row: AssessmentStandard, department: Department) -> StandardInfo:
    return StandardInfo(
        row.id,
        row.series_id,
        row.version,
        department.code,
        department.name,
        Standard(row.name, decode_items(row.items)),
        row.created_at,
        row.created_by,
    )


def current_standard(session: Session, department_id: uuid.UUID) -> AssessmentStandard | None:
    """The department's newest version, or None when it has no standard yet."""
    return session.scalars(
        select(AssessmentStandard)
        .where(AssessmentStandard.department_id == department_id)
        .order_by(AssessmentStandard.version.desc())
        .limit(1)
    ).first()


def departments(session: Session) -> list[Department]:
    """In the work plan's order (seeded with time-ordered ids)."""
    return sorted(session.scalars(select(Department)), key=lambda r: r.id)


def _write_version(
    session: Session, actor: Actor, department: Department, standard: Standard
) -> AssessmentStandard:
    current = current_standard(session, department.id)
    row = AssessmentStandard(
        series_id=current.series_id if current is not None else uuid7(),
        version=(current.version + 1) if current is not None else 1,
        department_id=department.id,
        name=standard.name,
        items=encode_items(standard.items),
        total_points=standard.total,
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
            "department": department.code,
            "name": row.name,
            "version": row.version,
            "total_points": row.total_points,
            "items": row.items,
        },
    )
    return row


class StandardService(StoreService):
    def departments(self, actor: Actor) -> list[DepartmentChoice]:
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        with self._store.read() as session:
            return [DepartmentChoice(r.code, r.name) for r in departments(session)]

    def standards(self, actor: Actor) -> list[StandardInfo]:
        """Each department's current standard (departments without one left out)."""
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        with self._store.read() as session:
            found = []
            for department in departments(session):
                row = current_standard(session, department.id)
                if row is not None:
                    found.append(standard_info(row, department))
            return found

    def standard(self, actor: Actor, department_code: str) -> StandardInfo | None:
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        with self._store.read() as session:
            department = find_department(session, department_code)
            row = current_standard(session, department.id)
            return standard_info(row, department) if row is not None else None

    def adopt_defaults(self, actor: Actor, language: str) -> list[StandardInfo]:
        """The plan's default standard for every department that has none yet (in the
        station's language), in one transaction; the ones it wrote."""
        actor.require(Module.ASSESSMENTS, Action.UPDATE)
        with self._store.write() as session:
            written = []
            for department in departments(session):
                standard = default_standard(department.code, language)
                if standard is None or current_standard(session, department.id) is not None:
                    continue
                row = _write_version(session, actor, department, standard)
                written.append(standard_info(row, department))
            return written

    def save(self, actor: Actor, department_code: str, standard: Standard) -> StandardInfo:
        """The department's standard as edited: its next version (the first when it
        had none). An edit that changes nothing writes nothing."""
        actor.require(Module.ASSESSMENTS, Action.UPDATE)
        if not isinstance(standard, Standard):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "A standard has 1 to {limit} items."),
                field="items",
                limit=40,
            )
        cleaned = check_standard(standard)
        with self._store.write() as session:
            if not isinstance(department_code, str) or not department_code.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Choose the department."), field="department"
                )
            department = find_department(session, department_code)
            current = current_standard(session, department.id)
            if current is not None and standard_info(current, department).standard == cleaned:
                return standard_info(current, department)
            return standard_info(_write_version(session, actor, department, cleaned), department)

    def count(self, actor: Actor) -> int:
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        with self._store.read() as session:
            return session.scalar(select(func.count()).select_from(AssessmentStandard)) or 0
