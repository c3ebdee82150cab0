"""A department's assessment standard (考核标准): scored items whose points add up to
the department's full score (100 by the plan's practice, though an office may weigh
its items otherwise).

A standard is versioned like the inspections' templates: an edit is the next version
of the same series, and an assessment keeps the version (words and points) it was
made with. Item keys stay when the words change, so a notice on an item is still the
same item next month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_NAME = 60
MAX_ITEM_TEXT = 200
MAX_ITEMS = 40
MAX_ITEM_POINTS = 100
MAX_TOTAL = 1000
FIELD_NAME = "name"
FIELD_ITEMS = "items"
_KEY = re.compile(r"^[a-z0-9_]{1,40}$")


def item_field(key: str) -> str:
    """The field an item's message is shown next to: "item:<key>"."""
    return f"item:{key}"


@dataclass(frozen=True)
class StandardItem:
    key: str  # stable across versions: "patrol_on_time"
    text: str  # "按时巡逻，巡更记录完整"
    points: int  # its share of the full score


@dataclass(frozen=True)
class Standard:
    name: str
    items: tuple[StandardItem, ...]

    @property
    def total(self) -> int:
        """The full score: the items' points added up."""
        return sum(item.points for item in self.items)

    def item(self, key: str) -> StandardItem | None:
        return next((item for item in self.items if item.key == key), None)


def _clean(text: object) -> str:
    return " ".join(text.split()) if isinstance(text, str) else ""


def check_standard(standard: Standard) -> Standard:
    """The standard cleaned, or ValidationError naming the field: a name, 1 to 40
    items with distinct keys, each with words and 1 to 100 whole points."""
    name = _clean(standard.name)
    if not name or len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Name the standard (at most {limit} characters)."),
            field=FIELD_NAME,
            limit=MAX_NAME,
        )
    if not standard.items or len(standard.items) > MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A standard has 1 to {limit} items."),
            field=FIELD_ITEMS,
            limit=MAX_ITEMS,
        )
    seen: set[str] = set()
    items = []
    for item in standard.items:
        key = item.key if isinstance(item.key, str) else ""
        if not _KEY.match(key) or key in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Each item needs a key of its own."),
                field=FIELD_ITEMS,
            )
        seen.add(key)
        text = _clean(item.text)
        if not text or len(text) > MAX_ITEM_TEXT:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Describe the item (at most {limit} characters)."),
                field=item_field(key),
                limit=MAX_ITEM_TEXT,
            )
        points = item.points
        if isinstance(points, bool) or not isinstance(points, int):
            points = -1
        if not 1 <= points <= MAX_ITEM_POINTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "An item is worth 1 to {limit} points."),
                field=item_field(key),
                limit=MAX_ITEM_POINTS,
            )
        items.append(StandardItem(key, text, points))
    return Standard(name, tuple(items))


def next_key(standard_items: tuple[StandardItem, ...] | list[StandardItem]) -> str:
    """A key for an item added by hand: item_1, item_2 … not yet taken."""
    taken = {item.key for item in standard_items}
    n = 1
    while f"item_{n}" in taken:
        n += 1
    return f"item_{n}"
