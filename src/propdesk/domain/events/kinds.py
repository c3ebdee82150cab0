"""What kind of community event (社区活动) it is: the list's filter and the report's
grouping. The codes are stored; their words live in the ui and the reports."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    FESTIVAL = "festival"  # 节日活动: 中秋游园, 端午包粽子, 春节写春联
    CULTURE = "culture"  # 文体活动: 广场舞比赛, 乒乓球赛, 电影放映
    TALK = "talk"  # 讲座宣传: 消防知识讲座, 垃圾分类宣传, 防诈骗
    SERVICE = "service"  # 便民服务: 义诊, 磨刀, 家电维修
    FAMILY = "family"  # 亲子活动: 儿童绘画, 亲子运动会
    ELDERLY = "elderly"  # 敬老活动: 重阳敬老, 长者生日会
    OTHER = "other"


class EventState(StrEnum):
    """planned ──held (participants, feedback, actual cost)──▶ held
    planned ──cancelled (with a reason)──▶ cancelled

    A held event is the archive's record: read-only from then on. A mistake in any
    of them is voided with a reason (the row's void columns), never deleted."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
