"""What the gate brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import ModuleSpec, TabRef
from propdesk.services.gate.service import GateServices

MODULE = ModuleSpec[GateServices](
    key="gate",
    build=GateServices.build,
    tabs=(
        TabRef(
            "gate_tab",
            QT_TRANSLATE_NOOP("MainWindow", "Gate"),
            Module.GATE,
            "propdesk.ui.tabs.gate",
        ),
    ),
    numbering=(
        NumberKind.VISITOR_PASS,
        NumberKind.VEHICLE_PERMIT,
        NumberKind.RELEASE_SLIP,
        NumberKind.PARKING_NOTICE,
        NumberKind.HANDOVER,
    ),
)
