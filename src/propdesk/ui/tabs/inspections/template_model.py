"""The checklist templates (检查表模板), the newest version of each, by kind then name
(the service's order); a retired one greyed when the list shows them too."""

from __future__ import annotations

from typing import Any

from propdesk.services.inspections.templates import TemplateInfo
from propdesk.ui.tabs.inspections.inspection_names import frequency_name, kind_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column, date_column


def areas_text(info: TemplateInfo) -> str:
    return "、".join(info.template.areas)


class TemplateTableModel(DtoTableModel[TemplateInfo]):
    (
        COL_NAME,
        COL_KIND,
        COL_FREQUENCY,
        COL_AREAS,
        COL_ITEMS,
        COL_VERSION,
        COL_ACTIVE_FROM,
    ) = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
                Column(self.tr("Frequency"), lambda r: frequency_name(r.template.frequency)),
                Column(self.tr("Areas"), areas_text, tooltip=areas_text),
                count_column(self.tr("Items"), lambda r: len(r.template.items)),
                count_column(self.tr("Version"), lambda r: r.version),
                date_column(self.tr("Owed from"), lambda r: r.active_from),
            ]
        )

    def is_inactive(self, row: TemplateInfo) -> bool:
        return row.retired
