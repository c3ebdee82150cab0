"""A complaint's timeline (处理记录): every step, when, who recorded it (by name), its
round and what it said, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.domain.complaints.kinds import FollowUpMethod, RootCause, Verdict
from propdesk.domain.complaints.workflow import ComplaintStep
from propdesk.services.complaints.detail import TimelineEntry
from propdesk.ui.complaint_names import (
    local_time,
    method_name,
    root_cause_name,
    step_name,
    verdict_name,
)
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column

translate = QCoreApplication.translate


def step_text(entry: TimelineEntry) -> str:
    """The step; a verdict says which (the round it sent back is in its own column)."""
    verdict = str(entry.fields.get("verdict", ""))
    if entry.step is ComplaintStep.VERDICT and verdict in Verdict._value2member_map_:
        return translate("ComplaintTimeline", "{step}: {verdict}").format(
            step=step_name(entry.step), verdict=verdict_name(Verdict(verdict))
        )
    return step_name(entry.step)


def _field_texts(entry: TimelineEntry) -> list[str]:
    """What the step recorded, in words (ids of people are named in the detail)."""
    f = entry.fields
    texts: list[str] = []
    for key in ("investigation", "resolution", "reason", "root_cause_text", "corrective_action"):
        if f.get(key):
            texts.append(str(f[key]))
    cause = str(f.get("root_cause", ""))
    if cause in RootCause._value2member_map_:
        texts.insert(0, root_cause_name(RootCause(cause)))
    if entry.step is ComplaintStep.FOLLOW_UP:
        method = str(f.get("method", ""))
        if method in FollowUpMethod._value2member_map_:
            texts.append(method_name(FollowUpMethod(method)))
        if f.get("result"):
            texts.append(str(f["result"]))
        if f.get("rating"):
            texts.append(translate("ComplaintTimeline", "rating {n}/5").format(n=f["rating"]))
    if f.get("ticket"):
        texts.append(str(f["ticket"]))
    return texts


def note_text(entry: TimelineEntry) -> str:
    return " · ".join(p for p in (*_field_texts(entry), entry.note) if p)


def login_text(entry: TimelineEntry) -> str:
    return translate("ComplaintTimeline", "Login: {login}").format(login=entry.username)


class ComplaintTimelineModel(DtoTableModel[TimelineEntry]):
    COL_AT, COL_STEP, COL_WHO, COL_ROUND, COL_NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("When"), lambda e: local_time(e.at)),
                Column(self.tr("Step"), step_text),
                # The person's name; the login (what the audit log keeps) as its tooltip.
                Column(self.tr("Who"), lambda e: e.user_name, tooltip=login_text),
                count_column(self.tr("Round"), lambda e: e.round),
                Column(self.tr("Note"), note_text, tooltip=note_text),
            ]
        )
