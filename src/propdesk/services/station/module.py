"""What the station brings to the console (see services/core/module_spec.py): the
users and audit-log tabs."""

from __future__ import annotations

from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import ModuleSpec, TabRef

MODULE = ModuleSpec[None](
    key="station",
    tabs=(
        TabRef(
            "users_tab",
            QT_TRANSLATE_NOOP("MainWindow", "Users"),
            Module.USERS,
            "propdesk.ui.tabs.users",
        ),
        TabRef(
            "audit_tab",
            QT_TRANSLATE_NOOP("MainWindow", "Audit log"),
            Module.AUDIT,
            "propdesk.ui.tabs.audit",
        ),
    ),
)
