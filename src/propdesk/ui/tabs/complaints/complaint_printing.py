"""Print preview of the handling sheet (投诉处理单), in the window's language.

One place the tab calls; tests see what would be printed through the preview
fixture (the modal preview itself is tested with the gate's slips).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.ui.dialogs import show_error
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets.slip_printing import preview_slip


class ComplaintPrinting:
    def __init__(self, services: Services, actor: Actor, parent: QWidget) -> None:
        self._prints = services.module(ComplaintServices).prints
        self._actor = actor
        self._parent = parent

    def handling_sheet(self, detail: ComplaintDetail) -> None:
        try:
            sheet = self._prints.handling_sheet(self._actor, detail.id, ui_language())
        except PropdeskError as exc:
            show_error(self._parent, exc)
            return
        preview_slip(self._parent, sheet, detail.number)
