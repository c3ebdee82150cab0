"""Which checklist a new inspection is made with (the Inspections page's F2): the live
templates by kind and name; OK opens the inspection form with the one chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.ui.tabs.inspections.inspection_names import frequency_name, kind_name
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.widgets.form_dialog import FormDialog

FIELD_TEMPLATE = "template"


class TemplateChoiceDialog(FormDialog):
    def __init__(self, templates: list[TemplateInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New inspection"), parent)
        self.setObjectName("template_choice_dialog")
        if not templates:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "There is no checklist template yet: a manager loads the default ones "
                    "on the Templates page.",
                )
            )
        self._templates = {str(info.id): info for info in templates}
        self.chosen: TemplateInfo | None = None
        self.template_combo = choice_combo(
            (
                (
                    self.tr("{name} · {kind} · {frequency}").format(
                        name=info.name,
                        kind=kind_name(info.kind),
                        frequency=frequency_name(info.template.frequency),
                    ),
                    str(info.id),
                )
                for info in templates
            ),
            FIELD_TEMPLATE,
        )
        self.template_combo.setMaxVisibleItems(15)
        self.form.add_field(FIELD_TEMPLATE, self.tr("Checklist"), self.template_combo)
        self.on_save(self._choose)
        self.fields_first_in_tab_order()
        self.tab_through_fields()

    def _choose(self) -> None:
        self.chosen = self._templates.get(str(self.template_combo.currentData()))
