"""The five slips the gatehouse prints, built from plain values.

The services pass strings, numbers and timezone-aware datetimes (the reports layer
knows nothing of their DTOs); times are printed in the station's local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from propdesk.domain.gate.tariff import MINUTES_PER_HOUR, yuan_text
from propdesk.reports.monthly.gate_counts import GateCounts
from propdesk.reports.slips.model import A4, Slip, SlipField, SlipParagraph, SlipTable
from propdesk.reports.slips.slip_kind import SlipKind
from propdesk.reports.slips.slip_labels import slip_label

AUTHORISED_BY_OWNER = "owner"
AUTHORISED_BY_MANAGEMENT = "management"


def local_time_text(moment: datetime) -> str:
    """An aware datetime as the station's local "YYYY-MM-DD HH:MM"; a naive one is a
    programming error (its zone is unknown, so the printed time could be hours off)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {moment!r}")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _date_text(day: date) -> str:
    if isinstance(day, datetime):
        return local_time_text(day)[:10]
    return day.isoformat()


def duration_text(entered_at: datetime, left_at: datetime, lang: str | None) -> str:
    """Whole minutes elapsed, as the tariff bills them: "2小时5分钟" / "2 h 5 min"."""
    minutes = max(0, (left_at.astimezone(UTC) - entered_at.astimezone(UTC)) // timedelta(minutes=1))
    hours, rest = divmod(minutes, MINUTES_PER_HOUR)
    if hours:
        return slip_label("parking.hours_minutes", lang, hours=hours, minutes=rest)
    return slip_label("parking.minutes", lang, minutes=rest)


# The QR of a pass and of a release slip holds exactly its number, so a keyboard-wedge
# scanner at the exit types it into the number box.
VISITOR_PASS = SlipKind(slip_label, "visitor", qr=True)
PARKING_RECEIPT = SlipKind(slip_label, "parking")
RELEASE_SLIP = SlipKind(slip_label, "release", qr=True)
HANDOVER_SHEET = SlipKind(slip_label, "handover", A4)
PARKING_NOTICE = SlipKind(slip_label, "notice")


def visitor_pass(
    *,
    estate: str,
    number: str,
    visitor_name: str,
    id_masked: str,
    unit: str,
    purpose: str,
    entered_at: datetime,
    issued_by: str,
    station: str,
    lang: str | None,
) -> Slip:
    """访客临时通行证, its number in a QR code for the exit's scanner."""
    fields = (
        SlipField(slip_label("visitor.name", lang), visitor_name),
        SlipField(slip_label("visitor.id", lang), id_masked),
        SlipField(slip_label("visitor.unit", lang), unit, strong=True),
        SlipField(slip_label("visitor.purpose", lang), purpose),
        SlipField(slip_label("visitor.entered", lang), local_time_text(entered_at)),
        SlipField(slip_label("visitor.issued_by", lang), issued_by),
        SlipField(slip_label("station", lang), station),
    )
    return VISITOR_PASS.slip(estate, number, lang, fields, paragraphs=(VISITOR_PASS.notes(lang),))


def parking_receipt(
    *,
    estate: str,
    number: str,
    plate: str,
    entered_at: datetime,
    left_at: datetime,
    fee_fen: int,
    free_reason: str | None,
    entry_on_record: bool,
    guard: str,
    station: str,
    lang: str | None,
) -> Slip:
    """停车收费凭据. `free_reason` is one of the tariff's FREE_* values (or None);
    `entry_on_record` False marks the entry time as the driver's own statement."""
    entered = local_time_text(entered_at)
    if not entry_on_record:
        entered = f"{entered} {slip_label('parking.stated', lang)}"
    fields = [
        SlipField(slip_label("plate", lang), plate, strong=True),
        SlipField(slip_label("parking.entered", lang), entered),
        SlipField(slip_label("parking.left", lang), local_time_text(left_at)),
        SlipField(slip_label("parking.duration", lang), duration_text(entered_at, left_at, lang)),
        SlipField(slip_label("parking.fee", lang), yuan_text(fee_fen), strong=True),
    ]
    if free_reason:
        fields.append(
            SlipField(
                slip_label("parking.free_because", lang), slip_label(f"free.{free_reason}", lang)
            )
        )
    fields += [
        SlipField(slip_label("guard", lang), guard),
        SlipField(slip_label("station", lang), station),
    ]
    return PARKING_RECEIPT.slip(estate, number, lang, tuple(fields))


def release_slip(
    *,
    estate: str,
    number: str,
    unit: str,
    items: str,
    authorised_by: str,
    authoriser_name: str,
    valid_until: date,
    used_at: datetime | None,
    lang: str | None,
) -> Slip:
    """物品放行条. `authorised_by` is AUTHORISED_BY_OWNER or AUTHORISED_BY_MANAGEMENT;
    without `used_at` the row stays empty for the guard to fill in by hand."""
    if authorised_by not in (AUTHORISED_BY_OWNER, AUTHORISED_BY_MANAGEMENT):
        raise ValueError(f"authorised_by must be owner or management, got {authorised_by!r}")
    who = slip_label(f"release.by_{authorised_by}", lang)
    fields = (
        SlipField(slip_label("unit", lang), unit, strong=True),
        SlipField(slip_label("release.items", lang), items),
        SlipField(slip_label("release.authorised", lang), f"{who} {authoriser_name}".strip()),
        SlipField(slip_label("release.valid_until", lang), _date_text(valid_until)),
        SlipField(
            slip_label("release.used_at", lang),
            local_time_text(used_at) if used_at is not None else "",
        ),
    )
    signatures = (slip_label("release.sign_guard", lang), slip_label("release.sign_carrier", lang))
    notes = (RELEASE_SLIP.notes(lang),)
    return RELEASE_SLIP.slip(estate, number, lang, fields, paragraphs=notes, signatures=signatures)


def handover_sheet(
    *,
    estate: str,
    number: str,
    station: str,
    from_guard: str,
    to_guard: str,
    shift_start: datetime,
    shift_end: datetime,
    counts: GateCounts,
    open_matters: str,
    lang: str | None,
) -> Slip:
    """交接班记录 on A4; long open matters wrap and flow onto further pages. The table
    lists the counts in the order the guards go through them, fees after the vehicles."""
    rows = [
        ("handover.resident_entries", str(counts.resident_entries)),
        ("handover.refused_cards", str(counts.refused_cards)),
        ("handover.visitors_in", str(counts.visitors_in)),
        ("handover.visitors_out", str(counts.visitors_out)),
        ("handover.vehicles_in", str(counts.vehicles_in)),
        ("handover.vehicles_out", str(counts.vehicles_out)),
        ("handover.fees", yuan_text(counts.fees_fen)),
        ("handover.items_in", str(counts.items_in)),
        ("handover.items_out", str(counts.items_out)),
        ("handover.notices", str(counts.notices)),
    ]
    table = SlipTable(
        headers=(slip_label("handover.item", lang), slip_label("handover.count", lang)),
        rows=tuple((slip_label(key, lang), value) for key, value in rows),
        numeric=(False, True),
    )
    fields = (
        SlipField(slip_label("station", lang), station),
        SlipField(slip_label("handover.guards", lang), f"{from_guard} → {to_guard}"),
        SlipField(
            slip_label("handover.shift", lang),
            f"{local_time_text(shift_start)} – {local_time_text(shift_end)}",
        ),
    )
    matters = SlipParagraph(
        slip_label("handover.open_matters", lang),
        open_matters.strip() or slip_label("handover.none", lang),
    )
    return HANDOVER_SHEET.slip(
        estate,
        number,
        lang,
        fields,
        table=table,
        paragraphs=(matters,),
        signatures=(slip_label("handover.sign_from", lang), slip_label("handover.sign_to", lang)),
    )


def parking_notice(
    *,
    estate: str,
    number: str,
    plate: str,
    place: str,
    noticed_at: datetime,
    hotline: str,
    guard: str,
    lang: str | None,
) -> Slip:
    """违停告知单, left under the windscreen wiper: the warning stands out in a frame."""
    fields = (
        SlipField(slip_label("plate", lang), plate, strong=True),
        SlipField(slip_label("notice.place", lang), place),
        SlipField(slip_label("notice.time", lang), local_time_text(noticed_at)),
        SlipField(slip_label("guard", lang), guard),
        SlipField(slip_label("notice.hotline", lang), hotline, strong=True),
    )
    warning = SlipParagraph("", slip_label("notice.warning", lang), boxed=True)
    return PARKING_NOTICE.slip(estate, number, lang, fields, paragraphs=(warning,))
