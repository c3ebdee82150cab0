"""Walk the whole role matrix: every role × module × action has a decided answer, the
services enforce it, and the few rules the office relies on hold."""

from __future__ import annotations

import itertools

import pytest

from propdesk.domain.roles import MATRIX, Action, Module, Role, allowed
from propdesk.errors import PermissionDeniedError
from propdesk.services.core.actor import Actor


def _actor(role: Role) -> Actor:
    return Actor(None, role.value, role.value, role, "岗亭")


@pytest.mark.parametrize(
    ("role", "module", "action"), list(itertools.product(Role, Module, Action))
)
def test_actor_require_follows_the_matrix(role: Role, module: Module, action: Action) -> None:
    actor = _actor(role)
    expected = action in MATRIX[role].get(module, frozenset())
    assert actor.may(module, action) is expected
    if expected:
        actor.require(module, action)
    else:
        with pytest.raises(PermissionDeniedError) as caught:
            actor.require(module, action)
        assert role.value in caught.value.message


def test_every_role_has_a_row() -> None:
    assert set(MATRIX) == set(Role)


def test_admin_may_do_everything() -> None:
    assert all(allowed(Role.ADMIN, m, a) for m in Module for a in Action)


def test_committee_is_read_only() -> None:
    for module, action in itertools.product(Module, Action):
        if allowed(Role.COMMITTEE, module, action):
            assert action in (Action.VIEW, Action.EXPORT)


def test_only_admin_administers() -> None:
    for role, module in itertools.product(Role, Module):
        if role is not Role.ADMIN:
            assert not allowed(role, module, Action.ADMINISTER)


def test_office_expectations() -> None:
    assert allowed(Role.GUARD, Module.GATE, Action.CREATE)
    assert allowed(Role.GUARD, Module.PATROL, Action.CREATE)
    assert allowed(Role.CLERK, Module.PATROL, Action.CREATE)  # paper rounds
    assert not allowed(Role.CLERK, Module.PATROL, Action.UPDATE)  # scanning is the guards'
    assert allowed(Role.COMMITTEE, Module.PATROL, Action.VIEW)
    assert not allowed(Role.GUARD, Module.USERS, Action.VIEW)
    assert not allowed(Role.GUARD, Module.AUDIT, Action.VIEW)
    assert allowed(Role.CLERK, Module.REPAIRS, Action.CREATE)
    assert allowed(Role.TECHNICIAN, Module.REPAIRS, Action.UPDATE)
    assert not allowed(Role.TECHNICIAN, Module.GATE, Action.VIEW)
    assert allowed(Role.MANAGER, Module.AUDIT, Action.VIEW)
    assert not allowed(Role.MANAGER, Module.USERS, Action.CREATE)
