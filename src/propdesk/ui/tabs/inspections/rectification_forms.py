"""The small forms of a rectification notice: the department's "fixed" with its note,
and voiding with a reason (a manager's right). Each calls the service on OK and keeps
what it returned (`saved`), so the page shows the notice as it is now."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from propdesk.services.core.actor import Actor
from propdesk.services.inspections.rectifications import MAX_NOTE, RectificationService
from propdesk.services.inspections.views import RectificationInfo
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.reason_dialog import ReasonDialog


class FixReportDialog(FormDialog):
    def __init__(
        self,
        notices: RectificationService,
        actor: Actor,
        notice: RectificationInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Fix reported: {number}").format(number=notice.number), parent)
        self.setObjectName("notice_fix_dialog")
        self.saved: RectificationInfo | None = None
        self.set_intro(
            self.tr(
                "{item} ({area}) is reported fixed now. The notice closes only when a "
                "re-inspection by someone else passes the item."
            ).format(item=notice.item_text, area=notice.area)
        )
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("fix_note")
        self.note_edit.setMaxLength(MAX_NOTE)  # what the service keeps
        self.note_edit.setPlaceholderText(self.tr("What was done (optional)"))
        self.form.add_field("fix_note", self.tr("Note"), self.note_edit)

        def save() -> None:
            self.saved = notices.report_fixed(actor, notice.id, self.note_edit.text())

        self.on_save(save)
        self.fields_first_in_tab_order()
        self.tab_through_fields()


class VoidNoticeDialog(ReasonDialog):
    saved: RectificationInfo | None = None

    def __init__(
        self,
        notices: RectificationService,
        actor: Actor,
        notice: RectificationInfo,
        parent: QWidget | None = None,
    ) -> None:
        def void(reason: str) -> None:
            self.saved = notices.void(actor, notice.id, reason)

        super().__init__(
            self.tr("Void notice {number}").format(number=notice.number),
            self.tr("Reason"),
            void,
            parent,
        )
        self.setObjectName("notice_void_dialog")
        self.fields_first_in_tab_order()
        self.tab_through_fields()
