"""The complaints tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.search import KIND_COMPLAINT, KIND_INQUIRY
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.complaints.views import (
    AnalysisYear,
    ComplaintList,
    ComplaintView,
    InquiriesDue,
)
from propdesk.services.core.actor import Actor
from propdesk.ui.module_tabs import SettingsEntry, TabParts
from propdesk.ui.tabs.complaints.settings_dialog import ComplaintSettingsDialog
from propdesk.ui.tabs.complaints.tab import ComplaintsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, ComplaintsTab):
        return False
    if isinstance(view, ComplaintList):
        tab.show_list(view.filter)
        return True
    if isinstance(view, ComplaintView):
        return _open_complaint(tab, view.complaint_id)
    if isinstance(view, InquiriesDue):
        tab.show_inquiries_due(view.day)
        return True
    if isinstance(view, AnalysisYear):
        tab.show_analysis(view.year)
        return True
    return False


def _open_complaint(tab: ComplaintsTab, complaint_id: uuid.UUID) -> bool:
    """The list searched by the complaint's number (so it is the row selected, and
    Clear brings the list back) and the complaint below it."""
    if not tab.show_complaint(complaint_id):
        return False  # gone, or not readable: show_complaint said why
    detail = tab.detail
    assert detail is not None
    tab.show_list(ComplaintFilter(text=detail.number))
    tab.list_view.select_complaint(complaint_id)
    return True


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if not isinstance(tab, ComplaintsTab):
        return False
    if kind == KIND_INQUIRY:
        return tab.show_inquiry(record_id)
    return _open_complaint(tab, record_id)


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, ComplaintsTab):
        tab.refresh()


def _open_settings(services: Services, actor: Actor, parent: QWidget) -> ComplaintSettingsDialog:
    dialog = ComplaintSettingsDialog(services.module(ComplaintServices).settings, actor, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


TAB = TabParts(
    make=ComplaintsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_COMPLAINT, KIND_INQUIRY}),
    open_record=_open_record,
    on_shown=_on_shown,
    settings=(
        # Answer deadlines, estate-wide: read-only for roles that may only view settings.
        SettingsEntry(
            "complaints_settings_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Complaints…"),
            Module.SETTINGS,
            Action.VIEW,
            _open_settings,
        ),
    ),
)
