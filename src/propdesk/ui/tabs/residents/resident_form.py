"""Add or edit a resident of the selected unit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import (
    ID_NUMBER_LIMIT,
    NAME_LIMIT,
    PHONE_LIMIT,
    ResidentInfo,
    ResidentInput,
    ResidentKind,
)
from propdesk.ui.dialogs import user_message
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit


class ResidentForm(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        unit_code: str,
        parent: QWidget | None = None,
        resident: ResidentInfo | None = None,
    ) -> None:
        super().__init__(self.tr("Resident of {unit}").format(unit=unit_code), parent)
        self.saved: ResidentInfo | None = None
        form = self.form
        self.name_edit = form.add_line_edit(
            "name", self.tr("Name"), text=resident.name if resident else ""
        )
        self.kind_combo = choice_combo(
            [
                (self.tr("Owner"), ResidentKind.OWNER.value),
                (self.tr("Tenant"), ResidentKind.TENANT.value),
                (self.tr("Family member"), ResidentKind.FAMILY.value),
            ]
        )
        if resident:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(resident.kind.value))
        form.add_field("kind", self.tr("Relation"), self.kind_combo)
        self.phone_edit = form.add_line_edit(
            "phone", self.tr("Phone"), text=resident.phone if resident else ""
        )
        self.phone2_edit = form.add_line_edit(
            "phone2", self.tr("Second phone"), text=resident.phone2 if resident else ""
        )
        # The stored number is never shown; leaving the field empty keeps it.
        self.id_edit = form.add_line_edit(
            "id_number",
            self.tr("ID number"),
            resident.id_masked if resident and resident.id_masked else self.tr("optional"),
        )
        # The service's limits, so a long paste is cut where it is seen.
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.phone_edit.setMaxLength(PHONE_LIMIT)
        self.phone2_edit.setMaxLength(PHONE_LIMIT)
        self.id_edit.setMaxLength(ID_NUMBER_LIMIT)
        key_problem = services.residents.key_problem()
        if key_problem is not None:
            # Without the database's key no number can be written: say so in the field
            # (the masked number on record stays as it is).
            self.id_edit.setEnabled(False)
            self.id_edit.setPlaceholderText(self.tr("(key missing)"))
            self.id_edit.setToolTip(user_message(key_problem))
        self.move_in_edit = OptionalDateEdit()
        self.move_in_edit.set_value(resident.move_in if resident else None)
        form.add_field("move_in", self.tr("Moved in"), self.move_in_edit)

        def save() -> None:
            data = ResidentInput(
                unit_code,
                ResidentKind(self.kind_combo.currentData()),
                self.name_edit.text(),
                self.phone_edit.text(),
                self.phone2_edit.text(),
                self.id_edit.text(),
                self.move_in_edit.value(),
                resident.move_out if resident else None,
            )
            if resident is None:
                self.saved = services.residents.save(actor, data)
            else:
                self.saved = services.residents.update(actor, resident.id, data)

        self.on_save(save)
