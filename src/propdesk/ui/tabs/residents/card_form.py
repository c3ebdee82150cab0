"""Issue an access card to a resident of the selected unit."""

from __future__ import annotations

from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.master_data.cards import CARD_TYPED_MAX, CardInfo, CardInput
from propdesk.ui.tabs.residents.holder_form import HolderForm
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit


class CardForm(HolderForm):
    TITLE = QT_TRANSLATE_NOOP("CardForm", "Issue an access card")
    saved: CardInfo | None = None

    def _add_fields(self) -> None:
        self.number_edit = self.form.add_line_edit(
            "card_number", self.tr("Card number"), self.tr("type or scan the card")
        )
        self.number_edit.setMaxLength(CARD_TYPED_MAX)
        self.form.add_field("holder_name", self.tr("Holder"), self.holder_combo)
        self.issued_edit = OptionalDateEdit()
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
