"""Add or correct a unit: building, entrance, room, floor, area."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInfo, UnitInput
from propdesk.ui.widgets.form_dialog import FormDialog


class UnitForm(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        unit: UnitInfo | None = None,
    ) -> None:
        super().__init__(self.tr("Unit"), parent)
        self.saved: UnitInfo | None = None
        self.building_edit = QLineEdit(unit.building_code if unit else "")
        self.entrance_edit = QLineEdit(unit.entrance if unit else "")
        self.room_edit = QLineEdit(unit.room if unit else "")
        self.floor_spin = QSpinBox()
        self.floor_spin.setRange(-5, 200)
        self.floor_spin.setSpecialValueText(self.tr("from the room number"))
        self.floor_spin.setMinimum(-6)  # -6 shows the special text: derive from the room
        self.floor_spin.setValue(unit.floor if unit else -6)
        self.area_edit = QLineEdit(f"{unit.area_m2:.2f}" if unit and unit.area_m2 else "")
        self.area_edit.setPlaceholderText("89.50")
        self.form.add_field("building", self.tr("Building"), self.building_edit)
        self.form.add_field("entrance", self.tr("Entrance"), self.entrance_edit)
        self.form.add_field("room", self.tr("Room"), self.room_edit)
        self.form.add_field("floor", self.tr("Floor"), self.floor_spin)
        self.form.add_field("area", self.tr("Area (m²)"), self.area_edit)
        self.building_edit.setEnabled(unit is None)
        self.entrance_edit.setEnabled(unit is None)
        self.room_edit.setEnabled(unit is None)

        def save() -> None:
            floor = self.floor_spin.value()
            self.saved = services.units.save(
                actor,
                UnitInput(
                    self.building_edit.text(),
                    self.entrance_edit.text(),
                    self.room_edit.text(),
                    None if floor == -6 else floor,
                    self.area_edit.text(),
                ),
            )

        self.on_save(save)
