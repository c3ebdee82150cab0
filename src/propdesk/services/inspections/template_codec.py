"""A template version's areas and items as the JSON text its row keeps
(store.models.InspectionTemplate), and back: a version is written and read whole."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind
from propdesk.domain.inspections.templates import Template, TemplateItem
from propdesk.store.models import InspectionTemplate


def _item_json(item: TemplateItem) -> dict[str, Any]:
    found: dict[str, Any] = {"key": item.key, "text": item.text, "kind": item.kind.value}
    if item.unit:
        found["unit"] = item.unit
    if item.low is not None:
        found["low"] = str(item.low)  # exact: a Decimal as its text
    if item.high is not None:
        found["high"] = str(item.high)
    if not item.required:
        found["required"] = False
    if item.equipment_kind is not None:
        found["equipment_kind"] = item.equipment_kind.value
    return found


def items_json(items: tuple[TemplateItem, ...]) -> str:
    return json.dumps([_item_json(item) for item in items], ensure_ascii=False)


def areas_json(areas: tuple[str, ...]) -> str:
    return json.dumps(list(areas), ensure_ascii=False)


def _item(found: dict[str, Any]) -> TemplateItem:
    low, high = found.get("low"), found.get("high")
    kind = found.get("equipment_kind")
    return TemplateItem(
        found["key"],
        found["text"],
        ItemKind(found["kind"]),
        found.get("unit", ""),
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        found.get("required", True),
        None if kind is None else EquipmentKind(kind),
    )


def template_of(row: InspectionTemplate) -> Template:
    return Template(
        InspectionKind(row.kind),
        row.name,
        Frequency(row.frequency),
        tuple(json.loads(row.areas)),
        tuple(_item(found) for found in json.loads(row.items)),
        row.version,
    )
