"""How a value of an audit entry's before or after reads: a state as the repairs tab
names it (dispatched → 已派工), an id as the record's number or name, a login as the
person, a moment in local time to the second, money in yuan.

The codes are named as the tab that shows them names them. Tabs may not import one
another (import-linter), so the names of the gate, patrol and residents tabs are
repeated here under the same translation context and English text: one translation
serves both, and a word changed there is changed here by the same catalogue entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    InquiryKind,
    RootCause,
    Severity,
)
from propdesk.domain.complaints.kinds import Verdict as ComplaintVerdict
from propdesk.domain.complaints.workflow import ComplaintState
from propdesk.domain.gate.tariff import yuan_text
from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import RoundSource, RoundState
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.domain.repairs.workflow import RepairOutcome, RepairState
from propdesk.domain.roles import Role
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.audit import AuditRow
from propdesk.services.gate.entries import HostConfirmation
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.items import Authorisation
from propdesk.services.master_data.cards import CardStatus
from propdesk.services.master_data.residents import ResidentKind
from propdesk.ui import complaint_names
from propdesk.ui.repair_names import category_name, priority_name, state_name
from propdesk.ui.role_names import role_name

translate = QCoreApplication.translate

Namer = Callable[[str], str]


def _words(tr: Namer, names: Mapping[str, str]) -> Namer:
    """Names a stored code by its entry of `names`, translated by `tr` (which names
    the context the entries are marked in); an unknown code (a newer version's) as it
    is stored."""

    def name(code: str) -> str:
        text = names.get(code)
        return tr(text) if text else code

    return name


def _enum(make: Callable[[str], Any], name: Callable[[Any], str]) -> Namer:
    def named(code: str) -> str:
        try:
            return name(make(code))
        except ValueError:
            return code

    return named


_REPAIR_OUTCOMES = _words(
    lambda text: translate("RepairNames", text),
    {
        RepairOutcome.RESOLVED: QT_TRANSLATE_NOOP("RepairNames", "resolved"),
        RepairOutcome.REFUSED: QT_TRANSLATE_NOOP("RepairNames", "quote refused"),
        RepairOutcome.CANCELLED: QT_TRANSLATE_NOOP("RepairNames", "cancelled"),
    },
)
# A ticket's channel and the module it was opened from (RepairSource) share their codes.
_REPAIR_CHANNELS = _words(
    lambda text: translate("RepairNames", text),
    {
        RepairChannel.HOTLINE: QT_TRANSLATE_NOOP("RepairNames", "Hotline"),
        RepairChannel.WALK_IN: QT_TRANSLATE_NOOP("RepairNames", "At the front desk"),
        RepairChannel.PATROL: QT_TRANSLATE_NOOP("RepairNames", "Found on patrol"),
        RepairChannel.INSPECTION: QT_TRANSLATE_NOOP("RepairNames", "Found in an inspection"),
        RepairChannel.COMPLAINT: QT_TRANSLATE_NOOP("RepairNames", "From a complaint"),
        RepairChannel.OTHER: QT_TRANSLATE_NOOP("RepairNames", "Other"),
    },
)
_ROUND_STATES = _words(
    lambda text: translate("PatrolNames", text),
    {
        RoundState.OPEN: QT_TRANSLATE_NOOP("PatrolNames", "Under way"),
        RoundState.FINISHED: QT_TRANSLATE_NOOP("PatrolNames", "Finished"),
        RoundState.ABANDONED: QT_TRANSLATE_NOOP("PatrolNames", "Abandoned"),
    },
)
_VERDICTS = _words(
    lambda text: translate("PatrolNames", text),
    {
        Verdict.ON_TIME: QT_TRANSLATE_NOOP("PatrolNames", "On time"),
        Verdict.LATE: QT_TRANSLATE_NOOP("PatrolNames", "Late"),
        Verdict.MISSED: QT_TRANSLATE_NOOP("PatrolNames", "Missed"),
        "": QT_TRANSLATE_NOOP("PatrolNames", "Extra round (no slot)"),
    },
)
_ROUND_SOURCES = _words(
    lambda text: translate("PatrolNames", text),
    {
        RoundSource.LIVE: QT_TRANSLATE_NOOP("PatrolNames", "Scanned at the station"),
        RoundSource.PAPER: QT_TRANSLATE_NOOP("PatrolNames", "Entered later from paper"),
        RoundSource.WAND: QT_TRANSLATE_NOOP("PatrolNames", "Imported from a patrol wand"),
    },
)
_FINDING_CATEGORIES = _words(
    lambda text: translate("PatrolNames", text),
    {
        FindingCategory.DOORS_WINDOWS: QT_TRANSLATE_NOOP("PatrolNames", "Doors and windows"),
        FindingCategory.FIRE_EQUIPMENT: QT_TRANSLATE_NOOP("PatrolNames", "Fire equipment"),
        FindingCategory.LIGHTING: QT_TRANSLATE_NOOP("PatrolNames", "Lighting"),
        FindingCategory.FACILITIES: QT_TRANSLATE_NOOP("PatrolNames", "Facilities"),
        FindingCategory.SECURITY: QT_TRANSLATE_NOOP("PatrolNames", "Security"),
        FindingCategory.HYGIENE: QT_TRANSLATE_NOOP("PatrolNames", "Hygiene"),
        FindingCategory.OTHER: QT_TRANSLATE_NOOP("PatrolNames", "Other"),
    },
)
_GATE_KINDS = _words(
    lambda text: translate("JournalModel", text),
    {
        GateEventKind.RESIDENT_ENTRY: QT_TRANSLATE_NOOP("JournalModel", "Resident entry"),
        GateEventKind.REFUSED_CARD: QT_TRANSLATE_NOOP("JournalModel", "Card refused"),
        GateEventKind.VISITOR_IN: QT_TRANSLATE_NOOP("JournalModel", "Visitor in"),
        GateEventKind.VISITOR_OUT: QT_TRANSLATE_NOOP("JournalModel", "Visitor out"),
        GateEventKind.VEHICLE_IN: QT_TRANSLATE_NOOP("JournalModel", "Vehicle in"),
        GateEventKind.VEHICLE_OUT: QT_TRANSLATE_NOOP("JournalModel", "Vehicle out"),
        GateEventKind.ITEM_IN: QT_TRANSLATE_NOOP("JournalModel", "Items in"),
        GateEventKind.ITEM_OUT: QT_TRANSLATE_NOOP("JournalModel", "Items out"),
        GateEventKind.PARKING_NOTICE: QT_TRANSLATE_NOOP("JournalModel", "Parking notice"),
    },
)
_AUTHORISATIONS = _words(
    lambda text: translate("JournalModel", text),
    {
        Authorisation.OWNER: QT_TRANSLATE_NOOP("JournalModel", "owner"),
        Authorisation.MANAGEMENT: QT_TRANSLATE_NOOP("JournalModel", "management"),
    },
)
_HOST_CONFIRMATIONS = _words(
    lambda text: translate("VisitorForm", text),
    {
        HostConfirmation.PHONE: QT_TRANSLATE_NOOP("VisitorForm", "By phone"),
        HostConfirmation.INTERCOM: QT_TRANSLATE_NOOP("VisitorForm", "By intercom"),
        HostConfirmation.IN_PERSON: QT_TRANSLATE_NOOP("VisitorForm", "In person"),
    },
)
_RESIDENT_KINDS = _words(
    lambda text: translate("ResidentsTableModel", text),
    {
        ResidentKind.OWNER: QT_TRANSLATE_NOOP("ResidentsTableModel", "Owner"),
        ResidentKind.TENANT: QT_TRANSLATE_NOOP("ResidentsTableModel", "Tenant"),
        ResidentKind.FAMILY: QT_TRANSLATE_NOOP("ResidentsTableModel", "Family member"),
    },
)
_CARD_STATUSES = _words(
    lambda text: translate("CardsTableModel", text),
    {
        CardStatus.ACTIVE: QT_TRANSLATE_NOOP("CardsTableModel", "Active"),
        CardStatus.LOST: QT_TRANSLATE_NOOP("CardsTableModel", "Lost"),
        CardStatus.REVOKED: QT_TRANSLATE_NOOP("CardsTableModel", "Revoked"),
        CardStatus.RETURNED: QT_TRANSLATE_NOOP("CardsTableModel", "Returned"),
    },
)
_SPACE_KINDS = _words(
    lambda text: translate("AuditNames", text),
    {
        "owned": QT_TRANSLATE_NOOP("AuditNames", "owned"),
        "rented": QT_TRANSLATE_NOOP("AuditNames", "rented"),
        "visitor": QT_TRANSLATE_NOOP("AuditNames", "for visitors"),
    },
)
_INQUIRY_KINDS = _words(
    lambda text: translate("InquiryNames", text),
    {
        InquiryKind.QUESTION: QT_TRANSLATE_NOOP("InquiryNames", "Question"),
        InquiryKind.SUGGESTION: QT_TRANSLATE_NOOP("InquiryNames", "Suggestion"),
    },
)
_INQUIRY_STATES = _words(
    lambda text: translate("AuditNames", text),
    {
        InquiryState.OPEN: QT_TRANSLATE_NOOP("AuditNames", "open"),
        InquiryState.ANSWERED: QT_TRANSLATE_NOOP("AuditNames", "answered"),
        InquiryState.CONVERTED: QT_TRANSLATE_NOOP("AuditNames", "converted"),
    },
)
_PASSWORD = _words(
    lambda text: translate("AuditNames", text),
    {"reset": QT_TRANSLATE_NOOP("AuditNames", "reset")},
)

# (kind of record, field) -> how its stored code reads.
CODES: Mapping[tuple[str, str], Namer] = {
    ("repair_ticket", "state"): _enum(RepairState, state_name),
    ("repair_ticket", "priority"): _enum(RepairPriority, priority_name),
    ("repair_ticket", "category"): _enum(RepairCategory, category_name),
    ("repair_ticket", "outcome"): _REPAIR_OUTCOMES,
    ("repair_ticket", "channel"): _REPAIR_CHANNELS,
    ("repair_ticket", "source_kind"): _REPAIR_CHANNELS,
    ("patrol_round", "state"): _ROUND_STATES,
    ("patrol_round", "verdict"): _VERDICTS,
    ("patrol_round", "source"): _ROUND_SOURCES,
    ("patrol_finding", "category"): _FINDING_CATEGORIES,
    ("gate_event", "kind"): _GATE_KINDS,
    ("gate_event", "authorisation"): _AUTHORISATIONS,
    ("gate_event", "host_confirmation"): _HOST_CONFIRMATIONS,
    ("release_authorisation", "authorisation"): _AUTHORISATIONS,
    ("resident", "kind"): _RESIDENT_KINDS,
    ("card", "status"): _CARD_STATUSES,
    ("parking_space", "kind"): _SPACE_KINDS,
    ("complaint", "state"): _enum(ComplaintState, complaint_names.state_name),
    ("complaint", "channel"): _enum(ComplaintChannel, complaint_names.channel_name),
    ("complaint", "category"): _enum(ComplaintCategory, complaint_names.category_name),
    ("complaint", "severity"): _enum(Severity, complaint_names.severity_name),
    ("complaint", "verdict"): _enum(ComplaintVerdict, complaint_names.verdict_name),
    ("complaint", "root_cause"): _enum(RootCause, complaint_names.root_cause_name),
    ("complaint", "follow_up_method"): _enum(FollowUpMethod, complaint_names.method_name),
    ("inquiry", "state"): _INQUIRY_STATES,
    ("inquiry", "kind"): _INQUIRY_KINDS,
    ("inquiry", "channel"): _enum(ComplaintChannel, complaint_names.channel_name),
    ("user", "role"): _enum(Role, role_name),
    ("user", "password"): _PASSWORD,
}


def value_text(row: AuditRow, field: str, value: Any) -> str:
    """A value of `row`'s before or after under `field`, as the user reads it."""
    if value is None:
        return ""
    name = row.name_of(field, value)
    if name is not None:
        return name
    code = CODES.get((row.entity, field))
    if code is not None and isinstance(value, str):
        return code(value)
    return plain_text(field, value)


def plain_text(field: str, value: Any) -> str:
    """A value that is no code nor a record's id: yes/no, money, area, a moment."""
    if isinstance(value, bool):
        return translate("AuditNames", "yes") if value else translate("AuditNames", "no")
    if isinstance(value, int) and field.endswith("_fen"):
        return yuan_text(value)
    if isinstance(value, int) and field.endswith("_centi_m2"):
        return translate("AuditNames", "{area} m²").format(area=f"{value / 100:.2f}")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return local_moment(text) or text


def local_moment(text: str) -> str:
    """An ISO moment with its zone (as audit rows write them) in local time to the
    second: 2026-03-01T01:02:03.456+00:00 → 2026-03-01 09:02:03 in Beijing; "" for
    anything else (a day stays a day)."""
    if len(text) < 19 or text[10] != "T":
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
