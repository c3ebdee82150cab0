"""What a session is: an emergency drill (应急演练) or a staff training (员工培训), and
its topic. A topic belongs to one of the two, so the form asks one question (the
topic) and the number (YL or PX) follows from it."""

from __future__ import annotations

from enum import StrEnum

from propdesk.domain.numbering import NumberKind


class SessionKind(StrEnum):
    DRILL = "drill"  # 应急演练
    TRAINING = "training"  # 员工培训


class Topic(StrEnum):
    # Drills: what the work plan and the fire regulations ask an estate to practise.
    FIRE_DRILL = "fire_drill"  # 消防演练
    EVACUATION = "evacuation"  # 疏散演练
    FLOOD = "flood"  # 防汛演练
    LIFT_ENTRAPMENT = "lift_entrapment"  # 电梯困人救援演练
    OTHER_DRILL = "other_drill"
    # Training topics.
    FIRE_SAFETY = "fire_safety"  # 消防安全知识
    SERVICE = "service"  # 服务礼仪与客户沟通
    SECURITY = "security"  # 安全防范与岗位职责
    EQUIPMENT = "equipment"  # 设施设备操作
    FIRST_AID = "first_aid"  # 急救知识
    OTHER_TRAINING = "other_training"

    @property
    def session(self) -> SessionKind:
        return SessionKind.DRILL if self in DRILL_TOPICS else SessionKind.TRAINING

    @property
    def number_kind(self) -> NumberKind:
        return NumberKind.DRILL if self.session is SessionKind.DRILL else NumberKind.TRAINING


DRILL_TOPICS = frozenset(
    {Topic.FIRE_DRILL, Topic.EVACUATION, Topic.FLOOD, Topic.LIFT_ENTRAPMENT, Topic.OTHER_DRILL}
)


def topics_of(kind: SessionKind) -> tuple[Topic, ...]:
    """The topics of one kind, in the enum's order (the form's and the filter's)."""
    return tuple(t for t in Topic if t.session is kind)
