"""The gate's records as printable slips: pass, receipt, release slip, notice, handover.

Each function turns a record the gate services returned into a `Slip` (reports
layer) in the language asked for, adding the estate's name and hotline. The UI
previews and prints it; nothing here knows about Qt.
"""

from __future__ import annotations

from propdesk.reports.slips import gate_slips
from propdesk.reports.slips.model import Slip
from propdesk.services.gate.entries import VisitorPass
from propdesk.services.gate.handover import Handover
from propdesk.services.gate.items import ReleaseSlip
from propdesk.services.gate.notices import ParkingNotice
from propdesk.services.gate.vehicles import VehicleExitResult
from propdesk.services.station.estate import EstateService


class GatePrintService:
    def __init__(self, estate: EstateService) -> None:
        self._estate = estate

    def _estate_name_and_hotline(self) -> tuple[str, str]:
        info = self._estate.get()
        return (info.name, info.hotline) if info is not None else ("", "")

    def visitor_pass(self, visit: VisitorPass, guard: str, station: str, lang: str | None) -> Slip:
        name, _hotline = self._estate_name_and_hotline()
        return gate_slips.visitor_pass(
            estate=name,
            number=visit.pass_number,
            visitor_name=visit.name,
            id_masked=visit.id_masked,
            unit=visit.unit_code,
            purpose=visit.purpose,
            entered_at=visit.entered_at,
            issued_by=guard,
            station=station,
            lang=lang,
        )

    def parking_receipt(
        self, exit_: VehicleExitResult, guard: str, station: str, lang: str | None
    ) -> Slip:
        name, _hotline = self._estate_name_and_hotline()
        quote = exit_.quote
        return gate_slips.parking_receipt(
            estate=name,
            number=quote.permit_number or quote.plate,
            plate=quote.plate,
            entered_at=quote.entered_at,
            left_at=quote.exited_at,
            fee_fen=quote.fee.fen,
            free_reason=quote.fee.free_reason,
            entry_on_record=not quote.entry_stated,
            guard=guard,
            station=station,
            lang=lang,
        )

    def release_slip(self, slip: ReleaseSlip, lang: str | None) -> Slip:
        name, _hotline = self._estate_name_and_hotline()
        return gate_slips.release_slip(
            estate=name,
            number=slip.number,
            unit=slip.unit_code,
            items=slip.description,
            authorised_by=slip.authorisation.value,
            authoriser_name=slip.authorised_by,
            valid_until=slip.valid_until,
            used_at=slip.used_at,
            lang=lang,
        )

    def parking_notice(self, notice: ParkingNotice, lang: str | None) -> Slip:
        name, hotline = self._estate_name_and_hotline()
        return gate_slips.parking_notice(
            estate=name,
            number=notice.number,
            plate=notice.plate,
            place=notice.place,
            noticed_at=notice.occurred_at,
            hotline=hotline,
            guard=notice.guard,
            lang=lang,
        )

    def handover_sheet(self, handover: Handover, lang: str | None) -> Slip:
        name, _hotline = self._estate_name_and_hotline()
        return gate_slips.handover_sheet(
            estate=name,
            number=handover.number,
            station=handover.station,
            from_guard=handover.from_name,
            to_guard=handover.to_name,
            shift_start=handover.shift_start,
            shift_end=handover.shift_end,
            counts=handover.counts,
            open_matters=handover.open_matters,
            lang=lang,
        )
