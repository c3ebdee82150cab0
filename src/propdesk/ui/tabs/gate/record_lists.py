"""Small lists the gate keeps at hand: open release slips and recent handovers.

Both are short (slips still valid, the last fifty handovers), loaded whole, and
each row can be printed again.
"""

from __future__ import annotations

from typing import Any

from propdesk.domain.gate.tariff import yuan_text
from propdesk.services.core.export import ColumnKind
from propdesk.services.gate.handover import Handover
from propdesk.services.gate.items import Authorisation, ReleaseSlip
from propdesk.ui.tabs.gate.inside_now_model import local_time
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, date_column


class ReleaseSlipTableModel(DtoTableModel[ReleaseSlip]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        kinds = {
            Authorisation.OWNER: self.tr("owner"),
            Authorisation.MANAGEMENT: self.tr("management"),
        }
        self.set_columns(
            [
                Column(self.tr("Slip number"), lambda r: r.number),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Items"), lambda r: r.description),
                Column(
                    self.tr("Authorised by"),
                    lambda r: f"{r.authorised_by} ({kinds[r.authorisation]})",
                ),
                date_column(self.tr("Valid until"), lambda r: r.valid_until),
            ]
        )


class HandoverTableModel(DtoTableModel[Handover]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Station"), lambda r: r.station),
                Column(
                    self.tr("Shift"),
                    lambda r: f"{local_time(r.shift_start)} – {local_time(r.shift_end)}",
                ),
                Column(self.tr("Handed over by"), lambda r: r.from_name),
                Column(self.tr("Taken over by"), lambda r: r.to_name),
                Column(
                    self.tr("Fees collected"),
                    lambda r: yuan_text(r.counts.fees_fen),
                    numeric=True,
                    value=lambda r: r.counts.fees_fen,
                    kind=ColumnKind.MONEY,
                ),
                Column(
                    self.tr("Open matters"),
                    lambda r: r.open_matters.replace("\n", "; "),
                    tooltip=lambda r: r.open_matters,
                ),
            ]
        )
