"""Judging an inspection's answers against the template version it was made with.

`judge` turns the answers given (item key → `Answer`) into an `InspectionOutcome`:
a check item takes the result given; a number item is judged from its reading (inside
the item's limits passes, outside fails); a text item is noted, never judged. Bad input
is refused whole with a ValidationError naming `item_field(key)`: an answer to an item
the template does not have, a required item left without a result, a reading outside
the unit's sane range (a typing mistake, not a failure), a pass or fail given for a
number without its reading, a reading or a text on an item that asks for neither, a
text too long.

"All pass, then the exceptions" is `all_pass`: every check item not answered passes.

Pass rates count judged items only: n.a. items and text items are left out of both
the passed count and the judged count. `target_ratios` gives the service targets
(domain.service_targets) their inputs: the fire equipment intact rate counts the items
of fire-equipment checklists and, in any other checklist, the items that point at fire
equipment (an extinguisher checked on the daily fire-safety round); hygiene counts
cleaning checklists; greening counts greening checklists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from propdesk.domain.inspections.equipment import FIRE_EQUIPMENT_KINDS, EquipmentKind
from propdesk.domain.inspections.kinds import (
    FIRE_KINDS,
    GREENING_KINDS,
    HYGIENE_KINDS,
    InspectionKind,
    ItemKind,
    ItemResult,
)
from propdesk.domain.inspections.templates import (
    Template,
    TemplateItem,
    as_decimal,
    item_field,
    sane_range,
)
from propdesk.domain.service_targets import Ratio
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_TEXT = 200  # a text item's answer
MAX_NOTE = 500  # an item's note


@dataclass(frozen=True)
class Answer:
    """What the inspector wrote on one line: a result (check items; n.a. on any judged
    item), a reading (number items), a text (text items) and a note (any item)."""

    result: ItemResult | None = None
    value: Decimal | int | str | None = None
    text: str = ""
    note: str = ""


@dataclass(frozen=True)
class JudgedItem:
    key: str
    kind: ItemKind
    result: ItemResult | None  # None: a text item, or an optional item left blank
    value: Decimal | None = None
    text: str = ""
    note: str = ""
    equipment_kind: EquipmentKind | None = None


@dataclass(frozen=True)
class PassCount:
    """`passed` of `judged` items (n.a. and text items excluded)."""

    passed: int = 0
    judged: int = 0

    @property
    def failed(self) -> int:
        return self.judged - self.passed

    def __add__(self, other: PassCount) -> PassCount:
        return PassCount(self.passed + other.passed, self.judged + other.judged)

    def ratio(self) -> Ratio | None:
        """The target's input; None when nothing was judged (the target shows no data)."""
        return Ratio(self.passed, self.judged) if self.judged else None


@dataclass(frozen=True)
class InspectionOutcome:
    kind: InspectionKind
    template_version: int
    items: tuple[JudgedItem, ...]

    @property
    def failed_keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items if item.result is ItemResult.FAIL)

    @property
    def passed(self) -> bool:
        """The inspection's result: passed when no item failed."""
        return not self.failed_keys

    def count(self, *, fire_equipment_only: bool = False) -> PassCount:
        passed = judged = 0
        for item in self.items:
            if item.result not in (ItemResult.PASS, ItemResult.FAIL):
                continue
            if fire_equipment_only and item.equipment_kind not in FIRE_EQUIPMENT_KINDS:
                continue
            judged += 1
            passed += item.result is ItemResult.PASS
        return PassCount(passed, judged)


def _refuse(key: str, text: str, **params: object) -> ValidationError:
    return ValidationError(text, field=item_field(key), item=key, **params)


def _refuse_item(item: TemplateItem, text: str, **params: object) -> ValidationError:
    """Named by its words on the sheet, which the inspector sees; the field by its key."""
    return ValidationError(text, field=item_field(item.key), item=item.text, **params)


def judge(template: Template, answers: Mapping[str, Answer]) -> InspectionOutcome:
    unknown = [key for key in answers if template.item(key) is None]
    if unknown:
        raise _refuse(
            unknown[0],
            QT_TRANSLATE_NOOP("messages", "This checklist has no item {item}."),
        )
    judged = tuple(_judge_item(item, answers.get(item.key, Answer())) for item in template.items)
    return InspectionOutcome(template.kind, template.version, judged)


def _judge_item(item: TemplateItem, answer: Answer) -> JudgedItem:
    note = answer.note.strip()
    if len(note) > MAX_NOTE:
        raise _refuse_item(
            item,
            QT_TRANSLATE_NOOP("messages", "Item “{item}”: a note is at most {limit} characters."),
            limit=MAX_NOTE,
        )
    if item.kind is ItemKind.TEXT:
        return _judge_text(item, answer, note)
    if answer.text.strip() or (item.kind is ItemKind.CHECK and answer.value is not None):
        # A reading or a text where the item asks for neither: refused, not dropped.
        raise _refuse_item(
            item,
            QT_TRANSLATE_NOOP("messages", "Item “{item}” takes a result, not a text or a number."),
        )
    value: Decimal | None = None
    result = answer.result
    if item.kind is ItemKind.NUMBER and answer.value is not None and answer.value != "":
        value = _reading(item, answer.value)
        result = ItemResult.PASS if item.within_limits(value) else ItemResult.FAIL
    elif item.kind is ItemKind.NUMBER and result in (ItemResult.PASS, ItemResult.FAIL):
        raise _refuse_item(
            item,
            QT_TRANSLATE_NOOP("messages", "Item “{item}”: enter the reading, or mark it n.a."),
        )
    if result is not None and not isinstance(result, ItemResult):
        raise _refuse_item(item, QT_TRANSLATE_NOOP("messages", "Item “{item}”: choose a result."))
    if result is None and item.required:
        raise _refuse_item(
            item,
            QT_TRANSLATE_NOOP("messages", "Item “{item}” needs a result."),
        )
    return JudgedItem(item.key, item.kind, result, value, "", note, item.equipment_kind)


def _reading(item: TemplateItem, raw: object) -> Decimal:
    value = as_decimal(raw)
    floor, ceiling = sane_range(item.unit)
    if value is None or not floor <= value <= ceiling:
        raise _refuse_item(
            item,
            QT_TRANSLATE_NOOP(
                "messages",
                "Item “{item}”: a reading must be a number from {floor} to {ceiling}{unit}.",
            ),
            floor=floor,
            ceiling=ceiling,
            unit=f" {item.unit}" if item.unit else "",
        )
    return value


def _judge_text(item: TemplateItem, answer: Answer, note: str) -> JudgedItem:
    if answer.result is not None or answer.value is not None:
        raise _refuse_item(
            item,
            QT_TRANSLATE_NOOP("messages", "Item “{item}” takes a text, not a result."),
        )
    text = answer.text.strip()
    if len(text) > MAX_TEXT:
        raise _refuse_item(
            item,
            QT_TRANSLATE_NOOP("messages", "Item “{item}”: at most {limit} characters."),
            limit=MAX_TEXT,
        )
    if not text and item.required:
        raise _refuse_item(item, QT_TRANSLATE_NOOP("messages", "Item “{item}” needs a text."))
    return JudgedItem(item.key, item.kind, None, None, text, note, item.equipment_kind)


def all_pass(template: Template, exceptions: Mapping[str, Answer]) -> dict[str, Answer]:
    """The answers with PASS filled in for every check item not given: the inspector
    marks only the exceptions. Number and text items are never filled (a reading is
    written, not assumed)."""
    filled = dict(exceptions)
    for item in template.items:
        if item.kind is ItemKind.CHECK and item.key not in filled:
            filled[item.key] = Answer(ItemResult.PASS)
    return filled


# -- pass rates ------------------------------------------------------------------------
def pass_rates_by_kind(
    outcomes: Iterable[InspectionOutcome],
) -> dict[InspectionKind, PassCount]:
    """Items passed / judged per inspection kind (the monthly chart); a kind with no
    inspection is absent, one whose items were all n.a. has judged 0."""
    rates: dict[InspectionKind, PassCount] = {}
    for outcome in outcomes:
        rates[outcome.kind] = rates.get(outcome.kind, PassCount()) + outcome.count()
    return rates


@dataclass(frozen=True)
class TargetRatios:
    """The three targets' inputs (None: nothing judged in the window)."""

    fire_equipment: Ratio | None
    hygiene: Ratio | None
    greening: Ratio | None


def fire_equipment_count(outcomes: Iterable[InspectionOutcome]) -> PassCount:
    total = PassCount()
    for outcome in outcomes:
        total += outcome.count(fire_equipment_only=outcome.kind not in FIRE_KINDS)
    return total


def _kinds_count(
    outcomes: Iterable[InspectionOutcome], kinds: frozenset[InspectionKind]
) -> PassCount:
    total = PassCount()
    for outcome in outcomes:
        if outcome.kind in kinds:
            total += outcome.count()
    return total


def target_ratios(outcomes: Iterable[InspectionOutcome]) -> TargetRatios:
    found = tuple(outcomes)
    return TargetRatios(
        fire_equipment_count(found).ratio(),
        _kinds_count(found, HYGIENE_KINDS).ratio(),
        _kinds_count(found, GREENING_KINDS).ratio(),
    )
