"""Settings → Service targets: the threshold of each target of the work plan.

They are estate-wide (stored in the database, each change audited) and the plan's
values are the defaults, shown next to each field; "Restore defaults" puts them back
in the form (OK saves). The spin boxes keep to the range each target accepts; the
service stays the authority, and what it refuses is said under the field, with
nothing written.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from propdesk.domain.service_targets import (
    TARGETS,
    TargetKey,
    TargetSpec,
    Unit,
    Window,
    setting_key,
)
from propdesk.errors import ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.reporting.targets_settings import TargetSettings, Thresholds
from propdesk.ui.target_names import target_name
from propdesk.ui.widgets.form_dialog import FormDialog

ThresholdBox = QSpinBox | QDoubleSpinBox


def _set(box: ThresholdBox, value: Decimal) -> None:
    if isinstance(box, QDoubleSpinBox):
        box.setValue(float(value))
    else:
        box.setValue(int(value))


def _value(box: ThresholdBox) -> Decimal:
    """Exact: 97.5, not 97.499… of a float."""
    return (
        Decimal(f"{box.value():.1f}") if isinstance(box, QDoubleSpinBox) else Decimal(box.value())
    )


def _comparison(spec: TargetSpec) -> str:
    return "≤ " if spec.at_most else "≥ "


class TargetsSettingsDialog(FormDialog):
    def __init__(
        self, settings: TargetSettings, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Service targets"), parent)
        self._settings = settings
        self._actor = actor
        self.saved: Thresholds | None = None
        current = settings.thresholds(actor)
        note = QLabel(
            self.tr(
                "A target is met when the month's figure reaches its value (safety "
                "incidents: stay at or below it). The plan's values are the defaults."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.boxes: dict[TargetKey, ThresholdBox] = {}
        self.default_labels: dict[TargetKey, QLabel] = {}
        for spec in TARGETS:
            box = self._box(spec)
            _set(box, current[spec.key])
            default = QLabel(self.tr("plan: {value}").format(value=self._text(spec, spec.default)))
            default.setObjectName(f"default_{spec.key.value}")
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(box)
            row.addWidget(default)
            row.addStretch(1)
            holder.setFocusProxy(box)  # a refused value puts the cursor in its box
            self.form.add_field(setting_key(spec.key), target_name(spec.key), holder)
            self.boxes[spec.key] = box
            self.default_labels[spec.key] = default
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.restore_button.setObjectName("restore_defaults")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.on_save(self.save_thresholds)

    def _suffix(self, spec: TargetSpec) -> str:
        if spec.unit is Unit.PERCENT:
            return "%"
        return self.tr(" a year") if spec.window is Window.YEAR_TO_DATE else self.tr(" a month")

    def _text(self, spec: TargetSpec, value: Decimal) -> str:
        """As its box shows it: ≥ 95.0%, ≤ 0 a year."""
        number = f"{value:.1f}" if spec.unit is Unit.PERCENT else f"{int(value)}"
        return f"{_comparison(spec)}{number}{self._suffix(spec)}"

    def _box(self, spec: TargetSpec) -> ThresholdBox:
        box: ThresholdBox
        if spec.unit is Unit.PERCENT:
            box = QDoubleSpinBox()
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setRange(0, float(spec.max_threshold))
        else:
            box = QSpinBox()
            # Incidents may be held at none; a minimum asks for at least one.
            box.setRange(0 if spec.at_most else 1, int(spec.max_threshold))
        box.setPrefix(_comparison(spec))
        box.setSuffix(self._suffix(spec))
        box.setAccessibleName(target_name(spec.key))
        return box

    def values(self) -> dict[TargetKey, Decimal]:
        """What the form says."""
        return {key: _value(box) for key, box in self.boxes.items()}

    def restore_defaults(self) -> None:
        """The plan's values back in the form; OK saves them, like any change."""
        self.form.clear_errors()
        for spec in TARGETS:
            _set(self.boxes[spec.key], spec.default)

    def save_thresholds(self) -> bool:
        """Store what the form says; False (the dialog stays) when a value is refused,
        with the message under its field and nothing written."""
        try:
            self.saved = self._settings.set_thresholds(self._actor, self.values())
        except ValidationError as exc:
            if not self.form.show_error(exc):
                raise  # FormDialog says it
            return False  # FormDialog makes room for the message
        return True
