"""Print preview for the gate's slips, in the window's language.

One place the tab calls after a save (pass, receipt, release slip, notice, handover
sheet) and for reprints; tests replace these methods to see what would be printed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.reports.slips.model import Slip
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import VisitorPass
from propdesk.services.gate.handover import Handover
from propdesk.services.gate.items import ReleaseSlip
from propdesk.services.gate.notices import ParkingNotice
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import VehicleExitResult
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets.slip_printing import preview_slip


class GatePrinting:
    def __init__(self, services: Services, actor: Actor, parent: QWidget) -> None:
        self._prints = services.module(GateServices).prints
        self._actor = actor
        self._parent = parent

    def _preview(self, slip: Slip, name_hint: str) -> None:
        preview_slip(self._parent, slip, name_hint)

    def visitor_pass(self, visit: VisitorPass) -> None:
        actor = self._actor
        slip = self._prints.visitor_pass(visit, actor.display_name, actor.station, ui_language())
        self._preview(slip, visit.pass_number)

    def parking_receipt(self, result: VehicleExitResult) -> None:
        actor = self._actor
        slip = self._prints.parking_receipt(
            result, actor.display_name, actor.station, ui_language()
        )
        self._preview(slip, result.quote.permit_number or result.quote.plate)

    def release_slip(self, slip: ReleaseSlip) -> None:
        self._preview(self._prints.release_slip(slip, ui_language()), slip.number)

    def parking_notice(self, notice: ParkingNotice) -> None:
        self._preview(self._prints.parking_notice(notice, ui_language()), notice.number)

    def handover_sheet(self, handover: Handover) -> None:
        self._preview(self._prints.handover_sheet(handover, ui_language()), handover.number)
