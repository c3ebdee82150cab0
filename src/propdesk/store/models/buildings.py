"""Buildings (楼栋) of the estate."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class Building(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "building"

    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    floors: Mapped[int] = mapped_column(default=1)
