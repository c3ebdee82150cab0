"""The assessment sheet (考核表) to print preview, filled or blank, in the window's
language: the PDF is written to a temporary folder, shown (its Print button prints
the very pages) and removed when the preview closes."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from propdesk.reports.assessments.sheet_model import AssessmentSheet, SheetItem
from propdesk.services.assessments.views import AssessmentDetail, StandardInfo, YearTrend
from propdesk.ui.i18n import ui_language

translate = QCoreApplication.translate


def sheet_of(detail: AssessmentDetail, estate: str, trend: YearTrend | None) -> AssessmentSheet:
    row = detail.row
    items = []
    for item in detail.standard.items:
        checks = [c for c in detail.checks if c.item_key == item.key and c.deducted]
        items.append(
            SheetItem(
                item.text,
                item.points,
                sum(c.deducted for c in checks),
                tuple(f"{c.place}：{c.finding}（-{c.deducted}）" for c in checks),
            )
        )
    line = None
    if trend is not None:
        line = next((t for t in trend.lines if t.department_code == row.department_code), None)
    state = "voided" if row.voided else "final" if row.finalised else "open"
    notices = tuple(n.number for c in detail.checks for n in c.notices)
    return AssessmentSheet(
        estate,
        row.department,
        row.month,
        detail.standard_name,
        detail.standard_version,
        tuple(items),
        row.number,
        row.assessor_name,
        row.assessed_at,
        row.total_points,
        row.deducted,
        row.score,
        state,
        detail.remarks,
        notices,
        trend.year if trend is not None else None,
        line.scores if line is not None else (),
    )


def blank_sheet_of(info: StandardInfo, estate: str, month: date) -> AssessmentSheet:
    return AssessmentSheet(
        estate,
        info.department_name,
        f"{month.year:04d}-{month.month:02d}",
        info.name,
        info.version,
        tuple(SheetItem(i.text, i.points, None) for i in info.standard.items),
        total=info.total,
    )


def write_sheet(sheet: AssessmentSheet, target: Path) -> int:
    from propdesk.reports.assessments.sheet_pdf import assessment_sheet_pdf  # reportlab

    with target.open("wb") as file:
        return assessment_sheet_pdf(sheet, ui_language(), file)


def preview_sheet(parent: QWidget | None, sheet: AssessmentSheet) -> None:
    with tempfile.TemporaryDirectory(prefix="propdesk-assessment-") as folder:
        target = Path(folder) / "assessment.pdf"
        write_sheet(sheet, target)
        from propdesk.ui.widgets.pdf_preview import preview_pdf

        title = translate("AssessmentPrinting", "Assessment sheet: {department} {month}").format(
            department=sheet.department, month=sheet.month
        )
        preview_pdf(parent, target, title)
