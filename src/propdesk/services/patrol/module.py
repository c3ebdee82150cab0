"""What the patrol module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import (
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.on_first_use import imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.patrol import search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.patrol.dashboard import month_grid, patrol_today
    from propdesk.services.patrol.figures import patrol_figures
    from propdesk.services.patrol.round_sheet import round_sheet
    from propdesk.services.patrol.service import PatrolServices
    from propdesk.services.patrol.target import patrols_on_schedule
else:
    month_grid = imported("propdesk.services.patrol.dashboard", "month_grid")
    patrol_today = imported("propdesk.services.patrol.dashboard", "patrol_today")
    patrol_figures = imported("propdesk.services.patrol.figures", "patrol_figures")
    round_sheet = imported("propdesk.services.patrol.round_sheet", "round_sheet")
    PatrolServices = imported("propdesk.services.patrol.service", "PatrolServices")
    patrols_on_schedule = imported("propdesk.services.patrol.target", "patrols_on_schedule")

TAB = TabRef("patrol", QT_TRANSLATE_NOOP("MainWindow", "Patrol"), Module.PATROL)
# The rounds started in the days asked (`propdesk export patrol`); the month's in the
# workbook.
ROUNDS = ExportKind("patrol", Module.PATROL, dated=True, sheet=round_sheet)

MODULE: ModuleSpec[PatrolServices] = ModuleSpec(
    key="patrol",
    build=lambda context: PatrolServices.build(context),  # noqa: PLW0108 (imported when first built)
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_ROUND,
            search.search_rounds,
            Module.PATROL,
            QT_TRANSLATE_NOOP("QuickSearch", "Patrol rounds"),
        ),
        SearchKind(
            search.KIND_CHECKPOINT,
            search.search_checkpoints,
            Module.PATROL,
            QT_TRANSLATE_NOOP("QuickSearch", "Checkpoints"),
        ),
    ),
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: patrol_today(TAB))),
    target_links={TargetKey.PATROLS: on_first_use(lambda: month_grid(TAB))},
    # The sheet lists every round started in the month, abandoned ones too.
    report=ReportPart(patrol_figures, records=ROUNDS, counted=lambda f: f.rounds + f.abandoned),
    exports=(ROUNDS,),
    numbering=(NumberKind.PATROL_ROUND,),
    targets={TargetKey.PATROLS: patrols_on_schedule},
)
