from __future__ import annotations

import pytest

from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.buildings import BuildingInput


def _actor(role: Role) -> Actor:
    return Actor(None, role.value, role.value, role, "客服中心")


CLERK = _actor(Role.CLERK)


def test_create_update_void_each_write_one_audit_row(services: Services) -> None:
    made = services.buildings.create(CLERK, BuildingInput(" 3 ", "", 18))
    assert (made.code, made.name, made.floors) == ("3", "3", 18)
    services.buildings.update(CLERK, made.id, BuildingInput("3", "3号楼", 18))
    services.buildings.void(CLERK, made.id, "entered twice")
    rows = services.audit.page(_actor(Role.ADMIN), AuditFilter(entity="building")).rows
    assert [r.action for r in rows] == ["void", "update", "create"]
    assert rows[1].before == {"name": "3"}
    assert rows[1].after == {"name": "3号楼"}
    assert rows[0].reason == "entered twice"
    assert services.audit.verify().ok


def test_voided_rows_are_hidden_unless_asked_for(services: Services) -> None:
    keep = services.buildings.create(CLERK, BuildingInput("1", "1号楼", 6))
    gone = services.buildings.create(CLERK, BuildingInput("2", "2号楼", 6))
    services.buildings.void(CLERK, gone.id, "demolished")
    assert [b.id for b in services.buildings.list(CLERK)] == [keep.id]
    listed = services.buildings.list(CLERK, include_voided=True)
    assert [b.code for b in listed] == ["1", "2"]
    assert listed[1].void_reason == "demolished"
    with pytest.raises(NotFoundError):
        services.buildings.update(CLERK, gone.id, BuildingInput("2", "x", 1))


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (BuildingInput("", "x", 1), "code"),
        (BuildingInput("12345678901", "x", 1), "code"),
        (BuildingInput("1", "x" * 61, 1), "name"),
        (BuildingInput("1", "x", 0), "floors"),
        (BuildingInput("1", "x", 201), "floors"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    services: Services, data: BuildingInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.buildings.create(CLERK, data)
    assert caught.value.field == field
    assert services.buildings.list(CLERK, include_voided=True) == []
    assert services.audit.page(_actor(Role.ADMIN), AuditFilter()).total == 0


def test_duplicate_code_is_a_conflict_and_leaves_no_audit_row(services: Services) -> None:
    services.buildings.create(CLERK, BuildingInput("A1", "", 3))
    with pytest.raises(ConflictError) as caught:
        services.buildings.create(CLERK, BuildingInput("a1", "", 3))
    assert caught.value.field == "code"
    assert services.audit.page(_actor(Role.ADMIN), AuditFilter()).total == 1


def test_void_needs_a_reason(services: Services) -> None:
    made = services.buildings.create(CLERK, BuildingInput("1", "", 3))
    with pytest.raises(ValidationError) as caught:
        services.buildings.void(CLERK, made.id, "   ")
    assert caught.value.field == "reason"


def test_roles_are_checked(services: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        services.buildings.create(_actor(Role.GUARD), BuildingInput("1", "", 3))
    with pytest.raises(PermissionDeniedError):
        services.buildings.list(_actor(Role.COMMITTEE))
    assert services.buildings.list(_actor(Role.GUARD)) == []
