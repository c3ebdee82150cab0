"""What the station brings to the console (see services/core/module_spec.py): the
users and audit-log tabs."""

from __future__ import annotations

from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import ModuleSpec, TabRef

MODULE = ModuleSpec[None](
    key="station",
    tabs=(
        TabRef("users", QT_TRANSLATE_NOOP("MainWindow", "Users"), Module.USERS),
        TabRef("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"), Module.AUDIT),
    ),
)
