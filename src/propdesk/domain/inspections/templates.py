"""Checklist templates (检查表模板): what an inspection of a kind asks, item by item.

A template version is immutable: an inspection records the version it was made with,
and editing a template makes the next version (`next_version`), so an inspection
already recorded never changes. Item keys stay the same from version to version: a
re-inspection of "that item" (a rectification) finds it by key in any later version.

A bad template is refused whole (ValidationError): no items, a repeated item key, a
number's low limit above its high, limits outside the unit's sane range. Errors about
one item name the field `item_field(key)`, so the editor can point at its row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_NAME = 60
MAX_AREA = 60
MAX_ITEM_TEXT = 200
MAX_UNIT = 12
MAX_ITEMS = 100
MAX_AREAS = 200
_KEY = re.compile(r"^[a-z0-9_]{1,40}$")

# A reading beyond these bounds is a typing mistake, not a measurement: refused as bad
# input (domain.inspections.results), and no limit may lie outside them. Units not
# listed get GLOBAL_BOUND. Units are compared as typed, case-sensitively ("MPa").
GLOBAL_BOUND = (Decimal(-1_000_000), Decimal(1_000_000))
SANE_RANGES: dict[str, tuple[Decimal, Decimal]] = {
    "MPa": (Decimal(0), Decimal(10)),  # extinguisher 1.2, hydrant ≤ 1.6, pumps ≤ 2.5
    "kPa": (Decimal(0), Decimal(10_000)),
    "bar": (Decimal(0), Decimal(100)),
    "°C": (Decimal(-50), Decimal(150)),
    "%": (Decimal(0), Decimal(100)),
    "pH": (Decimal(0), Decimal(14)),
    "V": (Decimal(0), Decimal(50_000)),
    "A": (Decimal(0), Decimal(10_000)),
    "Hz": (Decimal(0), Decimal(1_000)),
    "MΩ": (Decimal(0), Decimal(100_000)),
    "lx": (Decimal(0), Decimal(200_000)),
    "m": (Decimal(0), Decimal(1_000)),
    "mm": (Decimal(0), Decimal(100_000)),
    "min": (Decimal(0), Decimal(1_440)),
    "s": (Decimal(0), Decimal(86_400)),
}

# The fields a template's errors name (besides `item_field(key)`).
FIELD_NAME = "name"
FIELD_AREAS = "areas"
FIELD_ITEMS = "items"
FIELD_KIND = "kind"
FIELD_FREQUENCY = "frequency"

E = TypeVar("E", InspectionKind, Frequency)


def _code(kind: type[E], value: object, field: str, message: str) -> E:
    """`value` as the code it names (the code itself or its text); a ValidationError
    naming `field` for anything else (empty, unknown, None)."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    raise ValidationError(message, field=field)


def item_field(key: str) -> str:
    """The ValidationError field of one item (its row in a template or a checklist)."""
    return f"item:{key}"


def sane_range(unit: str) -> tuple[Decimal, Decimal]:
    return SANE_RANGES.get(unit, GLOBAL_BOUND)


def as_decimal(value: object) -> Decimal | None:
    """A reading or a limit as an exact Decimal; None for anything not a finite number
    (booleans included: `True` is no reading)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float | str):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


def _item_error(key: str, text: str, **params: object) -> ValidationError:
    return ValidationError(text, field=item_field(key), item=key, **params)


@dataclass(frozen=True)
class TemplateItem:
    """One line of a checklist. `unit`, `low` and `high` belong to NUMBER items only;
    either limit may be missing (a gauge only has a minimum). `equipment_kind` says
    which register item it inspects (the inspection names the very item)."""

    key: str
    text: str
    kind: ItemKind = ItemKind.CHECK
    unit: str = ""
    low: Decimal | None = None
    high: Decimal | None = None
    required: bool = True
    equipment_kind: EquipmentKind | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not _KEY.match(self.key):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "An item key is 1 to 40 lower-case letters, digits or underscores.",
                ),
                field=item_field(str(self.key)),
            )
        text = self.text.strip() if isinstance(self.text, str) else ""
        if not text or len(text) > MAX_ITEM_TEXT:
            raise _item_error(
                self.key,
                QT_TRANSLATE_NOOP(
                    "messages", "Item “{item}”: the text is 1 to {limit} characters."
                ),
                limit=MAX_ITEM_TEXT,
            )
        object.__setattr__(self, "text", text)
        if not isinstance(self.kind, ItemKind):
            raise _item_error(
                self.key, QT_TRANSLATE_NOOP("messages", "Item “{item}”: choose its kind.")
            )
        if self.kind is ItemKind.NUMBER:
            self._check_number()
        elif self.unit or self.low is not None or self.high is not None:
            raise _item_error(
                self.key,
                QT_TRANSLATE_NOOP(
                    "messages", "Item “{item}”: only a number item has a unit and limits."
                ),
            )

    def _check_number(self) -> None:
        unit = self.unit.strip()
        if len(unit) > MAX_UNIT:
            raise _item_error(
                self.key,
                QT_TRANSLATE_NOOP(
                    "messages", "Item “{item}”: the unit is at most {limit} characters."
                ),
                limit=MAX_UNIT,
            )
        object.__setattr__(self, "unit", unit)
        floor, ceiling = sane_range(unit)
        for name in ("low", "high"):
            raw = getattr(self, name)
            if raw is None:
                continue
            limit = as_decimal(raw)
            if limit is None or not floor <= limit <= ceiling:
                raise _item_error(
                    self.key,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Item “{item}”: a limit must be a number from {floor} to {ceiling}.",
                    ),
                    floor=floor,
                    ceiling=ceiling,
                )
            object.__setattr__(self, name, limit)
        if self.low is not None and self.high is not None and self.low > self.high:
            raise _item_error(
                self.key,
                QT_TRANSLATE_NOOP(
                    "messages", "Item “{item}”: the low limit must not be above the high limit."
                ),
            )

    @property
    def judged(self) -> bool:
        """A check or a number gets a result that counts in pass rates; a text does not."""
        return self.kind is not ItemKind.TEXT

    def within_limits(self, value: Decimal) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@dataclass(frozen=True)
class Template:
    kind: InspectionKind
    name: str
    frequency: Frequency
    areas: tuple[str, ...]
    items: tuple[TemplateItem, ...]
    version: int = 1

    def __post_init__(self) -> None:
        name = self.name.strip() if isinstance(self.name, str) else ""
        if not name or len(name) > MAX_NAME:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "A template's name is 1 to {limit} characters."),
                field=FIELD_NAME,
                limit=MAX_NAME,
            )
        object.__setattr__(self, "name", name)
        object.__setattr__(
            self,
            "kind",
            _code(
                InspectionKind,
                self.kind,
                FIELD_KIND,
                QT_TRANSLATE_NOOP("messages", "Choose what the checklist inspects."),
            ),
        )
        object.__setattr__(
            self,
            "frequency",
            _code(
                Frequency,
                self.frequency,
                FIELD_FREQUENCY,
                QT_TRANSLATE_NOOP("messages", "Choose how often it is due."),
            ),
        )
        if not isinstance(self.version, int) or isinstance(self.version, bool) or self.version < 1:
            raise ValueError(f"a template version counts from 1, got {self.version!r}")
        object.__setattr__(self, "areas", _areas(self.areas))
        object.__setattr__(self, "items", _items(self.items))

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items)

    def item(self, key: str) -> TemplateItem | None:
        return next((item for item in self.items if item.key == key), None)


def _areas(areas: Iterable[str]) -> tuple[str, ...]:
    cleaned = tuple(area.strip() if isinstance(area, str) else "" for area in areas)
    if not cleaned or len(cleaned) > MAX_AREAS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Name at least one area the template covers."),
            field=FIELD_AREAS,
        )
    for area in cleaned:
        if not area or len(area) > MAX_AREA:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "An area's name is 1 to {limit} characters."),
                field=FIELD_AREAS,
                limit=MAX_AREA,
            )
    if len(set(cleaned)) != len(cleaned):
        repeated = next(area for area in cleaned if cleaned.count(area) > 1)
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The area {area} is listed twice."),
            field=FIELD_AREAS,
            area=repeated,
        )
    return cleaned


def _items(items: Iterable[TemplateItem]) -> tuple[TemplateItem, ...]:
    found = tuple(items)
    if not found:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A checklist needs at least one item."),
            field=FIELD_ITEMS,
        )
    if len(found) > MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A checklist has at most {limit} items."),
            field=FIELD_ITEMS,
            limit=MAX_ITEMS,
        )
    seen: set[str] = set()
    for item in found:
        if not isinstance(item, TemplateItem):
            raise TypeError(f"a template's items are TemplateItem, got {item!r}")
        if item.key in seen:
            raise _item_error(
                item.key,
                QT_TRANSLATE_NOOP("messages", "The item key {item} is used twice."),
            )
        seen.add(item.key)
    return found


@dataclass(frozen=True)
class TemplateChanges:
    """An edit of a template: None leaves that part as it was. The kind never changes
    (pass rates by kind would move under recorded inspections): a new kind is a new
    template."""

    name: str | None = None
    frequency: Frequency | None = None
    areas: tuple[str, ...] | None = None
    items: tuple[TemplateItem, ...] | None = field(default=None)


def next_version(old: Template, changes: TemplateChanges) -> Template:
    """The template after `changes`, as version old.version + 1 (validated whole).
    Returns `old` itself when nothing changes: no new version is written."""
    edited = replace(
        old,
        name=old.name if changes.name is None else changes.name,
        frequency=old.frequency if changes.frequency is None else changes.frequency,
        areas=old.areas if changes.areas is None else tuple(changes.areas),
        items=old.items if changes.items is None else tuple(changes.items),
    )
    if edited == old:
        return old
    return replace(edited, version=old.version + 1)
