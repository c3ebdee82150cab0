"""What the monthly report shows, as plain values: the services fill it, the PDF and
the workbook render it (the reports layer knows nothing of the services' DTOs).

The report's own parts are the cover, the service targets and the signatures. Every
other part is a module's section (gate_section, repairs_section, …), in the order of
the module registry: a value that lays itself out as blocks of the PDF and sheets of
the workbook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, TypeVar

from propdesk.domain.service_targets import Period, TargetResult

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext
    from propdesk.reports.table_columns import TableSheet

S = TypeVar("S")


class ReportSection(Protocol):
    """A module's part of the monthly report. Its layout code is loaded only when a
    report is made (reportlab is not paid for at start-up)."""

    def story(self, context: StoryContext) -> list[Flowable]:
        """Its blocks of the PDF, after the targets; numbered headings come from
        `context.heading`."""
        ...

    def sheets(self, lang: str) -> list[TableSheet]:
        """Its sheets of figures in the workbook, after the summary (the sheets of
        records come after every section's figures)."""
        ...


@dataclass(frozen=True)
class MonthlyReport:
    estate: str
    period: Period
    prepared_by: str
    generated_at: datetime  # aware
    audit_hash: str  # the audit chain's latest hash when the figures were read
    targets: tuple[TargetResult, ...]
    sections: tuple[ReportSection, ...]  # the modules', in the registry's order
    # The chain's last seq with `audit_hash` (0: no row yet): printed on every page and
    # sheet with the start of the hash, and kept as the report's audit anchor.
    audit_seq: int = 0

    def section(self, kind: type[S]) -> S:
        """The section of that type, e.g. `report.section(GateFigures)`."""
        for section in self.sections:
            if isinstance(section, kind):
                return section
        raise LookupError(f"the report has no {kind.__name__} section")
