"""Human numbers per kind and month, e.g. WX202611-0001 (ids stay UUIDv7)."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

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


_PATTERN = re.compile(r"^([A-Z]{2})(\d{4})(\d{2})-(\d{4,})$")


def period_of(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}"


def format_number(kind: NumberKind, period: str, seq: int) -> str:
    return f"{kind.value}{period}-{seq:04d}"


def parse_number(text: str) -> tuple[NumberKind, str, int]:
    match = _PATTERN.match(text.strip().upper())
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{text} is not a valid number (e.g. WX202611-0001)."),
            field="number",
            text=text,
        )
    prefix, year, month, seq = match.groups()
    try:
        kind = NumberKind(prefix)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{text} is not a valid number (e.g. WX202611-0001)."),
            field="number",
            text=text,
        ) from None
    return kind, year + month, int(seq)
