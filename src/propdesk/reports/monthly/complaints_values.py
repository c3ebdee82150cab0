"""The complaints' figures of a period as plain values (services.complaints.figures
fills them): the complaints received, their categories as a Pareto chart, answers in
time, the complainants' satisfaction, the places complained about again and again,
and the complaints still open at the period's end. The layout (complaints_pages,
analysis_chart) reads them; complaints_section makes them the report's section.
Nothing here imports the layout, so the data flows one way.

The figures are the analysis view's own (domain.complaints.analysis): the Pareto chart
is the same AnalysisChart value the window draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from propdesk.domain.complaints.analysis import AnalysisChart, Compliance, ParetoBar, Satisfaction
from propdesk.domain.complaints.kinds import ComplaintCategory, Severity
from propdesk.domain.complaints.workflow import ComplaintState


@dataclass(frozen=True)
class RepeatPlace:
    """A unit or common area complained about `count` times between `first` and `last`
    (at most 90 days apart); `total` in the 90 days before the period's end."""

    place: str
    count: int
    first: date
    last: date
    total: int


@dataclass(frozen=True)
class OpenComplaint:
    number: str
    received_at: datetime
    place: str  # the unit's code or the common area
    category: ComplaintCategory
    severity: Severity
    state: ComplaintState  # as it was at `ComplaintValues.open_as_of`
    handler: str  # the person responsible then assigned ("" when none yet)
    due_at: datetime  # the response deadline
    overdue: bool  # not answered by its deadline, as of open_as_of


@dataclass(frozen=True)
class ComplaintValues:
    """The period's figures; complaints_section.ComplaintFigures is the same values as
    the monthly report's section."""

    received: int  # received in the period, voided ones left out
    pareto: tuple[ParetoBar, ...]  # of those, most first
    pareto_chart: AnalysisChart  # domain.complaints.analysis.pareto_chart of `pareto`
    compliance: Compliance  # their answers against the deadline, as of the report
    satisfaction: Satisfaction  # their verdicts and follow-up ratings
    repeat_places: tuple[RepeatPlace, ...]  # in the 90 days up to the period's end
    open_as_of: datetime  # the period's end, or now for the running month
    open_total: int
    open_items: tuple[OpenComplaint, ...]  # the oldest open at open_as_of

    @property
    def answered_share(self) -> tuple[int, int]:
        """(in time, judged): answered in time of those whose deadline is decided."""
        return self.compliance.in_time, self.compliance.judged

    @property
    def satisfied_verdicts(self) -> int:
        s = self.satisfaction
        return s.satisfied_first_round + s.satisfied_later
