"""A checklist template's name, frequency, areas and items, edited by managers; and a
new template, which also says what it inspects (its kind never changes later).

An edit never changes the version inspections were made with: saving writes the next
version, and the dialog says so before OK. A refusal is said where it belongs: under
its field, or — naming one item — at that item's row, under the items table; nothing
is saved and everything typed stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSizePolicy, QWidget

from propdesk.domain.inspections.kinds import Frequency, InspectionKind
from propdesk.domain.inspections.templates import (
    FIELD_AREAS,
    FIELD_FREQUENCY,
    FIELD_ITEMS,
    FIELD_KIND,
    FIELD_NAME,
    MAX_NAME,
    Template,
    TemplateChanges,
)
from propdesk.errors import ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.templates import TemplateInfo, TemplateService
from propdesk.ui.tabs.inspections.inspection_names import frequency_name, kind_name
from propdesk.ui.tabs.inspections.template_items_editor import TemplateItemsEditor
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog

_AREA_LINES = 4  # the areas box's height: the items below get the rest


def areas_of(text: str) -> tuple[str, ...]:
    """One area a line; blank lines are no areas (the service refuses a blank name)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class TemplateEditDialog(FormDialog):
    """Edits `info`'s template (the next version), or makes a new one when `info` is None."""

    def __init__(
        self,
        templates: TemplateService,
        actor: Actor,
        info: TemplateInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Edit checklist: {name}").format(name=info.name)
            if info is not None
            else self.tr("New checklist")
        )
        super().__init__(title, parent)
        self.setObjectName("template_edit_dialog" if info is not None else "template_new_dialog")
        self._templates = templates
        self._actor = actor
        self._info = info
        self.saved: TemplateInfo | None = None
        template = info.template if info is not None else None
        self.set_intro(
            self.tr(
                "Saving makes version {next} of this checklist. Inspections already "
                "recorded keep version {current} as they were made."
            ).format(next=info.version + 1, current=info.version)
            if info is not None
            else self.tr("The new checklist is owed from today in each of its areas.")
        )
        self.name_edit = self.form.add_line_edit(
            FIELD_NAME, self.tr("Name"), text=template.name if template else ""
        )
        self.name_edit.setMaxLength(MAX_NAME)
        # The kind is chosen once: pass rates by kind would move under recorded
        # inspections if an edit changed it.
        self.kind_combo: QComboBox | None = None
        if info is None:
            self.kind_combo = choice_combo(enum_choices(InspectionKind, kind_name), "template_kind")
            self.form.add_field(FIELD_KIND, self.tr("Inspects"), self.kind_combo)
        self.frequency_combo = choice_combo(
            enum_choices(Frequency, frequency_name), "template_frequency"
        )
        if template is not None:
            self.frequency_combo.setCurrentIndex(
                self.frequency_combo.findData(template.frequency.value)
            )
        self.form.add_field(FIELD_FREQUENCY, self.tr("Frequency"), self.frequency_combo)
        self.areas_edit = QPlainTextEdit("\n".join(template.areas) if template else "")
        self.areas_edit.setObjectName(FIELD_AREAS)
        self.areas_edit.setTabChangesFocus(True)  # Tab goes on to OK, as in every form
        self.areas_edit.setPlaceholderText(self.tr("One area a line"))
        line = self.areas_edit.fontMetrics().lineSpacing()
        # Fixed: the form gives its spare height to the rows that can grow, the items.
        self.areas_edit.setFixedHeight(line * _AREA_LINES + 12)
        self.areas_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form.add_field(FIELD_AREAS, self.tr("Areas (one a line)"), self.areas_edit)
        self.items_editor = TemplateItemsEditor(template.items if template else (), self)
        self.items_message = self.form.add_field(FIELD_ITEMS, self.tr("Items"), self.items_editor)

        self.on_save(self._save)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.resize(980, 640)

    def _save(self) -> bool:
        """False (the dialog stays open) when an item is refused: its row is selected
        and the message is under the table. Other refusals go to their fields."""
        self.items_editor.clear_error()
        self.items_editor.commit_open_editor()
        try:
            self.saved = self._write()
        except ValidationError as exc:
            if not self.items_editor.point_at(exc):
                raise
            self.items_message.setText(self.items_editor.message(exc))
            self.items_message.show()
            return False
        return True

    def _write(self) -> TemplateInfo:
        name = self.name_edit.text()
        frequency = Frequency(self.frequency_combo.currentData())
        areas = areas_of(self.areas_edit.toPlainText())
        items = self.items_editor.items()
        if self._info is None:
            assert self.kind_combo is not None  # a new template chooses its kind
            kind = InspectionKind(self.kind_combo.currentData())
            return self._templates.add(self._actor, Template(kind, name, frequency, areas, items))
        return self._templates.edit(
            self._actor,
            self._info.series_id,
            TemplateChanges(name=name, frequency=frequency, areas=areas, items=items),
        )
