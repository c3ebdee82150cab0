"""The wand import's mapping step: each code of the file not mapped yet is fixed, once,
to the checkpoint its tag is stuck at or to the guard whose card it is. A code left
unmapped is no loss: its swipes are kept and listed, not made part of a round.

Keyboard first: the table's current code is mapped with the checkpoint or guard chosen
below it, and the next code not mapped yet becomes current.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.wand_results import CodeMapping, WandCode
from propdesk.ui.tabs.patrol.pickers import choose_id, chosen_id
from propdesk.ui.tabs.patrol.wand_models import CodeChoice, WandCodesModel
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.record_table import record_table

_Make = Callable[[str], CodeMapping]  # the mapping of a code to what was chosen


class WandCodesPage(QWidget):
    def __init__(
        self,
        routes: Sequence[RouteInfo],
        guards: Sequence[tuple[str, object]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Map each new code to the checkpoint its tag is fixed at, or to the guard "
                "whose card it is. Mappings are kept for every later file; a code left "
                "unmapped is listed with its swipes, not made part of a round."
            )
        )
        intro.setWordWrap(True)
        self.model = WandCodesModel(self)
        self.view = record_table(self.model, "wand_codes", stretch=[WandCodesModel.COL_TARGET])
        self.checkpoint_combo = QComboBox()
        self.checkpoint_combo.setObjectName("wand_checkpoint")
        for route in routes:
            for checkpoint in route.checkpoints:
                text = (
                    f"{route.name} · {checkpoint.position}. {checkpoint.name} ({checkpoint.code})"
                )
                self.checkpoint_combo.addItem(text, str(checkpoint.id))
        self.guard_combo = QComboBox()
        self.guard_combo.setObjectName("wand_guard")
        for text, staff_id in guards:
            self.guard_combo.addItem(text, staff_id)
        self.checkpoint_button = push_button(
            self.tr("Map to this checkpoint"), self.map_to_checkpoint, "map_checkpoint"
        )
        self.guard_button = push_button(
            self.tr("Map to this guard"), self.map_to_guard, "map_guard"
        )
        self.clear_button = push_button(self.tr("Leave unmapped"), self.leave_unmapped)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._pickers())
        self.view.selectionModel().currentRowChanged.connect(self._suggest)
        self._enable()

    def _pickers(self) -> QGridLayout:
        grid = QGridLayout()
        rows: list[tuple[str, QComboBox, QPushButton]] = [
            (self.tr("Checkpoint (a tag)"), self.checkpoint_combo, self.checkpoint_button),
            (self.tr("Guard (a card)"), self.guard_combo, self.guard_button),
        ]
        for line, (text, combo, button) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(combo)
            grid.addWidget(label, line, 0)
            grid.addWidget(combo, line, 1)
            grid.addWidget(button, line, 2)
        grid.addWidget(self.clear_button, 2, 2)
        grid.setColumnStretch(1, 1)
        return grid

    def show_codes(self, codes: Sequence[WandCode]) -> None:
        """The file's codes, the unknown ones first; the first of them current."""
        self.model.set_rows([CodeChoice(code) for code in codes])
        self._go_to(self._next_unmapped(-1))
        self._enable()

    def mappings(self) -> list[CodeMapping]:
        return self.model.mappings()

    def current(self) -> CodeChoice | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _enable(self) -> None:
        has_code = self.current() is not None
        self.checkpoint_button.setEnabled(has_code and self.checkpoint_combo.count() > 0)
        self.guard_button.setEnabled(has_code and self.guard_combo.count() > 0)
        self.clear_button.setEnabled(has_code)

    def _suggest(self) -> None:
        """A code equal to a checkpoint's own code suggests that checkpoint."""
        choice = self.current()
        if choice is not None:
            target = choice.code.checkpoint_id or choice.code.suggested_checkpoint_id
            if target is not None:
                choose_id(self.checkpoint_combo, target)
        self._enable()

    # -- mapping ------------------------------------------------------------------------
    def map_to_checkpoint(self) -> None:
        checkpoint_id = chosen_id(self.checkpoint_combo)
        if checkpoint_id is not None:
            self._map(
                lambda code: CodeMapping(code, checkpoint_id=checkpoint_id), self.checkpoint_combo
            )

    def map_to_guard(self) -> None:
        guard_id = chosen_id(self.guard_combo)
        if guard_id is not None:
            self._map(lambda code: CodeMapping(code, guard_id=guard_id), self.guard_combo)

    def _map(self, mapping: _Make, combo: QComboBox) -> None:
        row = self.view.currentIndex().row()
        choice = self.model.row_at(row)
        if choice is None:
            return
        self.model.choose(row, mapping(choice.code.code), combo.currentText())
        self._go_to(self._next_unmapped(row))

    def leave_unmapped(self) -> None:
        row = self.view.currentIndex().row()
        self.model.choose(row, None, "")
        self._go_to(row)

    def _next_unmapped(self, after: int) -> int:
        rows = self.model.rows()
        order: list[int] = [*range(after + 1, len(rows)), *range(after + 1)]
        for row in order:
            if rows[row].mapping is None and not rows[row].code.known:
                return row
        return max(after, 0)

    def _go_to(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        self._suggest()
