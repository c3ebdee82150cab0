"""Add or correct a building: its number, its name, how many floors. A building with
units keeps its number (theirs start with it), so the field is locked then."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.buildings import (
    CODE_MAX,
    MAX_FLOORS,
    NAME_MAX,
    BuildingInfo,
    BuildingInput,
)
from propdesk.ui.tabs.residents.register_panel import RecordForm


class BuildingForm(RecordForm):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        building: BuildingInfo | None = None,
    ) -> None:
        super().__init__(self.tr("Building"), parent)
        form = self.form
        self.code_edit = form.add_line_edit(
            "code", self.tr("Building number"), "3", building.code if building else ""
        )
        if building is not None and building.units:
            self.code_edit.setEnabled(False)
            self.code_edit.setToolTip(
                self.tr("Its {n} units' numbers start with it.").format(n=building.units)
            )
        self.name_edit = form.add_line_edit(
            "name", self.tr("Name"), self.tr("e.g. 3号楼"), building.name if building else ""
        )
        self.code_edit.setMaxLength(CODE_MAX)
        self.name_edit.setMaxLength(NAME_MAX)
        self.floors_spin = QSpinBox()
        self.floors_spin.setObjectName("floors")
        self.floors_spin.setRange(1, MAX_FLOORS)
        self.floors_spin.setValue(building.floors if building else 1)
        form.add_field("floors", self.tr("Floors"), self.floors_spin)
        self.fields_first_in_tab_order()
        self.tab_through_fields()

        def save() -> None:
            data = BuildingInput(
                self.code_edit.text(), self.name_edit.text(), self.floors_spin.value()
            )
            if building is None:
                saved = services.buildings.create(actor, data)
            else:
                saved = services.buildings.update(actor, building.id, data)
            self.saved_id = saved.id

        self.on_save(save)
