"""What the patrol codes are called on the round side of the tab (the gatehouse panel,
a round's detail, the finding and paper-round forms), and how their times read.

The services store codes (domain.patrol.*, domain.repairs.*); every widget of the
round side names them through here, so a state reads the same in the panel, the
detail and the forms. A finding's repair ticket is named by ui/repair_names.py, as
the repairs tab names it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import RoundSource, RoundState, VisitHow
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.services.patrol.round_detail import VisitInfo
from propdesk.ui.repair_names import state_name

translate = QCoreApplication.translate


def round_state_name(state: RoundState) -> str:
    names = {
        RoundState.OPEN: translate("PatrolNames", "Under way"),
        RoundState.FINISHED: translate("PatrolNames", "Finished"),
        RoundState.ABANDONED: translate("PatrolNames", "Abandoned"),
    }
    return names[state]


def verdict_name(verdict: Verdict | None) -> str:
    """A round's verdict; None: it answers no slot (an extra round)."""
    if verdict is None:
        return translate("PatrolNames", "Extra round (no slot)")
    names = {
        Verdict.ON_TIME: translate("PatrolNames", "On time"),
        Verdict.LATE: translate("PatrolNames", "Late"),
        Verdict.MISSED: translate("PatrolNames", "Missed"),
    }
    return names[verdict]


def source_name(source: RoundSource) -> str:
    names = {
        RoundSource.LIVE: translate("PatrolNames", "Scanned at the station"),
        RoundSource.PAPER: translate("PatrolNames", "Entered later from paper"),
        RoundSource.WAND: translate("PatrolNames", "Imported from a patrol wand"),
    }
    return names[source]


def visit_how_name(how: VisitHow) -> str:
    names = {
        VisitHow.SCAN: translate("PatrolNames", "Scanned"),
        VisitHow.TICK: translate("PatrolNames", "Ticked by hand"),
        VisitHow.PAPER: translate("PatrolNames", "From paper"),
        VisitHow.WAND: translate("PatrolNames", "From the wand"),
    }
    return names[how]


def visit_status(visit: VisitInfo | None, round_open: bool) -> str:
    """A checkpoint's state in a round: how it was reached and whether it was in order;
    not reached: still to come while the round is open, skipped once it is over."""
    if visit is None:
        return (
            translate("PatrolNames", "Not yet")
            if round_open
            else translate("PatrolNames", "Skipped")
        )
    how = visit_how_name(visit.how)
    if not visit.ok:
        return translate("PatrolNames", "{how}, issue").format(how=how)
    return how


def visit_flags(visit: VisitInfo | None) -> str:
    """The flags of a visit in words (never by colour alone)."""
    if visit is None:
        return ""
    flags = []
    if visit.out_of_order:
        flags.append(translate("PatrolNames", "out of order"))
    if visit.too_fast:
        flags.append(translate("PatrolNames", "too fast"))
    return ", ".join(flags)


def round_flags(out_of_order: bool, too_fast: bool, entered_later: bool) -> str:
    flags = []
    if out_of_order:
        flags.append(translate("PatrolNames", "checkpoints out of order"))
    if too_fast:
        flags.append(translate("PatrolNames", "walked too fast"))
    if entered_later:
        flags.append(translate("PatrolNames", "entered later"))
    return ", ".join(flags)


def finding_category_name(category: FindingCategory) -> str:
    names = {
        FindingCategory.DOORS_WINDOWS: translate("PatrolNames", "Doors and windows"),
        FindingCategory.FIRE_EQUIPMENT: translate("PatrolNames", "Fire equipment"),
        FindingCategory.LIGHTING: translate("PatrolNames", "Lighting"),
        FindingCategory.FACILITIES: translate("PatrolNames", "Facilities"),
        FindingCategory.SECURITY: translate("PatrolNames", "Security"),
        FindingCategory.HYGIENE: translate("PatrolNames", "Hygiene"),
        FindingCategory.OTHER: translate("PatrolNames", "Other"),
    }
    return names[category]


# The repair category a finding's ticket starts with (the form lets it be changed).
TICKET_CATEGORY = {
    FindingCategory.DOORS_WINDOWS: RepairCategory.DOORS_LOCKS,
    FindingCategory.FIRE_EQUIPMENT: RepairCategory.FIRE_EQUIPMENT,
    FindingCategory.LIGHTING: RepairCategory.ELECTRICAL,
    FindingCategory.FACILITIES: RepairCategory.PUBLIC_FACILITIES,
    FindingCategory.SECURITY: RepairCategory.OTHER,
    FindingCategory.HYGIENE: RepairCategory.OTHER,
    FindingCategory.OTHER: RepairCategory.OTHER,
}


def ticket_text(ticket: LinkedTicket | None) -> str:
    """A finding's ticket: its number and where it stands; empty when none."""
    if ticket is None:
        return ""
    return translate("PatrolNames", "{number} ({state})").format(
        number=ticket.number, state=state_name(ticket.state)
    )


def clock(moment: datetime | None) -> str:
    """A moment of today's work, to the minute: 08:03."""
    return moment.astimezone().strftime("%H:%M") if moment is not None else ""


def local_moment(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""
