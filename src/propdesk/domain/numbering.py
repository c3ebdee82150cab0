"""Human numbers per kind and month, e.g. WX202611-0001 (ids stay UUIDv7).

A station that works on its own copy and syncs with the server (issue 22) cannot ask the
server for the next number while it is offline, so its numbers carry its letter before
the sequence: WX202612-B0001. Each station counts its own, the letters differ, so two
stations never hand out the same number; the office still reads kind, month and order.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError


class NumberKind(StrEnum):
    REPAIR = "WX"  # 维修 repair ticket
    VISITOR_PASS = "FK"  # 访客 temporary pass
    VEHICLE_PERMIT = "CL"  # 车辆 parking permit
    RELEASE_SLIP = "FX"  # 放行 item release slip
    COMPLAINT = "TS"  # 投诉
    INQUIRY = "ZX"  # 咨询 inquiry or suggestion
    RECTIFICATION = "ZG"  # 整改 rectification notice
    INSPECTION = "XJ"  # 巡检 inspection record
    PARKING_NOTICE = "TZ"  # 停车通知 illegal parking notice
    HANDOVER = "JB"  # 交班 shift handover
    PATROL_ROUND = "XL"  # 巡逻 patrol round
    INCIDENT = "SJ"  # 安全事件 safety incident
    DRILL = "YL"  # 应急演练 emergency drill
    TRAINING = "PX"  # 员工培训 staff training
    EVENT = "HD"  # 社区活动 community event
    SURVEY = "DC"  # 满意度调查 survey round
    ASSESSMENT = "KH"  # 月度考核 monthly assessment
    TEST = "CS"  # 测试 used by tests and reliability checks


# A syncing station's letter(s): one or two upper-case letters (A … Z, then AA …).
STATION_LETTERS = re.compile(r"^[A-Z]{1,2}$")
# The whole of a number: kind, year, month, dash, the station's letters if any, sequence.
NUMBER = re.compile(r"^([A-Z]{2})(\d{4})(\d{2})-([A-Z]{1,2})?(\d{4,})$")
INVALID = QT_TRANSLATE_NOOP("messages", "{text} is not a valid number (e.g. WX202611-0001).")


class HumanNumber(NamedTuple):
    """A number read back: WX202612-B0001 is (REPAIR, "202612", 1, "B")."""

    kind: NumberKind
    period: str  # YYYYMM
    seq: int
    station: str = ""  # the syncing station's letter(s); "" for a number of the database


def period_of(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}"


def format_number(kind: NumberKind, period: str, seq: int, station: str = "") -> str:
    """WX202612-0001, or WX202612-B0001 for station B's copy."""
    if station and not STATION_LETTERS.match(station):
        raise ValueError(f"a station letter is one or two capitals, not {station!r}")
    return f"{kind.value}{period}-{station}{seq:04d}"


def counter_kind(kind: NumberKind, station: str = "") -> str:
    """The number_counter row a station counts a kind in ("WX"; "WXB" for station B):
    each station counts its own numbers, never another's."""
    return kind.value + station


def read_number(text: str) -> HumanNumber:
    """Every part of a number, the station's letters included; ValidationError (field
    "number") when `text` is not one."""
    match = NUMBER.match(text.strip().upper())
    if match is None:
        raise ValidationError(INVALID, field="number", text=text)
    prefix, year, month, station, seq = match.groups()
    try:
        kind = NumberKind(prefix)
    except ValueError:
        raise ValidationError(INVALID, field="number", text=text) from None
    return HumanNumber(kind, year + month, int(seq), station or "")


def parse_number(text: str) -> tuple[NumberKind, str, int]:
    """Kind, month and sequence of a number (a station's letters accepted and left out:
    read_number keeps them)."""
    kind, period, seq, _station = read_number(text)
    return kind, period, seq
