"""The inspections tab as the main window sees it (see ui/module_tabs.py): the views
of services/inspections/navigation.py it shows, and the quick-search hits it opens."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.errors import PropdeskError
from propdesk.services.inspections.navigation import (
    DueList,
    EquipmentList,
    InspectionList,
    InspectionsOfPeriod,
    InspectionView,
    NoticeList,
    NoticeView,
)
from propdesk.services.inspections.search import (
    KIND_EQUIPMENT,
    KIND_INSPECTION,
    KIND_RECTIFICATION,
)
from propdesk.services.inspections.views import InspectionFilter
from propdesk.ui.dialogs import show_error
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.inspections.tab import InspectionsTab


def _show_view(tab: QWidget, view: object) -> bool:  # noqa: PLR0911 (one return per view)
    if not isinstance(tab, InspectionsTab):
        return False
    if isinstance(view, DueList):
        tab.show_due(view.overdue_only)
        return True
    if isinstance(view, InspectionList):
        tab.show_inspections(view.filter)
        return True
    if isinstance(view, InspectionView):
        return tab.show_inspection(view.inspection_id)
    if isinstance(view, NoticeList):
        tab.show_notices(view.filter)
        return True
    if isinstance(view, NoticeView):
        return tab.show_notice(view.notice_id)
    if isinstance(view, EquipmentList):
        tab.show_equipment(view.due)
        return True
    if isinstance(view, InspectionsOfPeriod):
        tab.show_inspections(InspectionFilter(first=view.period.first, last=view.period.last))
        return True
    return False


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if not isinstance(tab, InspectionsTab):
        return False
    if kind == KIND_INSPECTION:
        return tab.show_inspection(record_id)
    if kind == KIND_RECTIFICATION:
        return tab.show_notice(record_id)
    if kind == KIND_EQUIPMENT:
        return _open_equipment(tab, record_id)
    return False


def _open_equipment(tab: InspectionsTab, equipment_id: uuid.UUID) -> bool:
    """The register searched by the item's code, the item chosen."""
    try:
        item = tab.doors.equipment.get(tab.actor, equipment_id)
    except PropdeskError as exc:
        show_error(tab, exc)
        return False
    tab.show_equipment_code(item.code)
    return True


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, InspectionsTab):
        tab.refresh()


TAB = TabParts(
    make=InspectionsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_INSPECTION, KIND_RECTIFICATION, KIND_EQUIPMENT}),
    open_record=_open_record,
    on_shown=_on_shown,
)
