"""What the master data brings to the console (see services/core/module_spec.py): the
residents-and-units and staff tabs, quick search over the registers, and their
exports (`propdesk export units|residents|cards`)."""

from __future__ import annotations

from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import ModuleSpec, TabRef
from propdesk.services.core.search import SearchKind
from propdesk.services.master_data import search
from propdesk.services.master_data.register_exports import REGISTER_EXPORTS

MASTER = Module.MASTER_DATA
UNIT_TITLE = QT_TRANSLATE_NOOP("QuickSearch", "Units")
RESIDENT_TITLE = QT_TRANSLATE_NOOP("QuickSearch", "Residents")
VEHICLE_TITLE = QT_TRANSLATE_NOOP("QuickSearch", "Vehicles")
CARD_TITLE = QT_TRANSLATE_NOOP("QuickSearch", "Access cards")

MODULE = ModuleSpec[None](
    key="master_data",
    tabs=(
        TabRef(
            "residents", QT_TRANSLATE_NOOP("MainWindow", "Residents && units"), Module.MASTER_DATA
        ),
        TabRef("staff", QT_TRANSLATE_NOOP("MainWindow", "Staff"), Module.MASTER_DATA),
    ),
    search=(
        SearchKind(search.KIND_UNIT, search.search_units, MASTER, UNIT_TITLE, search.count_units),
        SearchKind(
            search.KIND_RESIDENT,
            search.search_residents,
            MASTER,
            RESIDENT_TITLE,
            search.count_residents,
        ),
        SearchKind(
            search.KIND_VEHICLE,
            search.search_vehicles,
            MASTER,
            VEHICLE_TITLE,
            search.count_vehicles,
        ),
        SearchKind(search.KIND_CARD, search.search_cards, MASTER, CARD_TITLE, search.count_cards),
    ),
    exports=REGISTER_EXPORTS,
)
