"""What the inspections' codes are called on screen: the checklists' kinds and
frequencies, an item's result, a notice's state, and an inspection's outcome in words.

The English names are marked with QT_TRANSLATE_NOOP in one literal context
("InspectionNames") and translated when shown, so the entry dialog, the list, the
detail and the tab's other pages say a kind the same way. The Chinese kinds follow the
work plan's glossary: 消防设施, 房屋本体, 给排水, 供配电, 电梯, 公共区域消防, 保洁, 绿化,
垃圾分类 (the translator fills the catalogues from these English words).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.templates import TemplateItem
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.inspections.views import InspectionRow

translate = QCoreApplication.translate

KIND_NAMES: dict[InspectionKind, str] = {
    InspectionKind.FIRE_EQUIPMENT: QT_TRANSLATE_NOOP("InspectionNames", "Fire equipment"),
    InspectionKind.BUILDING: QT_TRANSLATE_NOOP("InspectionNames", "Building fabric"),
    InspectionKind.WATER_DRAINAGE: QT_TRANSLATE_NOOP("InspectionNames", "Water and drainage"),
    InspectionKind.POWER: QT_TRANSLATE_NOOP("InspectionNames", "Power supply"),
    InspectionKind.LIFTS: QT_TRANSLATE_NOOP("InspectionNames", "Lifts"),
    InspectionKind.PUBLIC_FIRE_SAFETY: QT_TRANSLATE_NOOP(
        "InspectionNames", "Fire safety in public areas"
    ),
    InspectionKind.CLEANING: QT_TRANSLATE_NOOP("InspectionNames", "Cleaning"),
    InspectionKind.GREENING: QT_TRANSLATE_NOOP("InspectionNames", "Greening"),
    InspectionKind.GARBAGE_SORTING: QT_TRANSLATE_NOOP("InspectionNames", "Garbage sorting"),
}

FREQUENCY_NAMES: dict[Frequency, str] = {
    Frequency.DAILY: QT_TRANSLATE_NOOP("InspectionNames", "Daily"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("InspectionNames", "Weekly"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("InspectionNames", "Monthly"),
    Frequency.QUARTERLY: QT_TRANSLATE_NOOP("InspectionNames", "Quarterly"),
}

RESULT_NAMES: dict[ItemResult, str] = {
    ItemResult.PASS: QT_TRANSLATE_NOOP("InspectionNames", "Pass"),
    ItemResult.FAIL: QT_TRANSLATE_NOOP("InspectionNames", "Fail"),
    ItemResult.NOT_APPLICABLE: QT_TRANSLATE_NOOP("InspectionNames", "N/A"),
}

NOTICE_STATE_NAMES: dict[RectificationState, str] = {
    RectificationState.OPEN: QT_TRANSLATE_NOOP("InspectionNames", "Open"),
    RectificationState.FIXED: QT_TRANSLATE_NOOP("InspectionNames", "Fixed, awaiting re-inspection"),
    RectificationState.CLOSED: QT_TRANSLATE_NOOP("InspectionNames", "Closed"),
    RectificationState.VOIDED: QT_TRANSLATE_NOOP("InspectionNames", "Voided"),
}


def kind_name(kind: InspectionKind) -> str:
    return translate("InspectionNames", KIND_NAMES[kind])


def frequency_name(frequency: Frequency) -> str:
    return translate("InspectionNames", FREQUENCY_NAMES[frequency])


def result_name(result: ItemResult | None) -> str:
    """ "" for no result (a text item, an optional item left blank)."""
    return translate("InspectionNames", RESULT_NAMES[result]) if result is not None else ""


def notice_state_name(state: RectificationState | None) -> str:
    return translate("InspectionNames", NOTICE_STATE_NAMES[state]) if state is not None else ""


def outcome_text(row: InspectionRow) -> str:
    """The inspection's result in words, so it does not rest on the colour alone."""
    if row.voided:
        return translate("InspectionNames", "Voided")
    if row.passed:
        return translate("InspectionNames", "Passed")
    return translate("InspectionNames", "{n} failed").format(n=row.items_failed)


def number_text(value: Decimal) -> str:
    """A reading or a limit as typed: 1.20 stays 1.20, 1E+1 reads 10."""
    return format(value, "f")


def limits_text(item: TemplateItem) -> str:
    """A number item's limits as the inspector reads them off the gauge: "1.0–1.4 MPa",
    "≥ 0.1 MPa", "≤ 40 °C"; "" without limits."""
    unit = f" {item.unit}" if item.unit else ""
    if item.low is not None and item.high is not None:
        return f"{number_text(item.low)}–{number_text(item.high)}{unit}"
    if item.low is not None:
        return f"≥ {number_text(item.low)}{unit}"
    if item.high is not None:
        return f"≤ {number_text(item.high)}{unit}"
    return item.unit


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""
