"""Settings → Complaints: how soon a complaint must be answered, by severity, and the
shorter limit some categories get (a guard's conduct or a loud party cannot wait a
day): the deadline is the severity's hours, or the category's cap when shorter.

Estate-wide (stored in the database, every change audited by the service). A new
limit applies to complaints taken from then on; those taken keep their deadline.
Roles that may only view settings see the values read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from propdesk.domain.complaints.deadlines import (
    FIELD_CATEGORY_CAPS,
    FIELD_MINOR,
    FIELD_NORMAL,
    FIELD_SERIOUS,
    MAX_HOURS,
)
from propdesk.domain.complaints.kinds import ComplaintCategory
from propdesk.domain.roles import Action, Module
from propdesk.services.complaints.settings import ComplaintSettingsService
from propdesk.services.core.actor import Actor
from propdesk.ui.complaint_names import category_name
from propdesk.ui.widgets.form_dialog import FormDialog

CAP_COLUMNS = 3  # nine categories: three rows of three


def hours_box(hours: int, low: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, MAX_HOURS)
    box.setValue(hours)
    box.setSuffix(QCoreApplication.translate("ComplaintSettingsDialog", " h"))
    return box


class CategoryCaps(QWidget):
    """A box per category: its cap in hours, or "no cap" (0)."""

    def __init__(self, caps: dict[ComplaintCategory, int]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[ComplaintCategory, QSpinBox] = {}
        for index, category in enumerate(ComplaintCategory):
            box = hours_box(caps.get(category, 0), low=0)
            box.setSpecialValueText(self.tr("no cap"))
            box.setObjectName(f"cap_{category.value}")
            row, column = divmod(index, CAP_COLUMNS)
            grid.addWidget(QLabel(category_name(category)), row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
            self.boxes[category] = box
        self.setFocusProxy(self.boxes[ComplaintCategory.SECURITY])

    def caps(self) -> dict[ComplaintCategory, int]:
        return {c: box.value() for c, box in self.boxes.items() if box.value()}


class ComplaintSettingsDialog(FormDialog):
    def __init__(
        self, settings: ComplaintSettingsService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Complaint settings"), parent)
        self.setObjectName("complaint_settings")
        rules = settings.rules()
        self.serious_edit = hours_box(rules.serious_hours)
        self.normal_edit = hours_box(rules.normal_hours)
        self.minor_edit = hours_box(rules.minor_hours)
        for name, box in (
            (FIELD_SERIOUS, self.serious_edit),
            (FIELD_NORMAL, self.normal_edit),
            (FIELD_MINOR, self.minor_edit),
        ):
            box.setObjectName(name)
            # As wide as the caps' boxes below, not the whole row.
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.caps_edit = CategoryCaps(dict(rules.category_caps))

        form = self.form
        heading = QLabel(self.tr("A complaint is answered within, from its receipt:"))
        heading.setWordWrap(True)
        form.addRow(heading)
        form.add_field(FIELD_SERIOUS, self.tr("Serious"), self.serious_edit)
        form.add_field(FIELD_NORMAL, self.tr("Normal"), self.normal_edit)
        form.add_field(FIELD_MINOR, self.tr("Minor"), self.minor_edit)
        caps_heading = QLabel(
            self.tr("At most, for these categories (the shorter of the two applies):")
        )
        caps_heading.setWordWrap(True)
        form.addRow(caps_heading)
        form.add_field(FIELD_CATEGORY_CAPS, "", self.caps_edit)
        note = QLabel(
            self.tr(
                "A new limit applies to complaints taken from now on; those taken keep "
                "their deadline."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.tab_through_fields()

        self.read_only = not actor.may(Module.SETTINGS, Action.UPDATE)
        if self.read_only:
            self.show_settings_read_only()
        else:
            self.on_save(
                lambda: settings.set_rules(
                    actor,
                    serious_hours=self.serious_edit.value(),
                    normal_hours=self.normal_edit.value(),
                    minor_hours=self.minor_edit.value(),
                    category_caps=self.caps_edit.caps(),
                )
            )
