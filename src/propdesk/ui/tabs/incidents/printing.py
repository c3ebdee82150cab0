"""The incident report (事件报告) to print preview, in the window's language: laid out
by reports.incidents.incident_report as a slip, so the preview is the PDF."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.services.core.actor import Actor
from propdesk.services.incidents.service import IncidentServices
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets.slip_printing import SlipPreviewDialog, build_slip_preview


def report_preview(
    parent: QWidget, doors: IncidentServices, actor: Actor, incident_id: uuid.UUID, number: str
) -> SlipPreviewDialog:
    """The preview dialog, not yet shown (the tab opens it; tests look at it)."""
    slip = doors.prints.report(actor, incident_id, ui_language())
    return build_slip_preview(parent, slip, number)
