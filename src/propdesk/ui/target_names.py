"""The service targets as people read them (the catalogue speaks in keys: hygiene,
repair_arrival …), for the dashboard and the targets' settings alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.domain.service_targets import TargetKey

translate = QCoreApplication.translate


def target_name(key: TargetKey) -> str:
    names = {
        TargetKey.SAFETY_INCIDENTS: translate("TargetNames", "Safety incidents"),
        TargetKey.FIRE_EQUIPMENT: translate("TargetNames", "Fire equipment intact"),
        TargetKey.HYGIENE: translate("TargetNames", "Cleaning compliance"),
        TargetKey.GREENING: translate("TargetNames", "Greening compliance"),
        TargetKey.SATISFACTION: translate("TargetNames", "Owner satisfaction"),
        TargetKey.SURVEYS: translate("TargetNames", "Satisfaction surveys"),
        TargetKey.COMMUNITY_EVENTS: translate("TargetNames", "Community events"),
        TargetKey.PATROLS: translate("TargetNames", "Patrols on schedule"),
        TargetKey.REPAIR_ARRIVAL: translate("TargetNames", "Repairs reached in time"),
        TargetKey.COMPLAINTS_IN_TIME: translate("TargetNames", "Complaints answered in time"),
    }
    return names[key]
