"""The surveys' codes as the window names them (the papers have their own words in
reports.surveys.labels)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.rounds import RoundState

translate = QCoreApplication.translate


def area_name(area: Area | None) -> str:
    names = {
        Area.SECURITY: translate("SurveyNames", "Security"),
        Area.CLEANING: translate("SurveyNames", "Cleaning"),
        Area.GREENING: translate("SurveyNames", "Landscaping"),
        Area.ENGINEERING: translate("SurveyNames", "Engineering and repairs"),
        Area.CUSTOMER_SERVICE: translate("SurveyNames", "Customer service"),
    }
    return names[area] if area is not None else translate("SurveyNames", "General")


def state_name(state: RoundState) -> str:
    names = {
        RoundState.OPEN: translate("SurveyNames", "Open"),
        RoundState.CLOSED: translate("SurveyNames", "Closed"),
        RoundState.VOIDED: translate("SurveyNames", "Voided"),
    }
    return names[state]


def percent(value: Decimal | None) -> str:
    """97.5 → "97.5%"; None (nothing to divide by) → "–"."""
    return "–" if value is None else f"{value:.1f}%"
