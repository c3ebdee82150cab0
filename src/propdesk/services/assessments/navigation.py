"""The views of the assessments tab that links lead to (quick search opens one)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class AssessmentView:
    assessment_id: uuid.UUID
