"""The repair dispatch slip (维修派工单), built from plain values.

The technician takes it to the job: what was reported and where, by when to arrive,
rows to write the visit down by hand (arrival, cause, work done, materials) and the
two signatures that close the job on paper. The office later types what the slip
says into the ticket's steps; a slip printed again after that carries the arrival
and completion times recorded. Times print in the station's local time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from propdesk.domain.gate.tariff import MINUTES_PER_HOUR, yuan_text
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.reports.slips.gate_slips import local_time_text
from propdesk.reports.slips.model import A4, Slip, SlipField, SlipTable
from propdesk.reports.slips.repair_slip_labels import repair_slip_label
from propdesk.reports.slips.slip_kind import SlipKind

# A4 paper, set a little denser than the handover sheet: the whole job (facts, rows to
# fill in, signatures) fits on the one sheet the technician carries.
DISPATCH_PAGE = replace(A4, margin_mm=12.0, body_pt=9.5)
# Its QR holds exactly the ticket number, so a scanner at the desk types it into the
# ticket search.
DISPATCH_SLIP = SlipKind(repair_slip_label, "dispatch", DISPATCH_PAGE, qr=True)
# Empty rows of the materials grid and lines under "work done": room enough for an
# ordinary job; a bigger one goes on the back of the sheet.
MATERIAL_ROWS = 3
WORK_DONE_LINES = 3


@dataclass(frozen=True)
class DispatchQuote:
    """The quote already given, when the slip is printed again after it."""

    labour_fen: int
    materials_fen: int
    duration_minutes: int | None = None

    @property
    def total_fen(self) -> int:
        return self.labour_fen + self.materials_fen


def duration_text(minutes: int, lang: str | None) -> str:
    hours, rest = divmod(max(0, minutes), MINUTES_PER_HOUR)
    if hours:
        return repair_slip_label("duration.hours_minutes", lang, hours=hours, minutes=rest)
    return repair_slip_label("duration.minutes", lang, minutes=rest)


def _quote_field(quote: DispatchQuote, lang: str | None) -> SlipField:
    """The quote on one row: the technician needs the figures, not a table of them."""
    parts = [
        f"{repair_slip_label('quote.labour', lang)} {yuan_text(quote.labour_fen)}",
        f"{repair_slip_label('quote.materials', lang)} {yuan_text(quote.materials_fen)}",
        f"{repair_slip_label('quote.total', lang)} {yuan_text(quote.total_fen)}",
    ]
    if quote.duration_minutes:
        parts.append(
            f"{repair_slip_label('quote.duration', lang)} "
            f"{duration_text(quote.duration_minutes, lang)}"
        )
    return SlipField(
        repair_slip_label("quote", lang), repair_slip_label("separator", lang).join(parts)
    )


def _recorded(moment: datetime | None) -> str:
    """A time the office already typed in (a slip printed again), or "" for the pen."""
    return local_time_text(moment) if moment is not None else ""


def _hand_rows(
    lang: str | None, arrived_at: datetime | None, completed_at: datetime | None
) -> list[SlipField]:
    """Rows left empty for the pen, each with its rule to write on; the arrival and
    completion times already recorded are printed in theirs, so a slip printed again
    says what the ticket says."""
    rows = [
        SlipField(repair_slip_label("record.arrived_at", lang), _recorded(arrived_at)),
        SlipField(repair_slip_label("record.work_done", lang), ""),
    ]
    rows += [SlipField("", "") for _ in range(WORK_DONE_LINES - 1)]
    rows += [
        SlipField(
            repair_slip_label("record.site_cleaned", lang),
            repair_slip_label("record.site_cleaned_box", lang),
        ),
        SlipField(repair_slip_label("record.completed_at", lang), _recorded(completed_at)),
    ]
    return rows


def dispatch_slip(
    *,
    estate: str,
    number: str,
    reported_at: datetime,
    priority: RepairPriority,
    category: RepairCategory,
    location: str,
    reporter: str,
    phone: str,
    description: str,
    technician: str,
    dispatched_at: datetime | None,
    arrival_deadline: datetime,
    paid: bool,
    quote: DispatchQuote | None,
    lang: str | None,
    arrived_at: datetime | None,
    completed_at: datetime | None,
) -> Slip:
    """维修派工单 on A4 paper, its number in a QR code for the desk's scanner. Without a
    technician or a dispatch time (dispatched by telephone, slip filled in by hand)
    those rows stay empty; so do the arrival and completion rows until those times
    are recorded."""
    fields = [
        SlipField(repair_slip_label("reported_at", lang), local_time_text(reported_at)),
        SlipField(
            repair_slip_label("priority", lang),
            repair_slip_label(f"priority.{priority.value}", lang),
            strong=priority is RepairPriority.EMERGENCY,
        ),
        SlipField(
            repair_slip_label("category", lang),
            repair_slip_label(f"category.{category.value}", lang),
        ),
        SlipField(repair_slip_label("location", lang), location, strong=True),
        SlipField(repair_slip_label("reporter", lang), reporter),
        SlipField(repair_slip_label("phone", lang), phone),
        SlipField(repair_slip_label("description", lang), description),
        SlipField(
            repair_slip_label("charge", lang),
            repair_slip_label("charge.paid" if paid else "charge.free", lang),
        ),
        SlipField(repair_slip_label("technician", lang), technician, strong=True),
        SlipField(
            repair_slip_label("dispatched_at", lang),
            local_time_text(dispatched_at) if dispatched_at is not None else "",
        ),
        SlipField(
            repair_slip_label("arrive_by", lang), local_time_text(arrival_deadline), strong=True
        ),
    ]
    if quote is not None:
        fields.append(_quote_field(quote, lang))
    fields += _hand_rows(lang, arrived_at, completed_at)
    materials = SlipTable(
        headers=(
            repair_slip_label("materials.item", lang),
            repair_slip_label("materials.quantity", lang),
            repair_slip_label("materials.amount", lang),
        ),
        rows=tuple(("", "", "") for _ in range(MATERIAL_ROWS)),
        numeric=(False, True, True),
    )
    return DISPATCH_SLIP.slip(
        estate,
        number,
        lang,
        tuple(fields),
        table=materials,
        paragraphs=(DISPATCH_SLIP.notes(lang),),
        signatures=(
            repair_slip_label("sign.technician", lang),
            repair_slip_label("sign.resident", lang),
        ),
    )
