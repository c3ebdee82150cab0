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
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.items import Authorisation, ItemEvent, ReleaseSlip
from propdesk.services.gate.service import GateServices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.tab_order import chain_tab_order


def authorisation_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("ItemForms", "Owner"), Authorisation.OWNER.value)
    combo.addItem(
        QCoreApplication.translate("ItemForms", "Management"), Authorisation.MANAGEMENT.value
    )
    return combo


class ItemOutForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Items going out"), parent)
        self.setObjectName("item_out_form")
        self._services = services
        self._actor = actor
        self.checked: ReleaseSlip | None = None
        self.saved: ItemEvent | None = None
        self.slip_edit = QLineEdit()
        self.slip_edit.setObjectName("slip_number")
        self.slip_edit.setPlaceholderText(self.tr("Scan or type the release slip number"))
        self.details_label = QLabel()
        self.details_label.setObjectName("slip_details")
        self.details_label.setWordWrap(True)
        self.form.add_field("slip_number", self.tr("Release slip"), self.slip_edit)
        self.form.add_field("details", self.tr("The slip allows"), self.details_label)
        self.slip_edit.textEdited.connect(self._forget)
        self.slip_edit.setFocus()
        self.on_save(self._let_out)

    def _forget(self) -> None:
        self.checked = None
        self.details_label.clear()

    def _check(self) -> None:
        self.checked = self._services.module(GateServices).items.slip(
            self._actor, self.slip_edit.text()
        )
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

    def _let_out(self) -> bool:
        # First Enter: look the slip up and show it. Second Enter: let the items out.
        if self.checked is None:
            self._check()
            return False
        self.saved = self._services.module(GateServices).items.item_out(
            self._actor, self.checked.number
        )
        return True


class ItemInForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Materials or large items coming in"), parent)
        self.setObjectName("item_in_form")
        self.saved: ItemEvent | None = None
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. 3-2-1502"))
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("e.g. tiles, 20 boxes"))
        self.authorisation_combo = authorisation_combo(self)
        self.authorised_by_edit = QLineEdit()
        self.form.add_field("unit_code", self.tr("Unit"), self.unit_edit)
        self.form.add_field("description", self.tr("Items"), self.description_edit)
        self.form.add_field("authorisation", self.tr("Approved by"), self.authorisation_combo)
        self.form.add_field("authorised_by", self.tr("Name"), self.authorised_by_edit)
        chain_tab_order(
            [
                self.unit_edit,
                self.description_edit,
                self.authorisation_combo,
                self.authorised_by_edit,
            ]
        )
        self.unit_edit.setFocus()

        def save() -> None:
            self.saved = services.module(GateServices).items.item_in(
                actor,
                unit_code=self.unit_edit.text(),
                description=self.description_edit.text(),
                authorisation=str(self.authorisation_combo.currentData()),
                authorised_by=self.authorised_by_edit.text(),
            )

        self.on_save(save)


class ReleaseSlipForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New release slip"), parent)
        self.setObjectName("release_slip_form")
        self.saved: ReleaseSlip | None = None
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. 3-2-1502"))
        self.authorisation_combo = authorisation_combo(self)
        self.authorised_by_edit = QLineEdit()
        self.authorised_by_edit.setPlaceholderText(
            self.tr("the owner, or the manager who approved")
        )
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("e.g. an old sofa and two chairs"))
        self.valid_edit = QDateEdit()
        self.valid_edit.setCalendarPopup(True)
        self.valid_edit.setDisplayFormat("yyyy-MM-dd")
        self.valid_edit.setDate(QDate.currentDate())
        self.form.add_field("unit_code", self.tr("Unit"), self.unit_edit)
        self.form.add_field("authorisation", self.tr("Authorised by"), self.authorisation_combo)
        self.form.add_field("authorised_by", self.tr("Name"), self.authorised_by_edit)
        self.form.add_field("description", self.tr("Items"), self.description_edit)
        self.form.add_field("valid_until", self.tr("Valid until"), self.valid_edit)
        chain_tab_order(
            [
                self.unit_edit,
                self.authorisation_combo,
                self.authorised_by_edit,
                self.description_edit,
                self.valid_edit,
            ]
        )
        self.unit_edit.setFocus()

        def save() -> None:
            valid: date = self.valid_edit.date().toPython()
            self.saved = services.module(GateServices).items.authorise_release(
                actor,
                unit_code=self.unit_edit.text(),
                authorisation=str(self.authorisation_combo.currentData()),
                authorised_by=self.authorised_by_edit.text(),
                description=self.description_edit.text(),
                valid_until=valid,
            )

        self.on_save(save)
