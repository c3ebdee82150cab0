"""The codes an inspection (巡检) is described by: the template's kind and frequency,
the kind of each item and an item's result. Stored as these strings; the UI names them."""

from __future__ import annotations

from enum import StrEnum


class InspectionKind(StrEnum):
    """What a checklist inspects (SPEC Module 5)."""

    FIRE_EQUIPMENT = "fire_equipment"  # 消防设施: extinguishers, hydrants, alarm panels
    BUILDING = "building"  # 房屋本体: leaks, cracks, railings, doors
    WATER_DRAINAGE = "water_drainage"  # 给排水: pumps, tanks, drains
    POWER = "power"  # 供配电: switch rooms, lighting
    LIFTS = "lifts"  # 电梯
    PUBLIC_FIRE_SAFETY = "public_fire_safety"  # 公共区域消防: corridors and stairs kept clear
    CLEANING = "cleaning"  # 保洁
    GREENING = "greening"  # 绿化
    GARBAGE_SORTING = "garbage_sorting"  # 垃圾分类投放点


class Frequency(StrEnum):
    """How often a template is due for each of its areas (domain.inspections.due)."""

    DAILY = "daily"
    WEEKLY = "weekly"  # once per ISO week (Monday to Sunday)
    MONTHLY = "monthly"  # once per calendar month
    QUARTERLY = "quarterly"  # once per calendar quarter (Jan–Mar, Apr–Jun, …)


class ItemKind(StrEnum):
    """What an item asks for."""

    CHECK = "check"  # pass / fail / n.a.
    NUMBER = "number"  # a reading judged against the item's limits (a pressure gauge)
    TEXT = "text"  # a short note (a meter reading's remark, who was on duty)


class ItemResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "n_a"  # not judged: excluded from every pass rate


# The kinds whose pass rates feed the service targets (domain.service_targets).
FIRE_KINDS = frozenset({InspectionKind.FIRE_EQUIPMENT})
HYGIENE_KINDS = frozenset({InspectionKind.CLEANING})
GREENING_KINDS = frozenset({InspectionKind.GREENING})
