"""Role names as people read them (the role matrix speaks in codes: admin, guard…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.domain.roles import Role

translate = QCoreApplication.translate


def role_name(role: Role) -> str:
    names = {
        Role.ADMIN: translate("Roles", "Administrator"),
        Role.MANAGER: translate("Roles", "Manager"),
        Role.CLERK: translate("Roles", "Clerk"),
        Role.GUARD: translate("Roles", "Guard"),
        Role.TECHNICIAN: translate("Roles", "Technician"),
        Role.COMMITTEE: translate("Roles", "Owners' committee"),
    }
    return names[role]
