"""The drills' codes on screen: topics, kinds and the plan's states in the window's
language (context "DrillNames"), and the plan's state colours."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from propdesk.domain.drills.kinds import SessionKind, Topic
from propdesk.domain.drills.plan import PlanState

translate = QCoreApplication.translate

OVERDUE_COLOR = QColor("#b00020")
DUE_COLOR = QColor("#a15c00")
DONE_COLOR = QColor("#1b5e20")


def topic_name(topic: Topic) -> str:  # noqa: PLR0911 (one return per topic)
    if topic is Topic.FIRE_DRILL:
        return translate("DrillNames", "Fire drill")
    if topic is Topic.EVACUATION:
        return translate("DrillNames", "Evacuation drill")
    if topic is Topic.FLOOD:
        return translate("DrillNames", "Flood drill")
    if topic is Topic.LIFT_ENTRAPMENT:
        return translate("DrillNames", "Lift entrapment drill")
    if topic is Topic.OTHER_DRILL:
        return translate("DrillNames", "Other drill")
    if topic is Topic.FIRE_SAFETY:
        return translate("DrillNames", "Fire safety training")
    if topic is Topic.SERVICE:
        return translate("DrillNames", "Service manners training")
    if topic is Topic.SECURITY:
        return translate("DrillNames", "Security duties training")
    if topic is Topic.EQUIPMENT:
        return translate("DrillNames", "Equipment operation training")
    if topic is Topic.FIRST_AID:
        return translate("DrillNames", "First aid training")
    return translate("DrillNames", "Other training")


def kind_name(kind: SessionKind) -> str:
    if kind is SessionKind.DRILL:
        return translate("DrillNames", "Drill")
    return translate("DrillNames", "Training")


def state_name(state: PlanState) -> str:
    if state is PlanState.PLANNED:
        return translate("DrillNames", "Planned")
    if state is PlanState.DUE:
        return translate("DrillNames", "Due")
    if state is PlanState.OVERDUE:
        return translate("DrillNames", "Overdue")
    if state is PlanState.DONE:
        return translate("DrillNames", "Done")
    return translate("DrillNames", "Done late")


def state_color(state: PlanState) -> QColor | None:
    if state is PlanState.OVERDUE:
        return OVERDUE_COLOR
    if state in (PlanState.DUE, PlanState.DONE_LATE):
        return DUE_COLOR
    if state is PlanState.DONE:
        return DONE_COLOR
    return None


def default_note(code: str) -> str:
    """The default plan's note for an entry (domain.drills.plan.default_plan)."""
    if code == "half_yearly_fire":
        return translate("DrillNames", "At least once every half year")
    if code == "before_rainy_season":
        return translate("DrillNames", "Before the rainy season")
    if code == "quarterly_training":
        return translate("DrillNames", "Training every quarter")
    return translate("DrillNames", "Once a year")


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def minutes_text(minutes: int) -> str:
    return translate("DrillNames", "{n} min").format(n=minutes)
