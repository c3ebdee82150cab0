"""Satisfaction surveys (满意度调查): rounds, questionnaires, responses.

A round keeps its own questionnaire (JSON, domain.surveys.questionnaire), so a later
round's questions never change an old round's answers. A response is ONE row per
unit and round: its answers packed as digits in the round's question order
(domain.surveys.ratings), so five years of surveys are 20,000 rows, not 300,000.

Text lengths are the limits the services check (services.surveys).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class SurveyRound(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "survey_round"
    __table_args__ = (Index("ix_survey_round_closes", "closes_on", "id"),)

    number: Mapped[str] = mapped_column(String(20), unique=True)  # DC202604-0001
    name: Mapped[str] = mapped_column(String(60))  # 2026年春季业主满意度调查
    opens_on: Mapped[date]
    closes_on: Mapped[date]
    questions: Mapped[str] = mapped_column(Text)  # the questionnaire as it was, JSON
    question_count: Mapped[int]  # the digits of every response's ratings
    created_by: Mapped[str] = mapped_column(String(40))  # login
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by: Mapped[str] = mapped_column(String(40), default="")


class SurveyResponse(IdMixin, TimestampMixin, VoidableMixin, Base):
    """One unit's answers to one round (a second live one for the unit is refused)."""

    __tablename__ = "survey_response"
    __table_args__ = (
        Index("ix_survey_response_round_unit", "round_id", "unit_id"),
        Index("ix_survey_response_entered", "entered_at", "id"),
    )

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_round.id"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))
    unit_code: Mapped[str] = mapped_column(String(20))  # as it was when answered
    ratings: Mapped[str] = mapped_column(String(20))  # "54543…": a digit per question
    comment: Mapped[str] = mapped_column(String(500), default="")
    comment_area: Mapped[str] = mapped_column(String(20), default="")  # Area, "" general
    entered_by: Mapped[str] = mapped_column(String(40))  # login
    entered_at: Mapped[datetime]
