"""The estate this database belongs to (one row per estate)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin


class Estate(IdMixin, TimestampMixin, Base):
    __tablename__ = "estate"

    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    hotline: Mapped[str] = mapped_column(String(40), default="")
