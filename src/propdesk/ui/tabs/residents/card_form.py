"""Issue an access card to a resident of the selected unit."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.cards import CardInfo, CardInput
from propdesk.services.master_data.residents import ResidentInfo
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit


class CardForm(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        unit_code: str,
        residents: list[ResidentInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Issue an access card"), parent)
        self.saved: CardInfo | None = None
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("card_number")
        self.number_edit.setPlaceholderText(self.tr("type or scan the card"))
        self.holder_combo = QComboBox()
        for resident in residents:
            self.holder_combo.addItem(resident.name)
        self.issued_edit = OptionalDateEdit()
        self.form.add_field("card_number", self.tr("Card number"), self.number_edit)
        self.form.add_field("holder_name", self.tr("Holder"), self.holder_combo)
        self.form.add_field("issued_on", self.tr("Issued"), self.issued_edit)

        def save() -> None:
            self.saved = services.cards.issue(
                actor,
                CardInput(
                    self.number_edit.text(),
                    unit_code,
                    self.holder_combo.currentText(),
                    issued_on=self.issued_edit.value(),
                ),
            )

        self.on_save(save)
