"""The codes a repair ticket (报修工单) is described by: channel, category, priority and
the kind of record a ticket was opened from. Stored as these strings; the UI names them."""

from __future__ import annotations

from enum import StrEnum


class RepairChannel(StrEnum):
    """How the office heard of the fault."""

    HOTLINE = "hotline"  # the 24 h service hotline
    WALK_IN = "walk_in"  # at the front desk
    PATROL = "patrol"  # found by a guard on patrol
    INSPECTION = "inspection"  # a failed item of an inspection checklist
    COMPLAINT = "complaint"  # raised in a complaint
    OTHER = "other"


class RepairCategory(StrEnum):
    PLUMBING = "plumbing"
    ELECTRICAL = "electrical"
    LIFT = "lift"
    DOORS_LOCKS = "doors_locks"
    LEAKS_CRACKS = "leaks_cracks"
    FIRE_EQUIPMENT = "fire_equipment"
    PUBLIC_FACILITIES = "public_facilities"
    OTHER = "other"


class RepairPriority(StrEnum):
    """Decides the arrival limit (see domain.repair_sla)."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    NORMAL = "normal"


class RepairSource(StrEnum):
    """The other modules that open tickets: their record is linked by kind and id."""

    PATROL = "patrol"
    INSPECTION = "inspection"
    COMPLAINT = "complaint"
    INQUIRY = "inquiry"  # a question at reception that turned out to be a fault


# Tickets staff raise themselves (a guard, an inspector) or the office raises from a
# complaint: the reporter need not leave a phone number — the office knows how to reach
# its own people, the complaint keeps the complainant's (an anonymous one has none).
STAFF_CHANNELS = frozenset(
    {RepairChannel.PATROL, RepairChannel.INSPECTION, RepairChannel.COMPLAINT}
)

# The channel a ticket opened from another module's record gets.
SOURCE_CHANNEL = {
    RepairSource.PATROL: RepairChannel.PATROL,
    RepairSource.INSPECTION: RepairChannel.INSPECTION,
    RepairSource.COMPLAINT: RepairChannel.COMPLAINT,
    # The resident asked at the front desk; their phone is on the inquiry.
    RepairSource.INQUIRY: RepairChannel.WALK_IN,
}
