"""An illegal parking or fire-lane blocking notice (违停告知): plate, place, warning."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from propdesk.domain.plates import PLATE_TYPED_MAX
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.gate.notices import NOTE_MAX, PLACE_MAX, ParkingNotice
from propdesk.ui.tabs.gate.gate_form import GateForm


class NoticeForm(GateForm):
    NAME = "notice_form"
    TITLE = QT_TRANSLATE_NOOP("NoticeForm", "Parking notice")
    saved: ParkingNotice | None = None

    def _add_fields(self) -> None:
        self.plate_edit = self.form.add_line_edit("plate", self.tr("Plate"))
        self.place_edit = self.form.add_line_edit(
            "place", self.tr("Where"), self.tr("e.g. fire lane behind building 5")
        )
        self.posted_check = QCheckBox(self.tr("Warning put on the windscreen"))
        self.posted_check.setChecked(True)
        self.form.add_field("warning_posted", self.tr("Warning"), self.posted_check)
        self.note_edit = self.form.add_line_edit("note", self.tr("Note"), self.tr("optional"))
        self.plate_edit.setMaxLength(PLATE_TYPED_MAX)
        self.place_edit.setMaxLength(PLACE_MAX)
        self.note_edit.setMaxLength(NOTE_MAX)

    def _save(self) -> None:
        self.saved = self._gate.notices.record_notice(
            self._actor,
            plate=self.plate_edit.text(),
            place=self.place_edit.text(),
            warning_posted=self.posted_check.isChecked(),
            note=self.note_edit.text(),
        )
