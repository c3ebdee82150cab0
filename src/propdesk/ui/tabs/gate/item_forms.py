"""Large items and renovation materials: the three forms the gate needs.

* Items out (F5): the slip number is typed or scanned; Enter shows what the slip
  allows so the guard can compare it with what is on the trolley; Enter again lets
  the items out. Without a valid slip nothing is written.
* Materials in: unit, what, who approved.
* New release slip: the owner in person (or the management) authorises items out;
  the slip gets its number and can be printed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit

from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.gate.items import (
    DESCRIPTION_MAX,
    NAME_MAX,
    SLIP_NUMBER_MAX,
    Authorisation,
    ItemEvent,
    ReleaseSlip,
)
from propdesk.services.master_data.units import UNIT_CODE_MAX
from propdesk.ui.tabs.gate.gate_form import GateForm
from propdesk.ui.widgets.choices import choice_combo


def authorisation_combo() -> QComboBox:
    return choice_combo(
        [
            (QCoreApplication.translate("ItemForms", "Owner"), Authorisation.OWNER.value),
            (QCoreApplication.translate("ItemForms", "Management"), Authorisation.MANAGEMENT.value),
        ]
    )


def limit_item_fields(unit: QLineEdit, description: QLineEdit, authorised_by: QLineEdit) -> None:
    """The service's limits, so a paste is cut where the guard sees it."""
    unit.setMaxLength(UNIT_CODE_MAX)
    description.setMaxLength(DESCRIPTION_MAX)
    authorised_by.setMaxLength(NAME_MAX)


class ItemOutForm(GateForm):
    NAME = "item_out_form"
    TITLE = QT_TRANSLATE_NOOP("ItemOutForm", "Items going out")
    saved: ItemEvent | None = None
    checked: ReleaseSlip | None = None

    def _add_fields(self) -> None:
        self.slip_edit = self.form.add_line_edit(
            "slip_number", self.tr("Release slip"), self.tr("Scan or type the release slip number")
        )
        self.details_label = QLabel()
        self.details_label.setObjectName("slip_details")
        self.details_label.setWordWrap(True)
        self.form.add_field("details", self.tr("The slip allows"), self.details_label)
        self.slip_edit.textEdited.connect(self._forget)
        self.slip_edit.setMaxLength(SLIP_NUMBER_MAX)

    def _forget(self) -> None:
        self.checked = None
        self.details_label.clear()

    def _check(self) -> None:
        self.checked = self._gate.items.slip(self._actor, self.slip_edit.text())
        slip = self.checked
        self.details_label.setText(
            self.tr(
                "{unit}: {description} — authorised by {who} ({kind}), valid until {date}"
            ).format(
                unit=slip.unit_code,
                description=slip.description,
                who=slip.authorised_by,
                kind=self.tr("owner")
                if slip.authorisation is Authorisation.OWNER
                else self.tr("management"),
                date=slip.valid_until.isoformat(),
            )
        )

    def _save(self) -> bool:
        # First Enter: look the slip up and show it. Second Enter: let the items out.
        if self.checked is None:
            self._check()
            return False
        self.saved = self._gate.items.item_out(self._actor, self.checked.number)
        return True


class ItemInForm(GateForm):
    NAME = "item_in_form"
    TITLE = QT_TRANSLATE_NOOP("ItemInForm", "Materials or large items coming in")
    saved: ItemEvent | None = None

    def _add_fields(self) -> None:
        self.unit_edit = self.form.add_line_edit(
            "unit_code", self.tr("Unit"), self.tr("e.g. 3-2-1502")
        )
        self.description_edit = self.form.add_line_edit(
            "description", self.tr("Items"), self.tr("e.g. tiles, 20 boxes")
        )
        self.authorisation_combo = authorisation_combo()
        self.form.add_field("authorisation", self.tr("Approved by"), self.authorisation_combo)
        self.authorised_by_edit = self.form.add_line_edit("authorised_by", self.tr("Name"))
        limit_item_fields(self.unit_edit, self.description_edit, self.authorised_by_edit)

    def _save(self) -> None:
        self.saved = self._gate.items.item_in(
            self._actor,
            unit_code=self.unit_edit.text(),
            description=self.description_edit.text(),
            authorisation=str(self.authorisation_combo.currentData()),
            authorised_by=self.authorised_by_edit.text(),
        )


class ReleaseSlipForm(GateForm):
    NAME = "release_slip_form"
    TITLE = QT_TRANSLATE_NOOP("ReleaseSlipForm", "New release slip")
    saved: ReleaseSlip | None = None

    def _add_fields(self) -> None:
        self.unit_edit = self.form.add_line_edit(
            "unit_code", self.tr("Unit"), self.tr("e.g. 3-2-1502")
        )
        self.authorisation_combo = authorisation_combo()
        self.form.add_field("authorisation", self.tr("Authorised by"), self.authorisation_combo)
        self.authorised_by_edit = self.form.add_line_edit(
            "authorised_by", self.tr("Name"), self.tr("the owner, or the manager who approved")
        )
        self.description_edit = self.form.add_line_edit(
            "description", self.tr("Items"), self.tr("e.g. an old sofa and two chairs")
        )
        limit_item_fields(self.unit_edit, self.description_edit, self.authorised_by_edit)
        self.valid_edit = QDateEdit()
        self.valid_edit.setCalendarPopup(True)
        self.valid_edit.setDisplayFormat("yyyy-MM-dd")
        self.valid_edit.setDate(QDate.currentDate())
        self.form.add_field("valid_until", self.tr("Valid until"), self.valid_edit)

    def _save(self) -> None:
        valid = self.valid_edit.date().toPython()
        assert isinstance(valid, date)
        self.saved = self._gate.items.authorise_release(
            self._actor,
            unit_code=self.unit_edit.text(),
            authorisation=str(self.authorisation_combo.currentData()),
            authorised_by=self.authorised_by_edit.text(),
            description=self.description_edit.text(),
            valid_until=valid,
        )
