"""What the detail panel says about one ticket, as (key, label, text) lines: the facts
taken down, the quote and the work, and the clocks (elapsed, time left, overdue,
paused while waiting for the resident's approval). Empty texts are left out by the
panel, so a new ticket shows only what is known."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from propdesk.domain.gate.tariff import yuan_text
from propdesk.services.repairs.detail import TicketDetail
from propdesk.ui.tabs.repairs.names import (
    category_name,
    channel_name,
    duration,
    local_time,
    priority_name,
)

translate = QCoreApplication.translate
Line = tuple[str, str, str]


def reporter_text(d: TicketDetail) -> str:
    return " · ".join(p for p in (d.reporter_name, d.reporter_phone) if p)


def location_text(d: TicketDetail) -> str:
    charge = (
        translate("RepairDetail", "paid repair")
        if d.paid
        else translate("RepairDetail", "free repair")
    )
    return translate("RepairDetail", "{location} ({charge})").format(
        location=d.location, charge=charge
    )


def quote_text(d: TicketDetail) -> str:
    total = d.quote_total_fen
    if total is None or d.quote_labour_fen is None or d.quote_materials_fen is None:
        return ""
    text = translate(
        "RepairDetail", "labour {labour} + materials {materials} = {total}, about {time}"
    ).format(
        labour=yuan_text(d.quote_labour_fen),
        materials=yuan_text(d.quote_materials_fen),
        total=yuan_text(total),
        time=duration_minutes(d.quote_minutes),
    )
    if d.approved is True:
        answer = translate("RepairDetail", "approved {time}").format(time=local_time(d.decided_at))
    elif d.approved is False:
        answer = translate("RepairDetail", "refused {time}").format(time=local_time(d.decided_at))
    else:
        answer = translate("RepairDetail", "waiting for the resident's answer")
    return translate("RepairDetail", "{quote}; {answer}").format(quote=text, answer=answer)


def duration_minutes(minutes: int | None) -> str:
    return duration(timedelta(minutes=minutes or 0))


def work_text(d: TicketDetail) -> str:
    parts = [d.work_done.replace("\n", "; ")]
    if d.materials_used:
        parts.append(
            translate("RepairDetail", "materials: {list}").format(
                list=d.materials_used.replace("\n", "; ")
            )
        )
    return " — ".join(p for p in parts if p)


def follow_up_text(d: TicketDetail) -> str:
    if d.rating is None:
        return ""
    stars = "★" * d.rating + "☆" * (5 - d.rating)
    return f"{stars} {d.follow_up_comment}".strip()


def fact_lines(d: TicketDetail) -> list[Line]:
    reported = translate("RepairDetail", "{time}, {channel}, taken by {user}").format(
        time=local_time(d.reported_at), channel=channel_name(d.channel), user=d.created_by_name
    )
    return [
        ("reported", translate("RepairDetail", "Reported on"), reported),
        ("reporter", translate("RepairDetail", "Reporter"), reporter_text(d)),
        ("location", translate("RepairDetail", "Location"), location_text(d)),
        (
            "kind",
            translate("RepairDetail", "Category"),
            f"{category_name(d.category)} · {priority_name(d.priority)}",
        ),
        ("description", translate("RepairDetail", "Fault"), d.description),
        ("technician", translate("RepairDetail", "Technician"), d.technician_name),
        ("diagnosis", translate("RepairDetail", "Diagnosis"), d.diagnosis),
        ("quote", translate("RepairDetail", "Quote"), quote_text(d)),
        ("decision", translate("RepairDetail", "Resident's answer"), d.decision_note),
        ("work", translate("RepairDetail", "Work done"), work_text(d)),
        ("signed", translate("RepairDetail", "Signed off by"), d.signed_by),
        ("follow_up", translate("RepairDetail", "Follow-up"), follow_up_text(d)),
        ("cancelled", translate("RepairDetail", "Cancelled because"), d.cancel_reason),
    ]


def arrival_text(d: TicketDetail) -> str:
    clock = d.sla.arrival
    due = local_time(clock.due_at)
    if clock.arrived:
        if clock.met:
            return translate("RepairDetail", "arrived after {time}, within the limit").format(
                time=duration(clock.elapsed)
            )
        return translate("RepairDetail", "arrived after {time}, {late} late").format(
            time=duration(clock.elapsed), late=duration(clock.over_by)
        )
    if clock.overdue:
        return translate("RepairDetail", "OVERDUE by {time} (due {due})").format(
            time=duration(clock.over_by), due=due
        )
    if d.closed_at is not None:
        return translate("RepairDetail", "nobody went (ended before the arrival)")
    return translate("RepairDetail", "{time} left (due {due})").format(
        time=duration(clock.left), due=due
    )


def sla_lines(d: TicketDetail) -> list[Line]:
    sla = d.sla
    waiting = ""
    if sla.waiting_since is not None:
        waiting = translate("RepairDetail", "paused: waiting for the resident since {time}").format(
            time=local_time(sla.waiting_since)
        )
    elif sla.waiting_for_resident:
        waiting = translate("RepairDetail", "{time} waiting for the resident (not counted)").format(
            time=duration(sla.waiting_for_resident)
        )
    stale = translate("RepairDetail", "nothing recorded since {time}").format(
        time=local_time(d.last_step_at)
    )
    return [
        ("arrival", translate("RepairDetail", "Arrival"), arrival_text(d)),
        ("elapsed", translate("RepairDetail", "Elapsed"), duration(sla.age)),
        ("waiting", translate("RepairDetail", "Paused"), waiting),
        (
            "office_age",
            translate("RepairDetail", "Elapsed less waits"),
            duration(sla.resolution_age) if sla.waiting_for_resident else "",
        ),
        ("stale", translate("RepairDetail", "Stale"), stale if sla.stale else ""),
    ]
