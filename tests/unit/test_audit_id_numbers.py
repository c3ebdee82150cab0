"""A resident's ID number never reaches the audit log in clear: hash-chained rows can
never be blanked, so a change is recorded as "changed" with the masked numbers."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest

from propdesk.domain.personal_data import mask_id
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, AuditFilter, AuditRow
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
OLD = "11010519491231002X"
NEW = "110105199001011232"
PASSPORT = "E12345678"


@pytest.fixture
def resident_id(services: Services) -> str:
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    info = services.residents.save(
        ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number=OLD)
    )
    return str(info.id)


def _resident_rows(services: Services) -> list[AuditRow]:
    return services.audit.page(ADMIN, AuditFilter(entity="resident")).rows  # newest first


def _written(rows: list[AuditRow]) -> str:
    return json.dumps([[r.before, r.after, r.reason] for r in rows], ensure_ascii=False)


def test_a_new_resident_is_audited_with_the_masked_number(
    services: Services, resident_id: str
) -> None:
    (created,) = _resident_rows(services)
    assert created.action == "create"
    assert created.after["id_number"] == mask_id(OLD) == "110***********002X"
    assert OLD not in _written([created])


def test_an_id_number_change_is_audited_as_changed_with_masked_numbers(
    services: Services, resident_id: str
) -> None:
    data = ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number=NEW)
    services.residents.update(ADMIN, uuid.UUID(resident_id), data)
    # The upsert of a save or an import takes the same way.
    services.residents.save(ADMIN, replace(data, id_number=PASSPORT))
    passport, changed, _created = _resident_rows(services)
    assert (changed.action, changed.entity_id) == ("update", resident_id)
    assert changed.before == {"id_number": mask_id(OLD)}
    assert changed.after == {"id_number": mask_id(NEW)}
    assert passport.before == {"id_number": mask_id(NEW)}
    assert passport.after == {"id_number": "E12**5678"}
    written = _written(_resident_rows(services))
    assert not [number for number in (OLD, NEW, PASSPORT) if number in written]
    assert services.audit.verify().ok


def test_a_number_with_the_same_mask_still_shows_as_changed(
    services: Services, resident_id: str
) -> None:
    """Only the middle digits differ: the masks are equal, the change is still told."""
    same_ends = "11010519540101002X"
    assert mask_id(same_ends) == mask_id(OLD)
    data = ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", id_number=same_ends)
    services.residents.update(ADMIN, uuid.UUID(resident_id), data)
    changed = _resident_rows(services)[0]
    assert changed.action == "update"
    assert changed.before == changed.after == {"id_number": mask_id(OLD)}


def test_record_masks_an_id_number_any_caller_gives(services: Services) -> None:
    with services.store.write() as session:
        audit_service.record(
            session,
            ADMIN,
            "resident",
            "r1",
            AuditAction.UPDATE,
            before={"id_number": OLD, "name": "张三"},
            after={"id_number": NEW, "name": "张三"},
        )
    (row,) = services.audit.page(ADMIN, AuditFilter()).rows
    assert (row.before, row.after) == ({"id_number": mask_id(OLD)}, {"id_number": mask_id(NEW)})
    assert services.audit.verify().ok
