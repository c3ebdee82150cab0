"""What the repairs bring to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import ModuleSpec, TabRef
from propdesk.services.repairs import figures
from propdesk.services.repairs.service import RepairServices

MODULE = ModuleSpec[RepairServices](
    key="repairs",
    build=RepairServices.build,
    tabs=(
        TabRef(
            "repairs_tab",
            QT_TRANSLATE_NOOP("MainWindow", "Repairs"),
            Module.REPAIRS,
            "propdesk.ui.tabs.repairs",
        ),
    ),
    numbering=(NumberKind.REPAIR,),
    targets={
        # Satisfaction: the follow-up ratings of repairs (complaints' follow-ups and
        # survey answers join here when those modules exist).
        TargetKey.SATISFACTION: figures.satisfaction_inputs,
        TargetKey.REPAIR_ARRIVAL: figures.arrivals,
    },
)
