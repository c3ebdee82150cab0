"""The shading the patrol papers give a late or a missed slot: the same on the day's
log and in the monthly report, and always beside the word (never colour alone)."""

from __future__ import annotations

from reportlab.lib import colors

from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.service_targets import Outcome
from propdesk.reports.monthly.styles import OUTCOME_FILLS

LATE_FILL = colors.HexColor("#FFF1DC")
VERDICT_FILLS = {Verdict.LATE: LATE_FILL, Verdict.MISSED: OUTCOME_FILLS[Outcome.NOT_MET]}
