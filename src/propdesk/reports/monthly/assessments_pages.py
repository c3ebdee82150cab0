"""The monthly assessment's section in the PDF: a table of the departments' scores
(this month, last month, the change), the scores as bars, the main deductions with
an example finding each, and how many rectification notices the checks opened."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from propdesk.reports.assessments.labels import assessment_label
from propdesk.reports.assessments.score_chart import department_bars
from propdesk.reports.monthly.assessments_values import AssessmentValues
from propdesk.reports.monthly.blocks import StoryContext, chart_block, paragraph
from propdesk.reports.monthly.styles import CONTENT_WIDTH, grid_style

FINDINGS = 10  # the largest deductions the PDF lists
CHART_ROOM = 70 * mm  # the chart and its title never split
HEADING_ROOM = 35 * mm  # a subheading never ends a page


def _signed(value: int | None) -> str:
    if value is None:
        return "–"
    return f"+{value}" if value > 0 else str(value)


def assessments_story(v: AssessmentValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    w = assessment_label
    flow: list[Flowable] = [*context.heading(w("section", lang))]
    if not v.assessments:
        return [*flow, paragraph(w("report.none", lang), st.body)]
    header = [
        w("report.department", lang),
        w("report.score", lang),
        w("report.previous", lang),
        w("report.change", lang),
        w("report.deducted", lang),
        w("report.checks", lang),
    ]
    rows: list[list[object]] = [[paragraph(h, st.cell) for h in header]]
    for s in v.scores:
        missing = w("report.not_assessed", lang)
        rows.append(
            [
                paragraph(s.department, st.cell),
                paragraph(str(s.score) if s.score is not None else missing, st.cell_right),
                paragraph(str(s.previous) if s.previous is not None else "–", st.cell_right),
                paragraph(_signed(s.change), st.cell_right),
                paragraph(str(s.deducted) if s.score is not None else "", st.cell_right),
                paragraph(str(s.checks) if s.score is not None else "", st.cell_right),
            ]
        )
    first = 46 * mm
    table = Table(
        rows, colWidths=[first] + [(CONTENT_WIDTH - first) / 5] * 5, hAlign="LEFT", repeatRows=1
    )
    table.setStyle(grid_style(st.font, numeric_from=1))
    chart = department_bars(
        [s.department for s in v.scores],
        [s.score for s in v.scores],
        CONTENT_WIDTH,
        55 * mm,
        st.font,
    )
    # Page-break guards, not KeepTogether: the signatures may be kept with this
    # section's end (keep_tail), which lays out plain flowables only.
    flow += [table, Spacer(1, 3 * mm), CondPageBreak(CHART_ROOM)]
    flow += chart_block(w("report.chart", lang), chart, st)
    flow += [CondPageBreak(HEADING_ROOM), paragraph(w("report.findings", lang), st.subheading)]
    if not v.findings:
        flow.append(paragraph(w("report.no_findings", lang), st.body))
    else:
        head = [
            w("report.department", lang),
            w("col.item", lang),
            w("report.times", lang),
            w("report.deducted", lang),
            w("col.finding", lang),
        ]
        body: list[list[object]] = [[paragraph(h, st.cell) for h in head]]
        for f in v.findings[:FINDINGS]:
            body.append(
                [
                    paragraph(f.department, st.cell),
                    paragraph(f.item, st.cell),
                    paragraph(str(f.times), st.cell_right),
                    paragraph(str(f.deducted), st.cell_right),
                    paragraph(f.example, st.cell),
                ]
            )
        widths = [24 * mm, 50 * mm, 14 * mm, 14 * mm]
        widths.append(CONTENT_WIDTH - sum(widths))
        found = Table(body, colWidths=widths, hAlign="LEFT", repeatRows=1)
        found.setStyle(grid_style(st.font))
        flow.append(found)
    flow += [Spacer(1, 2 * mm), paragraph(w("report.notices", lang, n=v.notices_opened), st.body)]
    return flow
