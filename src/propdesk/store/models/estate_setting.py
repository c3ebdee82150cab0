"""Estate-wide settings (tariff, limits, retention) shared by every station.

Per-station preferences (language, station name) stay in settings.json; anything that
must be the same at the gatehouse and the front desk lives here, one JSON value per key.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, TimestampMixin


class EstateSetting(TimestampMixin, Base):
    __tablename__ = "estate_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    # JSON; unbounded, as some values grow with use (a schedule's dated history).
    value: Mapped[str] = mapped_column(Text)
