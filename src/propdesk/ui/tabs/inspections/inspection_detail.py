"""One recorded inspection (巡检记录): its facts at the top, its items below, and for the
selected failed item what the office does about it — "Rectification notice…" (a
department is to fix it by a deadline) and "Repair ticket…" (the repair team's work,
when the console has the repairs module). The buttons are there for the roles that
record inspections; each is enabled only for a failed item of a live inspection that
does not have one yet (the service checks it all again).

The forms open without blocking the window, one at a time; what they made shows in
the items at once (the detail is read again) and is announced (`notice_issued`,
`ticket_opened`) for the pages that list notices and tickets.

Under the items, the selected item's photos (photo_strip) and "Add photo…" for the
same roles on a live inspection, when the console keeps photos (it has a data folder).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from propdesk.domain.inspections.kinds import ItemResult
from propdesk.domain.inspections.rectification import LIVE_STATES
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.services.inspections.photos import MAX_PER_ITEM
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import (
    InspectionDetail,
    ItemLine,
    PhotoRef,
    RectificationInfo,
)
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.inspections.inspection_detail_model import InspectionDetailItemsModel
from propdesk.ui.tabs.inspections.inspection_items_model import FAIL_COLOR, PASS_COLOR
from propdesk.ui.tabs.inspections.inspection_names import kind_name, local_time, outcome_text
from propdesk.ui.tabs.inspections.notice_form import NoticeForm
from propdesk.ui.tabs.inspections.ticket_form import TicketForm
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.photos.photo_strip import PhotoStrip
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.tab_order import chain_tab_order

FACT_COLUMNS = 3  # label/value pairs side by side: the facts take few lines
# What "Add photo…" offers; the photo store judges a file by its bytes, not its name.
# Upper case too: cameras and phones name their files IMG_0001.JPG, and file dialogs
# match names case-sensitively on Linux.
PHOTO_PATTERNS = ("*.jpg", "*.jpeg", "*.png", "*.heic", "*.heif", "*.webp")


class InspectionDetailPanel(QWidget):
    # A notice issued for an item (RectificationInfo); a ticket opened (LinkedTicket).
    notice_issued = Signal(object)
    ticket_opened = Signal(object)

    def __init__(
        self,
        doors: InspectionServices,
        actor: Actor,
        services: Services,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inspection_detail")
        self._doors = doors
        self._actor = actor
        self._services = services
        self.detail: InspectionDetail | None = None
        self.may_act = actor.may(Module.INSPECTIONS, Action.CREATE)
        self.forms = OneFormAtATime(self, self._focus_items)

        self.title = QLabel()
        self.title.setObjectName("inspection_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self._fact_labels: dict[str, QLabel] = {}
        self._build_facts()
        self.model = InspectionDetailItemsModel(self)
        self.view = record_table(
            self.model, "inspection_detail_items", stretch=[InspectionDetailItemsModel.COL_ITEM]
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # One line per item, as the other lists: the whole checklist at a glance.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.notice_button = push_button(
            self.tr("Rectification notice…"), self.open_notice_form, "inspection_notice"
        )
        self.ticket_button = push_button(
            self.tr("Repair ticket…"), self.open_ticket_form, "inspection_ticket"
        )
        self.notice_button.setVisible(self.may_act)
        self.ticket_button.setVisible(self.may_act and doors.inspections.opens_tickets)
        self.hint = QLabel(self.tr("Choose a failed item for a notice or a ticket."))
        self.hint.setEnabled(False)  # greyed: a hint, not data
        self.hint.setVisible(self.may_act)
        self._build_photos()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addWidget(self.view, 1)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photo_strip, 1)
        photos_row.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(photos_row)
        layout.addLayout(left_row(self.notice_button, self.ticket_button, self.hint))
        # Reading order: the items, their photos, then what to do about an item.
        chain_tab_order(
            (self.view, self.photo_strip, self.photo_button, self.notice_button, self.ticket_button)
        )
        self.show_detail(None)

    def _build_facts(self) -> None:
        names = (
            ("time", self.tr("Inspected at")),
            ("checklist", self.tr("Checklist")),
            ("kind", self.tr("Kind")),
            ("area", self.tr("Area")),
            ("inspector", self.tr("Inspector")),
            ("recorded_by", self.tr("Recorded by")),
            ("result", self.tr("Result")),
            ("reinspection", self.tr("Re-inspection of")),
            ("notes", self.tr("Notes")),
        )
        for n, (key, text) in enumerate(names):
            row, pair = divmod(n, FACT_COLUMNS)
            label = QLabel(text)
            label.setEnabled(False)  # greyed: the name, the value in black beside it
            value = QLabel()
            value.setObjectName(f"inspection_{key}")
            value.setWordWrap(True)
            self.facts.addWidget(label, row, pair * 2)
            self.facts.addWidget(value, row, pair * 2 + 1)
            self.facts.setColumnStretch(pair * 2 + 1, 1)
            self._fact_labels[key] = value

    def _build_photos(self) -> None:
        keeps_photos = self._doors.photos.available
        self.photo_strip = PhotoStrip(self._doors.photos, self)
        self.photo_strip.setVisible(keeps_photos)
        self.photo_button = push_button(
            self.tr("Add photo…"), self.add_photo, "inspection_add_photo"
        )
        self.photo_button.setVisible(self.may_act and keeps_photos)
        self._photo_folder = QDir.homePath()  # then where the last photo came from

    # -- showing ---------------------------------------------------------------------------
    def fact(self, key: str) -> str:
        return self._fact_labels[key].text()

    def show_inspection(self, inspection_id: uuid.UUID) -> bool:
        """Read the inspection and show it; False (the user told why) when it cannot be."""
        try:
            detail = self._doors.inspections.detail(self._actor, inspection_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.show_detail(detail)
        return True

    def show_detail(self, detail: InspectionDetail | None) -> None:
        keep = self.selected_line()
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("Choose an inspection in the list."))
            for label in self._fact_labels.values():
                label.clear()
            self.model.set_rows([])
            self._enable()
            return
        row = detail.row
        self.title.setText(
            self.tr("Inspection {number}").format(number=row.number)
            if not row.voided
            else self.tr("Inspection {number} (voided)").format(number=row.number)
        )
        values = {
            "time": local_time(row.inspected_at),
            "checklist": self.tr("{name} (version {version})").format(
                name=row.template_name, version=detail.template_version
            ),
            "kind": kind_name(row.kind),
            "area": row.area,
            "inspector": row.inspector_name,
            "recorded_by": detail.recorded_by,
            "result": outcome_text(row),
            "reinspection": detail.rectification_number or "—",
            "notes": detail.notes or "—",
        }
        for key, text in values.items():
            self._fact_labels[key].setText(text)
        color = PASS_COLOR if row.passed else FAIL_COLOR
        self._fact_labels["result"].setStyleSheet(f"color: {color.name()}; font-weight: bold;")
        self.model.set_rows(detail.items)
        if keep is not None:
            self.select_item(keep.key)
        self._enable()

    def refresh(self) -> None:
        if self.detail is not None:
            self.show_inspection(self.detail.id)

    # -- the selected item -----------------------------------------------------------------
    def selected_line(self) -> ItemLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_item(self, key: str) -> bool:
        for n, line in enumerate(self.model.rows()):
            if line.key == key:
                self.view.selectRow(n)
                return True
        return False

    def _acting_on(self) -> ItemLine | None:
        """The selected item when a notice or a ticket may be made for it."""
        line = self.selected_line()
        if (
            not self.may_act
            or self.detail is None
            or self.detail.row.voided
            or line is None
            or line.result is not ItemResult.FAIL
        ):
            return None
        return line

    def _enable(self) -> None:
        line = self._acting_on()
        live_notice = line is not None and line.rectification_state in LIVE_STATES
        self.notice_button.setEnabled(line is not None and not live_notice)
        self.ticket_button.setEnabled(line is not None and not line.ticket)
        self._show_photos()

    def _show_photos(self) -> None:
        """The selected item's photos, and "Add photo…" for it: any item of a live
        inspection (a passed item's photo is evidence too) until it holds its most."""
        line = self.selected_line()
        photos = line.photos if line is not None else ()
        if photos != tuple(self.photo_strip.photos()):
            self.photo_strip.set_photos(photos)
        self.photo_strip.set_empty_text(
            self.tr("Choose an item to see its photos.")
            if line is None
            else self.tr("No photos of this item.")
        )
        self.photo_button.setEnabled(self._photo_item() is not None)

    def _photo_item(self) -> ItemLine | None:
        """The selected item when a photo may be attached to it."""
        line = self.selected_line()
        if (
            not self.may_act
            or not self._doors.photos.available
            or self.detail is None
            or self.detail.row.voided
            or line is None
            or len(line.photos) >= MAX_PER_ITEM
        ):
            return None
        return line

    def _focus_items(self) -> None:
        self.view.setFocus()

    # -- acting ----------------------------------------------------------------------------
    def add_photo(self) -> PhotoRef | None:
        """Attach a photo file to the selected item; the service's refusal (not a
        picture, too large, too many) in the error box, nothing attached."""
        line, detail = self._photo_item(), self.detail
        if line is None or detail is None:
            return None
        patterns = " ".join((*PHOTO_PATTERNS, *(p.upper() for p in PHOTO_PATTERNS)))
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a photo to {item}").format(item=line.text),
            self._photo_folder,
            self.tr("Photos ({patterns});;All files (*)").format(patterns=patterns),
        )
        if not chosen:
            return None
        self._photo_folder = str(Path(chosen).parent)
        try:
            photo = self._doors.photos.add(self._actor, detail.id, line.key, Path(chosen))
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        # Its thumbnail made now and kept on disk, so the strip shows it at once and
        # every later view reads a few KB instead of decoding the photo.
        self.photo_strip.loader.make_now(photo)
        self.refresh()  # the count in the items, and the strip with the new photo
        return photo

    def open_notice_form(self) -> NoticeForm | None:
        line, detail = self._acting_on(), self.detail
        if line is None or detail is None:
            return None
        return self.forms.open(
            lambda: NoticeForm(self._doors, self._actor, self._services, detail, line, self),
            self._on_notice,
        )

    def open_ticket_form(self) -> TicketForm | None:
        line, detail = self._acting_on(), self.detail
        if line is None or detail is None or not self._doors.inspections.opens_tickets:
            return None
        return self.forms.open(
            lambda: TicketForm(self._doors, self._actor, detail, line, self), self._on_ticket
        )

    def _on_notice(self, form: NoticeForm) -> None:
        notice: RectificationInfo | None = form.notice
        self.refresh()
        if notice is not None:
            self.notice_issued.emit(notice)

    def _on_ticket(self, form: TicketForm) -> None:
        ticket: LinkedTicket | None = form.ticket
        self.refresh()
        if ticket is not None:
            self.ticket_opened.emit(ticket)
