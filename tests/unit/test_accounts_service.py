from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from propdesk.domain.roles import Role
from propdesk.errors import (
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.station.accounts import FREE_ATTEMPTS, UserInfo, wait_after_failures
from propdesk.store.base import utcnow


@pytest.fixture
def admin(services: Services) -> Actor:
    info = services.accounts.create_first_admin("Admin", "王经理", "secret-1", "客服中心")
    return services.accounts.actor_for(info, "客服中心")


def _guard(services: Services, admin: Actor) -> UserInfo:
    return services.accounts.create_user(admin, "zhang.san", "张三", Role.GUARD, "guard-pw")


def test_first_admin_only_once(services: Services, admin: Actor) -> None:
    assert services.accounts.has_users()
    assert admin.role is Role.ADMIN
    assert admin.username == "admin"  # user names are case-insensitive, kept lower-case
    with pytest.raises(ConflictError):
        services.accounts.create_first_admin("other", "x", "secret-2", "-")


def test_login_returns_the_user_and_the_password_is_hashed(
    services: Services, admin: Actor
) -> None:
    guard = _guard(services, admin)
    logged_in = services.accounts.login("ZHANG.SAN", "guard-pw")
    assert (logged_in.id, logged_in.role, logged_in.display_name) == (guard.id, Role.GUARD, "张三")
    assert logged_in.last_login_at is not None
    with services.store.read() as session:
        stored = session.execute(
            text("SELECT password_hash FROM user_account WHERE username='zhang.san'")
        ).scalar_one()
    assert stored.startswith("$argon2")
    assert "guard-pw" not in stored


@pytest.mark.parametrize(
    ("username", "password"), [("zhang.san", "wrong"), ("nobody", "guard-pw"), ("", "")]
)
def test_wrong_credentials_name_the_password_field(
    services: Services, admin: Actor, username: str, password: str
) -> None:
    _guard(services, admin)
    with pytest.raises(ValidationError) as caught:
        services.accounts.login(username, password)
    assert caught.value.field == "password"
    assert "Wrong user name or password" in caught.value.message


def test_repeated_failures_slow_down_further_tries(services: Services, admin: Actor) -> None:
    _guard(services, admin)
    now = utcnow()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(ValidationError):
            services.accounts.login("zhang.san", "wrong", now=now)
    # Even the right password must wait now.
    with pytest.raises(PermissionDeniedError) as caught:
        services.accounts.login("zhang.san", "guard-pw", now=now)
    assert "Try again in" in caught.value.message
    later = now + wait_after_failures(FREE_ATTEMPTS) + timedelta(seconds=1)
    assert services.accounts.login("zhang.san", "guard-pw", now=later).username == "zhang.san"
    # A success resets the count.
    with pytest.raises(ValidationError):
        services.accounts.login("zhang.san", "wrong", now=later)


def test_wait_grows_and_is_capped() -> None:
    waits = [wait_after_failures(n).total_seconds() for n in range(0, 20)]
    assert waits[:FREE_ATTEMPTS] == [0] * FREE_ATTEMPTS
    assert waits == sorted(waits)
    assert max(waits) == 300


def test_disabled_account_cannot_log_in_but_stays_listed(services: Services, admin: Actor) -> None:
    guard = _guard(services, admin)
    services.accounts.set_active(admin, guard.id, False, reason="left the company")
    with pytest.raises(ValidationError):
        services.accounts.login("zhang.san", "guard-pw")
    listed = {u.username: u for u in services.accounts.list_users(admin)}
    assert listed["zhang.san"].active is False
    services.accounts.set_active(admin, guard.id, True)
    assert services.accounts.login("zhang.san", "guard-pw").active


def test_reset_password_and_change_role(services: Services, admin: Actor) -> None:
    guard = _guard(services, admin)
    services.accounts.reset_password(admin, guard.id, "new-pass")
    with pytest.raises(ValidationError):
        services.accounts.login("zhang.san", "guard-pw")
    assert services.accounts.login("zhang.san", "new-pass").role is Role.GUARD
    assert services.accounts.change_role(admin, guard.id, Role.CLERK).role is Role.CLERK


def test_admin_cannot_lock_themselves_out(services: Services, admin: Actor) -> None:
    assert admin.user_id is not None
    with pytest.raises(ConflictError):
        services.accounts.set_active(admin, admin.user_id, False)
    with pytest.raises(ConflictError):
        services.accounts.change_role(admin, admin.user_id, Role.CLERK)
    assert services.accounts.login("admin", "secret-1").role is Role.ADMIN


@pytest.mark.parametrize(
    ("username", "name", "password", "field"),
    [
        ("a", "张三", "123456", "username"),
        ("张三", "张三", "123456", "username"),
        ("zhangsan", "  ", "123456", "display_name"),
        ("zhangsan", "张三", "12345", "password"),
    ],
)
def test_bad_new_user_input_names_the_field_and_writes_nothing(
    services: Services, admin: Actor, username: str, name: str, password: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.accounts.create_user(admin, username, name, Role.GUARD, password)
    assert caught.value.field == field
    assert [u.username for u in services.accounts.list_users(admin)] == ["admin"]


def test_duplicate_user_name_is_a_conflict(services: Services, admin: Actor) -> None:
    _guard(services, admin)
    with pytest.raises(ConflictError) as caught:
        services.accounts.create_user(admin, "Zhang.San", "张三", Role.GUARD, "123456")
    assert caught.value.field == "username"


def test_only_admins_manage_users(services: Services, admin: Actor) -> None:
    guard_info = _guard(services, admin)
    guard = services.accounts.actor_for(guard_info, "岗亭")
    with pytest.raises(PermissionDeniedError):
        services.accounts.create_user(guard, "li.si", "李四", Role.GUARD, "123456")
    with pytest.raises(PermissionDeniedError):
        services.accounts.reset_password(guard, guard_info.id, "123456")
    with pytest.raises(PermissionDeniedError):
        services.accounts.list_users(guard)


def test_account_changes_are_audited_without_the_password(services: Services, admin: Actor) -> None:
    guard = _guard(services, admin)
    services.accounts.reset_password(admin, guard.id, "new-pass")
    services.accounts.change_role(admin, guard.id, Role.CLERK)
    rows = services.audit.page(admin, AuditFilter(entity="user")).rows
    assert [r.action for r in rows] == ["update", "update", "create", "create"]
    change_role, reset = rows[0], rows[1]
    assert change_role.before == {"role": "guard"}
    assert change_role.after == {"role": "clerk"}
    assert reset.after == {"password": "reset"}
    assert all("hash" not in str(r.after) for r in rows)
    assert rows[0].station == "客服中心"
    assert rows[0].username == "admin"
    assert services.audit.verify().ok
