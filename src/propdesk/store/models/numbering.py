"""Last human number handed out per kind and month (WX202611-0001 …)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base


class NumberCounter(Base):
    __tablename__ = "number_counter"

    kind: Mapped[str] = mapped_column(String(4), primary_key=True)
    period: Mapped[str] = mapped_column(String(6), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)
