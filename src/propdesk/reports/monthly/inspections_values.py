"""The inspections' figures of a period as plain values (services.inspections.
report_figures fills them): the inspections made and their items' pass rate per kind
(the chart), the period's failed items with the notice or ticket each led to, the
notices issued, closed and still open, and the equipment whose next service or expiry
falls in the month after. The layout (inspections_pages) reads them;
inspections_section makes them the report's section. Nothing here imports the
layout, so the data flows one way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.service_targets import Period


@dataclass(frozen=True)
class KindRate:
    """One kind's inspections in the period (re-inspections and voided ones left
    out, as services.inspections.figures counts them) and its items' results."""

    kind: InspectionKind
    inspections: int
    failed_inspections: int  # with at least one item failed
    items_passed: int
    items_judged: int  # passed or failed: n.a. and text items are not judged


@dataclass(frozen=True)
class FailedItem:
    inspection: str  # its number, XJ202612-0001
    inspected_at: datetime
    checklist: str  # the template's name as it was
    area: str
    item: str  # the item's words as they were
    note: str  # what the inspector wrote beside it
    notice: str  # the notice's number, "" when none was issued by `as_of`
    notice_state: RectificationState | None  # as it stood at `as_of`
    ticket: str  # the repair ticket opened from it, "" when none


@dataclass(frozen=True)
class DueEquipment:
    code: str
    kind: EquipmentKind
    name: str
    place: str  # the unit's code, the place's words, or both
    due_on: date  # the next service or the expiry, whichever comes first
    expiry: bool  # the date is the end of its service life, not a service


@dataclass(frozen=True)
class InspectionValues:
    """The period's figures; inspections_section.InspectionFigures is the same
    values as the monthly report's section."""

    rates: tuple[KindRate, ...]  # each kind inspected in the period, in the kinds' order
    reinspections: int  # of notices' items, in the period (not in `rates`)
    as_of: datetime  # the period's end, or now for the running month
    failed_total: int  # items failed in the period's inspections
    failed_items: tuple[FailedItem, ...]  # the first of them, in time order
    notices_issued: int  # in the period, voided ones included
    notices_closed: int  # closed by a passing re-inspection in the period
    notices_live: int  # open or fixed (not yet verified) at `as_of`
    notices_overdue: int  # of those, past their deadline at `as_of`
    next_month: Period  # the month after the period
    register_as_of: datetime  # the equipment register is read as it stands then
    due_total: int  # live items whose next date falls in `next_month`
    due_items: tuple[DueEquipment, ...]  # the first of them, soonest first
    expired: int  # live items whose next date was before `next_month`

    @property
    def inspections(self) -> int:
        return sum(r.inspections for r in self.rates)

    @property
    def failed_inspections(self) -> int:
        return sum(r.failed_inspections for r in self.rates)

    @property
    def items(self) -> tuple[int, int]:
        """(passed, judged) over every kind."""
        return sum(r.items_passed for r in self.rates), sum(r.items_judged for r in self.rates)
