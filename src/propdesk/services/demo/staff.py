"""Staff the demo hires when a department has nobody (the repairs' technicians, the
patrol's guards and supervisors): the department looked up by its code, and the row
of someone hired at a given time, live and without a login."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, select

from propdesk.services.demo.rows_writer import Row, at_time
from propdesk.store.models import Department


def department_id(connection: Connection, code: str) -> uuid.UUID:
    """The id of the department with this code (the estate's set-up made it)."""
    found: uuid.UUID = connection.execute(
        select(Department.id).where(Department.code == code)
    ).scalar_one()
    return found


def staff_row(
    staff_id: uuid.UUID, name: str, department: uuid.UUID, position: str, phone: str, since: int
) -> Row:
    """A Staff row for someone hired at `since` (Unix seconds). The caller draws the
    id, name and phone from its seeded generator, in its own order."""
    return {
        "id": staff_id,
        "name": name,
        "department_id": department,
        "position": position,
        "phone": phone,
        "user_id": None,
        "created_at": at_time(since),
        "updated_at": at_time(since),
        "voided_at": None,
        "voided_by": None,
        "void_reason": "",
    }
