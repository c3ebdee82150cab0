"""Add or correct a parking space: its code (B2-017), where it is (the zones already
in use are offered as you type) and whose it is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.parking import (
    FIELD_CODE,
    ZONE_MAX,
    ParkingSpaceInfo,
    ParkingSpaceInput,
    SpaceKind,
)
from propdesk.services.master_data.vehicles import SPACE_CODE_MAX
from propdesk.ui.tabs.residents.register_models import space_kind_name
from propdesk.ui.tabs.residents.register_panel import RecordForm
from propdesk.ui.widgets.choices import choice_combo, enum_choices


class ParkingSpaceForm(RecordForm):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        zones: Sequence[str],
        parent: QWidget | None = None,
        space: ParkingSpaceInfo | None = None,
    ) -> None:
        super().__init__(self.tr("Parking space"), parent)
        form = self.form
        self.code_edit = form.add_line_edit(
            FIELD_CODE, self.tr("Space code"), "B2-017", space.code if space else ""
        )
        self.zone_edit = form.add_line_edit(
            "zone", self.tr("Zone"), self.tr("e.g. 地下二层"), space.zone if space else ""
        )
        self.code_edit.setMaxLength(SPACE_CODE_MAX)
        self.zone_edit.setMaxLength(ZONE_MAX)
        completer = QCompleter(sorted(set(zones)), self.zone_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_edit.setCompleter(completer)
        self.kind_combo = choice_combo(enum_choices(SpaceKind, space_kind_name), "kind")
        if space is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(space.kind.value))
        form.add_field("kind", self.tr("Kind"), self.kind_combo)
        self.fields_first_in_tab_order()
        self.tab_through_fields()

        def save() -> None:
            data = ParkingSpaceInput(
                self.code_edit.text(),
                self.zone_edit.text(),
                str(self.kind_combo.currentData()),
            )
            if space is None:
                saved = services.parking.create(actor, data)
            else:
                saved = services.parking.update(actor, space.id, data)
            self.saved_id = saved.id

        self.on_save(save)
