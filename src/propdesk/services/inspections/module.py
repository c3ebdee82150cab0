"""What the inspections module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import DashboardPart, ModuleSpec, TabRef
from propdesk.services.core.search import SearchKind
from propdesk.services.inspections import figures, module_parts, search
from propdesk.services.inspections.dashboard import inspections_today, month_inspections
from propdesk.services.inspections.import_sheet import IMPORTS
from propdesk.services.inspections.service import InspectionServices

# The tab (ui/tabs/inspections): the links of the dashboard and quick search lead there.
TAB = TabRef("inspections", QT_TRANSLATE_NOOP("MainWindow", "Inspections"), Module.INSPECTIONS)

MODULE = ModuleSpec[InspectionServices](
    key="inspections",
    build=InspectionServices.build,
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_INSPECTION,
            search.search_inspections,
            Module.INSPECTIONS,
            QT_TRANSLATE_NOOP("QuickSearch", "Inspections"),
            search.count_inspections,
        ),
        SearchKind(
            search.KIND_RECTIFICATION,
            search.search_rectifications,
            Module.INSPECTIONS,
            QT_TRANSLATE_NOOP("QuickSearch", "Rectification notices"),
        ),
        SearchKind(
            search.KIND_EQUIPMENT,
            search.search_equipment,
            Module.INSPECTIONS,
            QT_TRANSLATE_NOOP("QuickSearch", "Equipment"),
        ),
    ),
    dashboard=DashboardPart(TAB.right, inspections_today(TAB)),
    target_links={
        TargetKey.FIRE_EQUIPMENT: month_inspections(TAB),
        TargetKey.HYGIENE: month_inspections(TAB),
        TargetKey.GREENING: month_inspections(TAB),
    },
    report=module_parts.REPORT,
    exports=module_parts.EXPORTS,
    numbering=(NumberKind.INSPECTION, NumberKind.RECTIFICATION),
    # The equipment register from Excel, as the master-data registers import.
    imports=IMPORTS,
    targets={
        TargetKey.FIRE_EQUIPMENT: figures.fire_equipment_ratio,
        TargetKey.HYGIENE: figures.hygiene_ratio,
        TargetKey.GREENING: figures.greening_ratio,
    },
    # Its rectification notices, for the modules after it (the monthly assessment).
    lends=lambda door: (door.desk,),
)
