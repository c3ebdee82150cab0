"""People by name: a login becomes the person's name; an unknown login stays itself."""

from __future__ import annotations

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.people import display_name, display_names

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")


def test_logins_become_names(services: Services) -> None:
    services.accounts.create_user(ADMIN, "wang.jl", "王经理", Role.MANAGER, "secret-Pass-1234")
    with services.store.read() as session:
        names = display_names(session, ["wang.jl", "system:root", "", "wang.jl"])
        assert dict(names) == {"wang.jl": "王经理", "system:root": "system:root"}
        assert display_name(session, "nobody") == "nobody"
