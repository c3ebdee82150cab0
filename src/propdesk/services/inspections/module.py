"""What the inspections module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.handoffs import RectificationDesk
from propdesk.services.core.module_spec import DashboardPart, ModuleSpec, TabRef
from propdesk.services.core.on_first_use import desk_on_first_use, imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.inspections import module_parts, search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.inspections.dashboard import inspections_today, month_inspections
    from propdesk.services.inspections.figures import (
        fire_equipment_ratio,
        greening_ratio,
        hygiene_ratio,
    )
    from propdesk.services.inspections.import_sheet import EQUIPMENT_SHEET
    from propdesk.services.inspections.service import InspectionServices
else:
    inspections_today = imported("propdesk.services.inspections.dashboard", "inspections_today")
    month_inspections = imported("propdesk.services.inspections.dashboard", "month_inspections")
    fire_equipment_ratio = imported("propdesk.services.inspections.figures", "fire_equipment_ratio")
    greening_ratio = imported("propdesk.services.inspections.figures", "greening_ratio")
    hygiene_ratio = imported("propdesk.services.inspections.figures", "hygiene_ratio")
    EQUIPMENT_SHEET = imported("propdesk.services.inspections.import_sheet", "EQUIPMENT_SHEET")
    InspectionServices = imported("propdesk.services.inspections.service", "InspectionServices")

# The tab (ui/tabs/inspections): the links of the dashboard and quick search lead there.
TAB = TabRef("inspections", QT_TRANSLATE_NOOP("MainWindow", "Inspections"), Module.INSPECTIONS)

MODULE: ModuleSpec[InspectionServices] = ModuleSpec(
    key="inspections",
    build=lambda context: InspectionServices.build(context),  # noqa: PLW0108 (imported when first built)
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
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: inspections_today(TAB))),
    target_links={
        TargetKey.FIRE_EQUIPMENT: on_first_use(lambda: month_inspections(TAB)),
        TargetKey.HYGIENE: on_first_use(lambda: month_inspections(TAB)),
        TargetKey.GREENING: on_first_use(lambda: month_inspections(TAB)),
    },
    report=module_parts.REPORT,
    exports=module_parts.EXPORTS,
    numbering=(NumberKind.INSPECTION, NumberKind.RECTIFICATION),
    # The equipment register from Excel, as the master-data registers import.
    imports=(EQUIPMENT_SHEET,),
    targets={
        TargetKey.FIRE_EQUIPMENT: fire_equipment_ratio,
        TargetKey.HYGIENE: hygiene_ratio,
        TargetKey.GREENING: greening_ratio,
    },
    # Its rectification notices, for the modules after it (the monthly assessment).
    lends=lambda door: (desk_on_first_use(RectificationDesk, lambda: door.desk),),
)
