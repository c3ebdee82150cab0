"""What an incident is and where it came from: its kind (security: theft, intrusion,
fight; fire; natural disaster; accident; other), the record it was opened from (a
patrol finding, a gate journal entry) and its state."""

from __future__ import annotations

from enum import StrEnum


class IncidentKind(StrEnum):
    THEFT = "theft"  # 盗窃
    INTRUSION = "intrusion"  # 非法闯入
    FIGHT = "fight"  # 打架斗殴
    FIRE = "fire"  # 火灾
    DISASTER = "disaster"  # 自然灾害 (typhoon, flood, storm)
    ACCIDENT = "accident"  # 意外事故 (a fall, a car scraped, a lift trapping)
    OTHER = "other"


# The security kinds (治安事件), grouped as the plan groups them.
SECURITY_KINDS = frozenset({IncidentKind.THEFT, IncidentKind.INTRUSION, IncidentKind.FIGHT})


class IncidentSource(StrEnum):
    """The record an incident was opened from in one step (linked both ways: the
    incident keeps the record's id and number, the record's module asks for it)."""

    PATROL = "patrol"  # a patrol finding (XL202612-0001-1)
    GATE = "gate"  # an entry of the gate journal


class IncidentState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    VOIDED = "voided"


def state_of(closed: bool, voided: bool) -> IncidentState:
    if voided:
        return IncidentState.VOIDED
    return IncidentState.CLOSED if closed else IncidentState.OPEN
