"""The assessments tab as the main window sees it (see ui/module_tabs.py): quick-search
hits of assessments open here."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.services.assessments.navigation import AssessmentView
from propdesk.services.assessments.search import KIND_ASSESSMENT
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.assessments.tab import AssessmentsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if isinstance(tab, AssessmentsTab) and isinstance(view, AssessmentView):
        return tab.show_assessment(view.assessment_id)
    return False


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if isinstance(tab, AssessmentsTab) and kind == KIND_ASSESSMENT:
        return tab.show_assessment(record_id)
    return False


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, AssessmentsTab):
        tab.refresh()


TAB = TabParts(
    make=AssessmentsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_ASSESSMENT}),
    open_record=_open_record,
    on_shown=_on_shown,
)
