"""The wand import's column step: which column of the file holds the device, the code
(a checkpoint's tag or a guard's card), the time and, when the wand writes it apart, the
date; with the file's first rows to choose by, and the model's name the choice is
remembered under."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from propdesk.errors import PropdeskError
from propdesk.services.patrol.wand_columns import FIELDS, MODEL_MAX, WandColumns
from propdesk.services.patrol.wand_results import WandOpened
from propdesk.ui.tabs.patrol.wand_models import WandSampleModel
from propdesk.ui.widgets.field_form import FieldForm
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.tab_order import chain_tab_order

SAMPLE_HEIGHT = 200


class WandColumnsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = FieldForm()
        self.model_edit = self.form.add_line_edit(
            "model",
            self.tr("Wand model"),
            self.tr("e.g. L-9000: the columns are remembered under this name"),
        )
        self.model_edit.setMaxLength(MODEL_MAX)
        self.combos: dict[str, QComboBox] = {}
        labels = {
            "device": self.tr("Device (wand number)"),
            "code": self.tr("Card or tag code"),
            "time": self.tr("Time"),
            "date": self.tr("Date (when apart from the time)"),
        }
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            self.form.add_field(name, labels[name], combo)
            self.combos[name] = combo
        self.sample_model = WandSampleModel(self)
        self.sample_view = record_table(self.sample_model, "wand_sample")
        self.sample_view.setMinimumHeight(SAMPLE_HEIGHT)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("The file's first rows:")))
        layout.addWidget(self.sample_view, 1)
        chain_tab_order([self.model_edit, *self.combos.values()])

    def show_file(self, opened: WandOpened) -> None:
        """The file's headers to choose from, the choice known or guessed chosen."""
        sheet = opened.sheet
        self.intro.setText(
            self.tr(
                "Which column of {file} holds what? The choice is remembered for the wand "
                "model named below, so its next file is read without asking."
            ).format(file=sheet.name)
        )
        self.model_edit.setText(opened.model)
        chosen = (opened.columns or opened.guess).chosen()
        for name, combo in self.combos.items():
            combo.clear()
            if name == "date":
                combo.addItem(self.tr("— none: the time column holds the date —"), "")
            else:
                combo.addItem("", "")
            for header in sheet.headers:
                if header:
                    combo.addItem(header, header)
            found = combo.findData(chosen[name])
            combo.setCurrentIndex(max(found, 0))
        self.sample_model.show_file(sheet.headers, sheet.rows)
        self.form.clear_errors()

    def columns(self) -> WandColumns:
        chosen = {name: str(combo.currentData() or "") for name, combo in self.combos.items()}
        return WandColumns(chosen["device"], chosen["code"], chosen["time"], chosen["date"])

    def model(self) -> str:
        return self.model_edit.text()

    def show_error(self, exc: PropdeskError) -> bool:
        """Next to its field; False when it names none of this page's."""
        self.form.clear_errors()
        return self.form.show_error(exc)
