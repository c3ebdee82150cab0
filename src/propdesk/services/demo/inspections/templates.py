"""The demo's checklist templates: the defaults of every kind in zh_CN
(domain.inspections.defaults), stored as the template service stores a version
(services.inspections.templates._write: the areas and items as the codec's JSON),
seeded on the demo's first day by a manager, so every period since is owed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from propdesk.domain.inspections.defaults import default_templates
from propdesk.domain.inspections.equipment import FIRE_EQUIPMENT_KINDS
from propdesk.domain.inspections.kinds import FIRE_KINDS
from propdesk.domain.inspections.templates import Template
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.rows_writer import Row
from propdesk.services.inspections.template_codec import areas_json, items_json

LANGUAGE = "zh_CN"
SEEDED_BY = "manager1"  # the demo's manager (services.demo.complaints.complaints)


@dataclass(frozen=True)
class DemoTemplate:
    id: int  # the version's row
    series_id: int
    template: Template
    # Per item: judged (a check or a number), and counted in the fire equipment intact
    # rate (every judged item of a fire checklist; elsewhere those on fire equipment),
    # as services.inspections.inspections.write_inspection counts them.
    judged: tuple[bool, ...]
    fire: tuple[bool, ...]


def plan_templates(
    ids: DemoIds, seeded: int, first_day: date
) -> tuple[list[DemoTemplate], list[Row]]:
    """The templates and their rows, seeded at `seeded` (Unix seconds), owed from
    `first_day` (local)."""
    planned: list[DemoTemplate] = []
    rows: list[Row] = []
    for template in default_templates(LANGUAGE):
        row_id, series = ids.at(seeded), ids.at(seeded)
        judged = tuple(item.judged for item in template.items)
        fire_kind = template.kind in FIRE_KINDS
        fire = tuple(
            item.judged and (fire_kind or item.equipment_kind in FIRE_EQUIPMENT_KINDS)
            for item in template.items
        )
        planned.append(DemoTemplate(row_id, series, template, judged, fire))
        rows.append(
            {
                "id": row_id,
                "created_at": seeded,
                "updated_at": seeded,
                "series_id": series,
                "version": template.version,
                "kind": template.kind.value,
                "name": template.name,
                "frequency": template.frequency.value,
                "areas": areas_json(template.areas),
                "items": items_json(template.items),
                "active_from": first_day,
                "created_by": SEEDED_BY,
                "retired_at": None,
            }
        )
    return planned, rows
