"""What a guard can find at a checkpoint: the categories a finding is filed under."""

from __future__ import annotations

from enum import StrEnum


class FindingCategory(StrEnum):
    DOORS_WINDOWS = "doors_windows"  # left open, broken lock
    FIRE_EQUIPMENT = "fire_equipment"  # extinguisher missing, exit blocked
    LIGHTING = "lighting"
    FACILITIES = "facilities"  # damaged railing, leaking pipe
    SECURITY = "security"  # a stranger, a suspicious vehicle
    HYGIENE = "hygiene"  # rubbish, spills
    OTHER = "other"


# A finding of these categories usually needs a technician: the form offers opening a
# repair ticket first.
REPAIR_CATEGORIES = frozenset(
    {
        FindingCategory.DOORS_WINDOWS,
        FindingCategory.FIRE_EQUIPMENT,
        FindingCategory.LIGHTING,
        FindingCategory.FACILITIES,
    }
)
