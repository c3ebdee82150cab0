"""Print preview of the dispatch slip (派工单), in the window's language.

One place the tab calls; tests see what would be printed through the preview
fixture (the modal preview itself is tested with the gate's slips).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets.slip_printing import preview_slip


class RepairPrinting:
    def __init__(self, services: Services, parent: QWidget) -> None:
        self._prints = services.module(RepairServices).prints
        self._parent = parent

    def dispatch_slip(self, detail: TicketDetail) -> None:
        slip = self._prints.dispatch_slip(detail, ui_language())
        preview_slip(self._parent, slip, detail.number)
