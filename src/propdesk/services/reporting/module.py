"""What the reporting brings to the console (see services/core/module_spec.py): the
reports tab (monthly report, PDF and workbook)."""

from __future__ import annotations

from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import ModuleSpec, TabRef

MODULE = ModuleSpec[None](
    key="reporting",
    tabs=(TabRef("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), Module.REPORTS),),
)
