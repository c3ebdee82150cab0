"""The demo's recorded logins become named accounts that cannot log in, so its
journals, timelines and audit log show people, not logins."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.people import display_names
from propdesk.store.models import GateEvent, RepairStepRecord, User

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")


def test_the_demo_names_its_people(services: Services) -> None:
    result = services.demo.create(ADMIN, seed=7, scale=0.02, traffic_years=0.05)
    assert result.counts is not None
    assert result.counts.user_accounts > 0
    with services.store.read() as session:
        accounts = {u.username: u for u in session.scalars(select(User))}
        logins = set(session.scalars(select(GateEvent.username).distinct()))
        logins |= set(session.scalars(select(RepairStepRecord.username).distinct()))
        names = display_names(session, logins)
    shown = {login for login, name in names.items() if name != login}
    assert shown == logins  # every login the demo recorded is a person
    assert {"guard1", "clerk1"} <= shown
    assert all(not accounts[login].active for login in shown)
    technicians = [login for login in shown if login.startswith("tech")]
    assert technicians
    assert {accounts[login].role for login in technicians} == {Role.TECHNICIAN.value}
    with pytest.raises(UserError):
        services.accounts.login("guard1", "anything", "岗亭")


def test_a_demo_estate_still_asks_for_its_first_administrator(services: Services) -> None:
    services.demo.create(ADMIN, seed=7, scale=0.02, traffic_years=0.05)
    assert not services.accounts.has_users()  # the demo's accounts cannot log in
    admin = services.accounts.create_first_admin("boss", "王经理", "secret-Pass-1234", "岗亭")
    assert admin.username == "boss"
    assert services.accounts.has_users()
