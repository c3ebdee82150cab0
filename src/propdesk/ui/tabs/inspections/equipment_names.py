"""What the equipment register's codes are called on screen: the kinds, the expiry
states and the list's due filters. The English kind names are those of the import
sheet (services.inspections.equipment_sheet), so a kind reads the same on screen, in
the template and on the printed label.

Every name is looked up through a literal context ("EquipmentNames"): lupdate only
extracts those, and the panel, the model and the form share one set of words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.domain.inspections.equipment import EXPIRING_DAYS, EquipmentKind, ExpiryState
from propdesk.services.inspections.equipment import DueFilter

translate = QCoreApplication.translate


def kind_name(kind: EquipmentKind) -> str:
    names = {
        EquipmentKind.EXTINGUISHER: translate("EquipmentNames", "Fire extinguisher"),
        EquipmentKind.HYDRANT: translate("EquipmentNames", "Hydrant"),
        EquipmentKind.ALARM_PANEL: translate("EquipmentNames", "Fire alarm panel"),
        EquipmentKind.SMOKE_DETECTOR: translate("EquipmentNames", "Smoke detector"),
        EquipmentKind.SPRINKLER: translate("EquipmentNames", "Sprinkler"),
        EquipmentKind.EMERGENCY_LIGHT: translate("EquipmentNames", "Emergency light"),
        EquipmentKind.EXIT_SIGN: translate("EquipmentNames", "Exit sign"),
        EquipmentKind.FIRE_DOOR: translate("EquipmentNames", "Fire door"),
        EquipmentKind.LIFT: translate("EquipmentNames", "Lift"),
        EquipmentKind.PUMP: translate("EquipmentNames", "Pump"),
        EquipmentKind.WATER_TANK: translate("EquipmentNames", "Water tank"),
        EquipmentKind.SWITCHGEAR: translate("EquipmentNames", "Switchgear"),
        EquipmentKind.GENERATOR: translate("EquipmentNames", "Generator"),
        EquipmentKind.CCTV: translate("EquipmentNames", "CCTV"),
        EquipmentKind.OTHER: translate("EquipmentNames", "Other"),
    }
    return names[kind]


def state_name(state: ExpiryState) -> str:
    """The state column's words: the colour alone would not do (printouts in grey,
    colour-blind readers)."""
    names = {
        ExpiryState.NO_EXPIRY: translate("EquipmentNames", "No date"),
        ExpiryState.VALID: translate("EquipmentNames", "In date"),
        ExpiryState.EXPIRING: translate("EquipmentNames", "Expiring"),
        ExpiryState.EXPIRED: translate("EquipmentNames", "Expired"),
    }
    return names[state]


def due_filter_name(due: DueFilter) -> str:
    names = {
        DueFilter.ALL: translate("EquipmentNames", "All items"),
        DueFilter.EXPIRING: translate("EquipmentNames", "Expiring within {days} days").format(
            days=EXPIRING_DAYS
        ),
        DueFilter.EXPIRED: translate("EquipmentNames", "Expired"),
    }
    return names[due]
