"""The rectification notice (整改通知单) to print preview, in the window's language:
filled from what the notices' page shows (RectificationInfo) and laid out by
reports.inspections.rectification_notice as a slip, so the preview is the PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.reports.inspections.notice_model import RectificationNotice
from propdesk.reports.inspections.rectification_notice import rectification_notice_slip
from propdesk.services.inspections.views import RectificationInfo
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets.slip_printing import preview_slip


def notice_of(info: RectificationInfo, estate: str) -> RectificationNotice:
    return RectificationNotice(
        number=info.number,
        estate=estate,
        issued_at=info.issued_at,
        issued_by=info.issued_by,
        department=info.department,
        inspection_number=info.inspection_number,
        template_name=info.template_name,
        area=info.area,
        item_text=info.item_text,
        finding=info.finding,
        fix=info.what_to_fix,
        deadline=info.deadline,
        state=info.state.value,
        equipment_code=info.equipment_code,
    )


def preview_notice(parent: QWidget, info: RectificationInfo, estate: str) -> None:
    slip = rectification_notice_slip(notice_of(info, estate), ui_language())
    preview_slip(parent, slip, info.number)
