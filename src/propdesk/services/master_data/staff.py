"""Departments (部门) and staff (员工) of the management office.

The departments are seeded by the migration (security, cleaning, greening,
engineering, customer service) and named as the office stores them; staff belong to
one department each. Voiding is for people entered by mistake or who have left.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.personal_data import validate_phone
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError
from propdesk.services.core.actor import Actor
from propdesk.services.core.register import Register, RegisterService
from propdesk.services.core.text import bounded_text, filled_text
from propdesk.services.core.typed_keys import lookup_key, shown_key
from propdesk.store.models import Department, Staff

FIELDS = ("name", "department_id", "position", "phone")
NAME_MAX = 40
POSITION_MAX = 40
PHONE_MAX = 20  # what the box takes: digits with spaces and dashes (only digits are kept)
STAFF = Register(Staff, "staff", FIELDS, QT_TRANSLATE_NOOP("messages", "No such staff member."))


@dataclass(frozen=True)
class DepartmentInfo:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class StaffInput:
    name: str
    department_code: str
    position: str = ""
    phone: str = ""


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    name: str
    department_id: uuid.UUID
    department_code: str
    department_name: str
    position: str
    phone: str
    voided: bool = False


def clean_staff(data: StaffInput) -> StaffInput:
    message = QT_TRANSLATE_NOOP(
        "messages", "Enter the staff member's name (at most 40 characters)."
    )
    name = filled_text(data.name, "name", NAME_MAX, message)
    too_long = QT_TRANSLATE_NOOP("messages", "A position has at most 40 characters.")
    position = bounded_text(data.position, "position", POSITION_MAX, too_long=too_long)
    phone = validate_phone(data.phone, "phone") if data.phone.strip() else ""
    department = lookup_key(data.department_code, "department").strip()
    return StaffInput(name, department, position, phone)


def find_department(session: Session, code: str) -> Department:
    row = session.scalars(
        select(Department).where(Department.code == lookup_key(code, "department"))
    ).first()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "No department {code}."),
            field="department",
            code=shown_key(code),
        )
    return row


def _department_info(row: Department) -> DepartmentInfo:
    return DepartmentInfo(row.id, row.code, row.name)


def staff_info(row: Staff, department: Department) -> StaffInfo:
    return StaffInfo(
        row.id,
        row.name,
        department.id,
        department.code,
        department.name,
        row.position,
        row.phone,
        row.voided_at is not None,
    )


def _values(data: StaffInput, department: Department) -> dict[str, object]:
    return {
        "name": data.name,
        "department_id": department.id,
        "position": data.position,
        "phone": data.phone,
    }


class StaffService(RegisterService[Staff]):
    register = STAFF

    def list_departments(self, actor: Actor) -> list[DepartmentInfo]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        with self._store.read() as session:
            rows = session.scalars(select(Department)).all()
            # Seeded in the work plan's order, with time-ordered ids.
            return [_department_info(r) for r in sorted(rows, key=lambda r: r.id)]

    def list_staff(
        self,
        actor: Actor,
        department_id: uuid.UUID | None = None,
        include_voided: bool = False,
    ) -> list[StaffInfo]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        query = select(Staff, Department).join(Department, Staff.department_id == Department.id)
        if department_id is not None:
            query = query.where(Staff.department_id == department_id)
        if not include_voided:
            query = query.where(Staff.voided_at.is_(None))
        with self._store.read() as session:
            rows = session.execute(query.order_by(Department.id, Staff.name)).all()
            return [staff_info(staff, department) for staff, department in rows]

    def save(self, actor: Actor, data: StaffInput) -> StaffInfo:
        """Always a new person: two staff may share a name."""
        actor.require(Module.MASTER_DATA, Action.CREATE)
        data = clean_staff(data)
        with self._store.write() as session:
            department = find_department(session, data.department_code)
            row = Staff(**_values(data, department))
            STAFF.create(session, actor, row)
            return staff_info(row, department)

    def update(self, actor: Actor, staff_id: uuid.UUID, data: StaffInput) -> StaffInfo:
        actor.require(Module.MASTER_DATA, Action.UPDATE)
        data = clean_staff(data)
        with self._store.write() as session:
            row = STAFF.live(session, staff_id)
            department = find_department(session, data.department_code)
            STAFF.update(session, actor, row, _values(data, department))
            return staff_info(row, department)

    def void(self, actor: Actor, staff_id: uuid.UUID, reason: str) -> None:
        self._void(actor, staff_id, reason)
