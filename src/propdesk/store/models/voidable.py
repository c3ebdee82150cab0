"""Records are voided with a reason, never deleted."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column


class VoidableMixin:
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
