"""Add or correct a unit: building, entrance, room, floor, area."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import (
    AREA_MAX,
    ENTRANCE_MAX,
    PART_MAX,
    UnitInfo,
    UnitInput,
)
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
        form = self.form
        # A unit's place is fixed once made: only its floor and area can be corrected.
        self.building_edit = form.add_line_edit(
            "building", self.tr("Building"), text=unit.building_code if unit else ""
        )
        self.entrance_edit = form.add_line_edit(
            "entrance", self.tr("Entrance"), text=unit.entrance if unit else ""
        )
        self.room_edit = form.add_line_edit("room", self.tr("Room"), text=unit.room if unit else "")
        for edit, limit in (
            (self.building_edit, PART_MAX),
            (self.entrance_edit, ENTRANCE_MAX),
            (self.room_edit, PART_MAX),
        ):
            edit.setEnabled(unit is None)
            edit.setMaxLength(limit)  # the service's limits
        self.floor_spin = QSpinBox()
        self.floor_spin.setRange(-5, 200)
        self.floor_spin.setSpecialValueText(self.tr("from the room number"))
        self.floor_spin.setMinimum(-6)  # -6 shows the special text: derive from the room
        self.floor_spin.setValue(unit.floor if unit else -6)
        form.add_field("floor", self.tr("Floor"), self.floor_spin)
        self.area_edit = form.add_line_edit(
            "area",
            self.tr("Area (m²)"),
            "89.50",
            f"{unit.area_m2:.2f}" if unit and unit.area_m2 else "",
        )
        self.area_edit.setMaxLength(AREA_MAX)

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
