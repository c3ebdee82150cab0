"""Estate-wide settings (tariff, limits, retention) shared by every station.

Per-station preferences (language, station name) stay in settings.json; anything that
must be the same at the gatehouse and the front desk lives here, one JSON value per key.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, TimestampMixin


class EstateSetting(TimestampMixin, Base):
    __tablename__ = "estate_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))  # JSON
