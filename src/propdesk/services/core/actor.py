"""Who is acting: every service call takes an Actor and checks the role matrix."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass

from propdesk.domain.roles import Action, Module, Role, allowed
from propdesk.errors import QT_TRANSLATE_NOOP, PermissionDeniedError


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None  # None for the headless system actor
    username: str
    display_name: str
    role: Role
    station: str

    def may(self, module: Module, action: Action) -> bool:
        return allowed(self.role, module, action)

    def require(self, module: Module, action: Action) -> None:
        if not self.may(module, action):
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP(
                    "messages", "Your role ({role}) may not do this ({module}: {action})."
                ),
                role=self.role.value,
                module=module.value,
                action=action.value,
            )


def system_actor(station: str) -> Actor:
    """Headless commands act as the station's operating-system user, with admin rights:
    whoever can run them already holds the database file."""
    return Actor(None, f"system:{getpass.getuser()}", "system", Role.ADMIN, station or "-")
