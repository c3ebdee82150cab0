"""The lobby notice (活动通知) to print preview, in the window's language: first a small
form for the optional QR code's text (a sign-up link or a phone number; empty for
none), then the A4 notice laid out by reports.events.lobby_notice, written into a
temporary folder and previewed; the preview's Print button prints the very page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from propdesk.reports.events.notice_model import LobbyNotice
from propdesk.services.core.actor import Actor
from propdesk.services.events.inputs import QR_MAX
from propdesk.services.events.notices import EventNoticeService
from propdesk.services.events.views import EventDetail
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets.form_dialog import FormDialog

translate = QCoreApplication.translate


def write_notice(notice: LobbyNotice, lang: str, target: Path) -> int:
    # reportlab loads (~0.3 s) only when a notice is printed.
    from propdesk.reports.events.lobby_notice import lobby_notice_pdf

    with target.open("wb") as file:
        return lobby_notice_pdf(notice, lang, file)


def preview_notice(parent: QWidget, notice: LobbyNotice) -> None:
    with tempfile.TemporaryDirectory(prefix="propdesk-event-") as folder:
        target = Path(folder) / f"{notice.number}.pdf"
        write_notice(notice, ui_language(), target)
        from propdesk.ui.widgets.pdf_preview import preview_pdf  # PDFium: when printing

        preview_pdf(parent, target, translate("NoticeForm", "Event notice"))


class NoticeForm(FormDialog):
    """Asks for the QR code's text, then shows the preview (after the form closes)."""

    notice: LobbyNotice | None = None

    def __init__(
        self,
        notices: EventNoticeService,
        actor: Actor,
        detail: EventDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Event notice"), parent)
        self.setObjectName("event_notice_form")
        self._notices = notices
        self._actor = actor
        self.detail = detail
        self.set_intro(
            self.tr(
                "The notice for the lobby: {theme}. A QR code is printed when you give its text."
            ).format(theme=detail.row.theme)
        )
        self.qr_edit = self.form.add_line_edit(
            "qr_text", self.tr("QR code"), self.tr("sign-up link or phone number (optional)")
        )
        self.qr_edit.setMaxLength(QR_MAX)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        self.notice = self._notices.notice(self._actor, self.detail.id, self.qr_edit.text())
