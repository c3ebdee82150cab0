"""Editing a checklist template's name, frequency and areas (managers). An edit never
changes the version inspections were made with: saving writes the next version, and
the dialog says so before OK. The items are not edited here."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from propdesk.domain.inspections.kinds import Frequency
from propdesk.domain.inspections.templates import (
    FIELD_AREAS,
    FIELD_NAME,
    MAX_NAME,
    TemplateChanges,
)
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.templates import TemplateInfo, TemplateService
from propdesk.ui.tabs.inspections.inspection_names import frequency_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog

FIELD_FREQUENCY = "frequency"


def areas_of(text: str) -> tuple[str, ...]:
    """One area a line; blank lines are no areas (the service refuses a blank name)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class TemplateEditDialog(FormDialog):
    def __init__(
        self,
        templates: TemplateService,
        actor: Actor,
        info: TemplateInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit checklist: {name}").format(name=info.name), parent)
        self.setObjectName("template_edit_dialog")
        self.saved: TemplateInfo | None = None
        template = info.template
        self.set_intro(
            self.tr(
                "Saving makes version {next} of this checklist. Inspections already "
                "recorded keep version {current} as they were made."
            ).format(next=info.version + 1, current=info.version)
        )
        self.name_edit = self.form.add_line_edit(FIELD_NAME, self.tr("Name"), text=template.name)
        self.name_edit.setMaxLength(MAX_NAME)
        self.frequency_combo = choice_combo(
            enum_choices(Frequency, frequency_name), "template_frequency"
        )
        self.frequency_combo.setCurrentIndex(
            self.frequency_combo.findData(template.frequency.value)
        )
        self.form.add_field(FIELD_FREQUENCY, self.tr("Frequency"), self.frequency_combo)
        self.areas_edit = QPlainTextEdit("\n".join(template.areas))
        self.areas_edit.setObjectName(FIELD_AREAS)
        self.areas_edit.setTabChangesFocus(True)  # Tab goes on to OK, as in every form
        self.areas_edit.setPlaceholderText(self.tr("One area a line"))
        self.form.add_field(FIELD_AREAS, self.tr("Areas (one a line)"), self.areas_edit)

        def save() -> None:
            self.saved = templates.edit(
                actor,
                info.series_id,
                TemplateChanges(
                    name=self.name_edit.text(),
                    frequency=Frequency(self.frequency_combo.currentData()),
                    areas=areas_of(self.areas_edit.toPlainText()),
                ),
            )

        self.on_save(save)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
