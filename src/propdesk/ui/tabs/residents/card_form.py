"""Issue an access card to a resident of the selected unit."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from propdesk.services.master_data.cards import CardInfo, CardInput
from propdesk.ui.tabs.residents.holder_form import HolderForm
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit


class CardForm(HolderForm):
    saved: CardInfo | None = None

    def _title(self) -> str:
        return self.tr("Issue an access card")

    def _add_fields(self) -> None:
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("card_number")
        self.number_edit.setPlaceholderText(self.tr("type or scan the card"))
        self.issued_edit = OptionalDateEdit()
        self.form.add_field("card_number", self.tr("Card number"), self.number_edit)
        self.form.add_field("holder_name", self.tr("Holder"), self.holder_combo)
        self.form.add_field("issued_on", self.tr("Issued"), self.issued_edit)

    def _save(self) -> None:
        self.saved = self._services.cards.issue(
            self._actor,
            CardInput(
                self.number_edit.text(),
                self.unit_code,
                self.holder_combo.currentText(),
                issued_on=self.issued_edit.value(),
            ),
        )
