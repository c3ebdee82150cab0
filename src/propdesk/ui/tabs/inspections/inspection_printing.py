"""Print preview of a blank checklist (空白检查表): a template on A4 for an inspector
who walks with paper and types the results in afterwards, in the window's language
(the template's own words print as they are). The area is printed when chosen, else
a line is left to write it on.

The PDF is written into a temporary folder, shown in the preview (its Print button
prints the very pages) and removed when the preview closes, as the patrol's papers
are (ui/tabs/patrol/patrol_printing.py).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.ui.i18n import ui_language

translate = QCoreApplication.translate


def write_blank_checklist(template: TemplateInfo, estate: str, area: str, target: Path) -> int:
    """The checklist as an A4 PDF at `target`; returns the pages written."""
    # reportlab loads (~0.3 s) only when something is printed.
    from propdesk.reports.inspections.blank_checklist import blank_checklist_pdf

    with target.open("wb") as file:
        return blank_checklist_pdf(template.template, estate, ui_language(), file, area=area)


def preview_blank_checklist(
    parent: QWidget | None, services: Services, template: TemplateInfo, area: str = ""
) -> bool:
    """Preview the template's blank checklist (for `area`, or with a line for it)."""
    estate = services.estate.get()
    with tempfile.TemporaryDirectory(prefix="propdesk-inspection-") as folder:
        target = Path(folder) / "checklist.pdf"
        write_blank_checklist(template, estate.name if estate else "", area, target)
        # pypdfium2 loads PDFium (~0.1 s): only when something is printed.
        from propdesk.ui.widgets.pdf_preview import preview_pdf

        title = translate("InspectionPrinting", "Blank checklist: {name}").format(
            name=template.name
        )
        preview_pdf(parent, target, title)
    return True
