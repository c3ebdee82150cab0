"""The assessments' tables: the list (newest assessed first) and one assessment's
spot checks with the notice each opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.domain.inspections.rectification import RectificationState
from propdesk.services.assessments.views import AssessmentRow, CheckLine
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column

translate = QCoreApplication.translate


def local_time(moment: Any) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def state_name(row: AssessmentRow) -> str:
    if row.voided:
        return translate("AssessmentNames", "Voided")
    if row.finalised:
        return translate("AssessmentNames", "Finalised")
    return translate("AssessmentNames", "In progress")


def notice_state_name(state: RectificationState) -> str:
    names = {
        RectificationState.OPEN: translate("AssessmentNames", "open"),
        RectificationState.FIXED: translate("AssessmentNames", "fix reported"),
        RectificationState.CLOSED: translate("AssessmentNames", "closed"),
        RectificationState.VOIDED: translate("AssessmentNames", "voided"),
    }
    return names[state]


def notice_text(line: CheckLine) -> str:
    notice = line.notice
    if notice is None:
        return ""
    text = f"{notice.number} · {notice_state_name(notice.state)}"
    if notice.overdue:
        text += translate("AssessmentNames", " · overdue")
    return text


class AssessmentTableModel(DtoTableModel[AssessmentRow]):
    (
        COL_NUMBER,
        COL_MONTH,
        COL_DEPARTMENT,
        COL_SCORE,
        COL_DEDUCTED,
        COL_CHECKS,
        COL_ASSESSOR,
        COL_AT,
        COL_STATE,
    ) = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Month"), lambda r: r.month),
                Column(self.tr("Department"), lambda r: r.department),
                count_column(self.tr("Score"), lambda r: r.score),
                count_column(self.tr("Deducted"), lambda r: r.deducted),
                count_column(self.tr("Spot checks"), lambda r: r.checks),
                Column(self.tr("Assessor"), lambda r: r.assessor_name),
                Column(self.tr("Assessed"), lambda r: local_time(r.assessed_at)),
                Column(self.tr("State"), state_name, tooltip=lambda r: r.void_reason),
            ]
        )

    def is_inactive(self, row: AssessmentRow) -> bool:
        return row.voided


class CheckTableModel(DtoTableModel[CheckLine]):
    (COL_NO, COL_ITEM, COL_PLACE, COL_FINDING, COL_DEDUCTED, COL_AT, COL_NOTICE) = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                count_column(self.tr("No."), lambda r: r.position),
                Column(self.tr("Item"), lambda r: r.item_text, tooltip=lambda r: r.item_text),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("Finding"), lambda r: r.finding, tooltip=lambda r: r.finding),
                count_column(self.tr("Deducted"), lambda r: r.deducted),
                Column(self.tr("Checked"), lambda r: local_time(r.checked_at)),
                Column(self.tr("Rectification notice"), notice_text),
            ]
        )

    def is_flagged(self, row: CheckLine) -> bool:
        notice = row.notice
        return notice is not None and notice.overdue
