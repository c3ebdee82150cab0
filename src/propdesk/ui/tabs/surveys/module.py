"""The surveys tab as the main window sees it (see ui/module_tabs.py): the views of
services/surveys/views.py it shows, and the quick-search hits it opens."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.services.surveys.search import KIND_SURVEY
from propdesk.services.surveys.views import RoundList, RoundView
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.surveys.tab import SurveysTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, SurveysTab):
        return False
    if isinstance(view, RoundList):
        tab.show_rounds(view.filter)
        return True
    if isinstance(view, RoundView):
        return tab.show_round(view.round_id)
    return False


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    return isinstance(tab, SurveysTab) and kind == KIND_SURVEY and tab.show_round(record_id)


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, SurveysTab):
        tab.refresh()


TAB = TabParts(
    make=SurveysTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_SURVEY}),
    open_record=_open_record,
    on_shown=_on_shown,
)
