from __future__ import annotations

import uuid

import pytest

from propdesk.domain.roles import Role
from propdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.staff import StaffInput

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
ADMIN = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")


def _audit(services: Services, action: str) -> list[str]:
    page = services.audit.page(ADMIN, AuditFilter(entity="staff", action=action))
    return [row.entity_id for row in page.rows]


def test_the_five_seeded_departments(services: Services) -> None:
    departments = services.staff.list_departments(GUARD)
    assert [(d.code, d.name) for d in departments] == [
        ("security", "安保部"),
        ("cleaning", "保洁部"),
        ("greening", "绿化部"),
        ("engineering", "工程部"),
        ("customer_service", "客服部"),
    ]


def test_create_update_void_are_audited(services: Services) -> None:
    info = services.staff.save(
        CLERK, StaffInput(" 赵  六 ", "security", "保安队长", "138 1234 5678")
    )
    assert (info.name, info.department_code, info.department_name) == (
        "赵 六",
        "security",
        "安保部",
    )
    assert (info.position, info.phone) == ("保安队长", "13812345678")
    assert _audit(services, "create") == [str(info.id)]

    moved = services.staff.update(CLERK, info.id, StaffInput("赵 六", "engineering", "电工"))
    assert (moved.department_name, moved.position, moved.phone) == ("工程部", "电工", "")
    assert _audit(services, "update") == [str(info.id)]
    # Saving the same values again writes no audit row.
    services.staff.update(CLERK, info.id, StaffInput("赵 六", "engineering", "电工"))
    assert len(_audit(services, "update")) == 1

    engineering = services.staff.list_departments(CLERK)[3]
    assert [s.name for s in services.staff.list_staff(CLERK, engineering.id)] == ["赵 六"]
    assert services.staff.list_staff(CLERK, services.staff.list_departments(CLERK)[0].id) == []

    with pytest.raises(ValidationError) as caught:
        services.staff.void(CLERK, info.id, "  ")
    assert caught.value.field == "reason"
    services.staff.void(CLERK, info.id, "已离职")
    assert _audit(services, "void") == [str(info.id)]
    assert services.staff.list_staff(CLERK) == []
    (voided,) = services.staff.list_staff(CLERK, include_voided=True)
    assert voided.voided
    with pytest.raises(NotFoundError):
        services.staff.void(CLERK, info.id, "again")
    assert services.audit.verify().ok


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (StaffInput("", "security"), "name"),
        (StaffInput("张" * 41, "security"), "name"),
        (StaffInput("张三", "security", phone="12"), "phone"),
        (StaffInput("张三", "security", position="长" * 41), "position"),
        (StaffInput("张三", "kitchen"), "department"),
    ],
)
def test_bad_input_names_the_field(services: Services, data: StaffInput, field: str) -> None:
    with pytest.raises((ValidationError, NotFoundError)) as caught:
        services.staff.save(CLERK, data)
    assert caught.value.field == field
    assert services.staff.list_staff(CLERK) == []


def test_unknown_department_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.staff.save(CLERK, StaffInput("张三", "kitchen"))
    assert caught.value.field == "department"


def test_a_guard_may_look_but_not_create(services: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        services.staff.save(GUARD, StaffInput("张三", "security"))
    assert services.staff.list_staff(GUARD) == []
    with pytest.raises(NotFoundError):
        services.staff.update(CLERK, uuid.uuid4(), StaffInput("张三", "security"))
