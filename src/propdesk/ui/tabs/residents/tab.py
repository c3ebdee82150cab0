"""Residents & units (住户与房号): units on the left; the selected unit's residents,
access cards and vehicles on the right, each with its actions. The buildings and the
parking spaces have a page each beside it (buildings_panel, parking_panel)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.cards import CardStatus
from propdesk.services.master_data.units import UnitInfo
from propdesk.ui.dialogs import ask_yes_no, show_error, show_info
from propdesk.ui.fonts import enlarge
from propdesk.ui.tabs.residents.buildings_panel import BuildingsPanel
from propdesk.ui.tabs.residents.card_form import CardForm
from propdesk.ui.tabs.residents.holder_form import HolderForm
from propdesk.ui.tabs.residents.parking_panel import ParkingPanel
from propdesk.ui.tabs.residents.register_models import (
    CardsTableModel,
    ResidentsTableModel,
    UnitsTableModel,
    VehiclesTableModel,
    natural_key,
)
from propdesk.ui.tabs.residents.resident_form import ResidentForm
from propdesk.ui.tabs.residents.unit_form import UnitForm
from propdesk.ui.tabs.residents.vehicle_form import VehicleForm
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.choices import refill_combo
from propdesk.ui.widgets.dto_table_model import DtoTableModel
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export
from propdesk.ui.widgets.titled_box import titled_box

T = TypeVar("T")


class _Record(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=_Record)


class ResidentsTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self._unit: UnitInfo | None = None
        splitter = QSplitter()
        splitter.addWidget(self._build_units_side())
        splitter.addWidget(self._build_unit_side())
        splitter.setStretchFactor(1, 3)
        self.pages = QTabWidget()
        self.pages.setObjectName("residents_pages")
        self.pages.addTab(splitter, self.tr("Units and residents"))
        self.buildings_panel = BuildingsPanel(services, actor)
        self.pages.addTab(self.buildings_panel, self.tr("Buildings"))
        self.parking_panel = ParkingPanel(services, actor)
        self.pages.addTab(self.parking_panel, self.tr("Parking spaces"))
        self.pages.currentChanged.connect(lambda _index: self._reload_page())
        self.buildings_panel.changed.connect(self.reload)  # the building filter above units
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        self.building_combo.currentIndexChanged.connect(self._on_building)
        self.units_view.selectionModel().currentRowChanged.connect(self._on_unit_selected)
        self._apply_role()
        exports = services.exports
        for view, title in (
            (self.units_view, self.tr("Units")),
            (self.residents_view, self.tr("Residents")),
            (self.cards_view, self.tr("Access cards")),
            (self.vehicles_view, self.tr("Vehicles")),
        ):
            install_export(view, exports, actor, Module.MASTER_DATA, title)
        self.reload()

    def _build_units_side(self) -> QWidget:
        self.units_model = UnitsTableModel(self)
        self.units_proxy = QSortFilterProxyModel(self)
        self.units_proxy.setSourceModel(self.units_model)
        self.units_proxy.setFilterKeyColumn(UnitsTableModel.COL_CODE)
        self.units_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.building_combo = QComboBox()
        self.building_combo.setObjectName("building_filter")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("unit_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter units, e.g. 3-2-15"))
        self.filter_edit.textChanged.connect(self.units_proxy.setFilterFixedString)
        self.units_view = record_table(self.units_proxy)
        self.units_view.setObjectName("units_view")
        self.add_unit_button = push_button(self.tr("Add unit…"), self._on_add_unit)
        self.import_button = push_button(
            self.tr("Import from Excel…"), self._on_import, "import_from_excel"
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.building_combo)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.units_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_unit_button)
        buttons.addWidget(self.import_button)
        left_layout.addLayout(buttons)
        return left

    def _build_unit_side(self) -> QWidget:
        self.unit_title = QLabel()
        self.unit_title.setObjectName("unit_title")
        enlarge(self.unit_title, 1.4, bold=True)
        self.residents_model = ResidentsTableModel(self)
        self.cards_model = CardsTableModel(self)
        self.vehicles_model = VehiclesTableModel(self)
        self.residents_view = record_table(self.residents_model)
        self.cards_view = record_table(self.cards_model)
        self.vehicles_view = record_table(self.vehicles_model)
        self.add_resident_button = push_button(self.tr("Add resident…"), self._on_add_resident)
        self.edit_resident_button = push_button(self.tr("Edit…"), self._on_edit_resident)
        self.move_out_button = push_button(self.tr("Moved out today"), self._on_move_out)
        self.void_resident_button = push_button(self.tr("Void…"), self._on_void_resident)
        self.issue_card_button = push_button(self.tr("Issue card…"), self._on_issue_card)
        self.lost_card_button = push_button(
            self.tr("Report lost…"), lambda: self._on_card_status(CardStatus.LOST)
        )
        self.revoke_card_button = push_button(
            self.tr("Revoke…"), lambda: self._on_card_status(CardStatus.REVOKED)
        )
        self.card_history_button = push_button(self.tr("History…"), self._on_card_history)
        self.add_vehicle_button = push_button(self.tr("Register vehicle…"), self._on_add_vehicle)
        self.void_vehicle_button = push_button(self.tr("Void…"), self._on_void_vehicle)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.unit_title)
        right_layout.addWidget(
            titled_box(
                self.tr("Residents"),
                self.residents_view,
                [
                    self.add_resident_button,
                    self.edit_resident_button,
                    self.move_out_button,
                    self.void_resident_button,
                ],
            ),
            2,
        )
        right_layout.addWidget(
            titled_box(
                self.tr("Access cards"),
                self.cards_view,
                [
                    self.issue_card_button,
                    self.lost_card_button,
                    self.revoke_card_button,
                    self.card_history_button,
                ],
            ),
            1,
        )
        right_layout.addWidget(
            titled_box(
                self.tr("Vehicles"),
                self.vehicles_view,
                [self.add_vehicle_button, self.void_vehicle_button],
            ),
            1,
        )
        return right

    def _apply_role(self) -> None:
        may_create = self._actor.may(Module.MASTER_DATA, Action.CREATE)
        may_update = self._actor.may(Module.MASTER_DATA, Action.UPDATE)
        may_void = self._actor.may(Module.MASTER_DATA, Action.VOID)
        for button in (
            self.add_unit_button,
            self.import_button,
            self.add_resident_button,
            self.issue_card_button,
            self.add_vehicle_button,
        ):
            button.setVisible(may_create)
        for button in (
            self.edit_resident_button,
            self.move_out_button,
            self.lost_card_button,
            self.revoke_card_button,
        ):
            button.setVisible(may_update)
        self.void_resident_button.setVisible(may_void)
        self.void_vehicle_button.setVisible(may_void)

    # -- loading -----------------------------------------------------------------
    def reload(self) -> None:
        self._reload_page()
        buildings = sorted(
            self._services.buildings.list(self._actor), key=lambda b: natural_key(b.code)
        )
        refill_combo(
            self.building_combo,
            [
                (self.tr("All buildings"), None),
                *((self.tr("Building {code}").format(code=b.code), b.id) for b in buildings),
            ],
        )
        self._load_units()

    def _reload_page(self) -> None:
        """The buildings or the parking spaces, when that page is shown (read when shown)."""
        page = self.pages.currentWidget()
        if isinstance(page, (BuildingsPanel, ParkingPanel)):
            page.reload()

    def _load_units(self) -> None:
        building_id = self.building_combo.currentData()
        units = self._services.units.list_units(self._actor, building_id)
        units.sort(key=lambda u: natural_key(u.code))
        keep = self._unit.id if self._unit else None
        self.units_model.set_rows(units)
        self.select_unit(keep)

    def select_unit(self, unit_id: uuid.UUID | None) -> bool:
        """Select a unit by id (quick search opens units through this)."""
        for row, unit in enumerate(self.units_model.rows()):
            if unit.id == unit_id:
                index = self.units_proxy.mapFromSource(self.units_model.index(row, 0))
                if not index.isValid():  # hidden by the filter: clear it
                    self.filter_edit.clear()
                    index = self.units_proxy.mapFromSource(self.units_model.index(row, 0))
                self.units_view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.units_view.scrollTo(index)
                return True
        self._show_unit(None)
        return False

    def open_unit_code(self, code: str) -> bool:
        if self.building_combo.currentIndex() != 0:
            self.building_combo.setCurrentIndex(0)
        for unit in self.units_model.rows():
            if unit.code == code:
                return self.select_unit(unit.id)
        return False

    def _on_building(self) -> None:
        self._load_units()

    def _on_unit_selected(self) -> None:
        index = self.units_proxy.mapToSource(self.units_view.currentIndex())
        self._show_unit(self.units_model.row_at(index.row()) if index.isValid() else None)

    def _show_unit(self, unit: UnitInfo | None) -> None:
        self._unit = unit
        if unit is None:
            self.unit_title.setText(self.tr("Select a unit"))
            for model in (self.residents_model, self.cards_model, self.vehicles_model):
                model.set_rows([])
        else:
            area = self.tr(", {area} m²").format(area=f"{unit.area_m2:.2f}") if unit.area_m2 else ""
            self.unit_title.setText(self.tr("Unit {code}").format(code=unit.code) + area)
            self.residents_model.set_rows(self._services.residents.for_unit(self._actor, unit.id))
            self.cards_model.set_rows(self._services.cards.for_unit(self._actor, unit.id))
            self.vehicles_model.set_rows(self._services.vehicles.for_unit(self._actor, unit.id))
        has_unit = unit is not None
        for button in (self.add_resident_button, self.issue_card_button, self.add_vehicle_button):
            button.setEnabled(has_unit)

    def _refresh_unit(self) -> None:
        self._show_unit(self._unit)

    # -- actions ---------------------------------------------------------------------
    @staticmethod
    def _selected(view: QTableView, model: DtoTableModel[T]) -> T | None:
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def _on_add_unit(self) -> None:
        form = UnitForm(self._services, self._actor, self)
        if form.exec() and form.saved is not None:
            self.reload()
            self.select_unit(form.saved.id)

    def _on_import(self) -> None:
        # Loaded on first use: the importer brings openpyxl, which start-up need not load.
        from propdesk.ui.tabs.residents.import_dialog import ImportDialog

        ImportDialog(self._services, self._actor, self).exec()
        self.reload()  # whatever was imported shows at once
        self._refresh_unit()

    def _on_add_resident(self) -> None:
        if self._unit is None:
            return
        if ResidentForm(self._services, self._actor, self._unit.code, self).exec():
            self._refresh_unit()

    def _on_edit_resident(self) -> None:
        resident = self._selected(self.residents_view, self.residents_model)
        if self._unit is None or resident is None:
            return
        form = ResidentForm(self._services, self._actor, self._unit.code, self, resident)
        if form.exec():
            self._refresh_unit()

    def _on_move_out(self) -> None:
        resident = self._selected(self.residents_view, self.residents_model)
        if resident is None:
            return
        question = self.tr("Record that {name} moved out of {unit} today?").format(
            name=resident.name, unit=resident.unit_code
        )
        if not ask_yes_no(self, question):
            return
        try:
            self._services.residents.move_out(self._actor, resident.id, date.today())
        except PropdeskError as exc:
            show_error(self, exc)
        self._refresh_unit()

    def _on_void_resident(self) -> None:
        void = self._services.residents.void
        self._void_selected(
            self.tr("Void resident"), self.residents_view, self.residents_model, void
        )

    def _void_selected(
        self,
        title: str,
        view: QTableView,
        model: DtoTableModel[R],
        void: Callable[[Actor, uuid.UUID, str], object],
    ) -> None:
        """Void the row selected in `view` (a resident, a vehicle), for the reason asked."""
        row = self._selected(view, model)
        if row is not None:
            self._with_reason(title, lambda reason: void(self._actor, row.id, reason))

    def _with_reason(self, title: str, act: Callable[[str], object]) -> None:
        """Ask for the reason (the audit log keeps it), act, show the unit again."""
        if ReasonDialog(title, self.tr("Reason"), act, self).exec():
            self._refresh_unit()

    def _on_issue_card(self) -> None:
        self._open_holder_form(CardForm)

    def _open_holder_form(self, form_type: type[HolderForm]) -> None:
        """A card or a vehicle for one of the residents living in the unit."""
        if self._unit is None:
            return
        residents = [r for r in self.residents_model.rows() if r.living_here]
        if form_type(self._services, self._actor, self._unit.code, residents, self).exec():
            self._refresh_unit()

    def _on_card_history(self) -> None:
        """Every status change of the selected card: when, from what to what, why, who."""
        card = self._selected(self.cards_view, self.cards_model)
        if card is None:
            return
        statuses = self.cards_model.status_names
        # Reasons the system itself records; people's own reasons are shown as typed.
        system_reasons = {"issued": self.tr("issued"), "import": self.tr("Excel import")}
        lines = [
            self.tr("{when}: {old} → {new} ({reason}, {user})").format(
                when=change.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                old=statuses.get(change.old_status, "-"),
                new=statuses.get(change.new_status, change.new_status),
                reason=system_reasons.get(change.reason, change.reason),
                user=change.username,
            )
            for change in self._services.cards.history(self._actor, card.id)
        ]
        show_info(
            self,
            "\n".join(lines) or self.tr("No changes recorded."),
            self.tr("Card {number}").format(number=card.number),
        )

    def _on_card_status(self, status: CardStatus) -> None:
        card = self._selected(self.cards_view, self.cards_model)
        if card is None:
            return
        title = self.tr("Report card lost") if status is CardStatus.LOST else self.tr("Revoke card")
        self._with_reason(
            title,
            lambda reason: self._services.cards.change_status(self._actor, card.id, status, reason),
        )

    def _on_add_vehicle(self) -> None:
        self._open_holder_form(VehicleForm)

    def _on_void_vehicle(self) -> None:
        void = self._services.vehicles.void
        self._void_selected(self.tr("Void vehicle"), self.vehicles_view, self.vehicles_model, void)
