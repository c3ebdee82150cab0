"""Print preview of the week's work sheet (A4 landscape) in the window's language. The
PDF is written into a temporary folder, shown in the preview (its Print button prints
the very pages) and removed when the preview closes, as the inspections' papers are."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from propdesk.services.worklogs.views import WeekPlan
from propdesk.ui.i18n import ui_language

translate = QCoreApplication.translate


def write_week_sheet(plan: WeekPlan, estate: str, target: Path, now: datetime | None = None) -> int:
    """The sheet as a PDF at `target`; returns the pages written."""
    # reportlab loads (~0.3 s) only when something is printed.
    from propdesk.reports.monthly.worklogs_values import WorklogAreaLine
    from propdesk.reports.worklogs.week_sheet import WeekLine, week_sheet_pdf

    lines = [
        WeekLine(r.trade, r.area, r.task_name, r.schedule, r.cells, r.notes) for r in plan.rows
    ]
    areas = [WorklogAreaLine(a.trade, a.area, a.completion) for a in plan.areas]
    areas += [WorklogAreaLine(trade, "", done) for trade, done in plan.trades]
    with target.open("wb") as file:
        return week_sheet_pdf(
            estate,
            plan.monday,
            lines,
            areas,
            now or datetime.now().astimezone(),
            ui_language(),
            file,
        )


def preview_week_sheet(parent: QWidget | None, plan: WeekPlan, estate: str) -> bool:
    with tempfile.TemporaryDirectory(prefix="propdesk-worklogs-") as folder:
        target = Path(folder) / "week.pdf"
        write_week_sheet(plan, estate, target)
        from propdesk.ui.widgets.pdf_preview import preview_pdf  # PDFium: only when printing

        title = translate("WorklogPrinting", "Week's work sheet from {monday}").format(
            monday=plan.monday.isoformat()
        )
        preview_pdf(parent, target, title)
    return True
