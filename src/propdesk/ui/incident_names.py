"""What a safety incident's codes are called on screen, wherever an incident shows:
the incidents tab, and the patrol and gate tabs that open one from their record and
show its number. One table, so a kind reads the same everywhere; the translation
context stays "IncidentNames"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.domain.incidents.kinds import IncidentKind, IncidentState
from propdesk.services.core.handoffs import LinkedIncident

translate = QCoreApplication.translate


def kind_name(kind: IncidentKind) -> str:
    names = {
        IncidentKind.THEFT: translate("IncidentNames", "Theft"),
        IncidentKind.INTRUSION: translate("IncidentNames", "Intrusion"),
        IncidentKind.FIGHT: translate("IncidentNames", "Fight"),
        IncidentKind.FIRE: translate("IncidentNames", "Fire"),
        IncidentKind.DISASTER: translate("IncidentNames", "Natural disaster"),
        IncidentKind.ACCIDENT: translate("IncidentNames", "Accident"),
        IncidentKind.OTHER: translate("IncidentNames", "Other"),
    }
    return names[kind]


def state_name(state: IncidentState) -> str:
    names = {
        IncidentState.OPEN: translate("IncidentNames", "Open"),
        IncidentState.CLOSED: translate("IncidentNames", "Closed"),
        IncidentState.VOIDED: translate("IncidentNames", "Voided"),
    }
    return names[state]


def linked_text(incident: LinkedIncident | None) -> str:
    """An incident opened from a record, as that record's row shows it."""
    if incident is None:
        return ""
    if incident.closed:
        return translate("IncidentNames", "{number} (closed)").format(number=incident.number)
    return incident.number
