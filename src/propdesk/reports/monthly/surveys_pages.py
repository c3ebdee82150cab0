"""The surveys' section in the PDF: per round of the month its days, forms returned,
response rate and overall satisfaction, then satisfaction per area as bars."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from propdesk.reports.monthly.blocks import StoryContext, paragraph
from propdesk.reports.monthly.formatting import local_time_text
from propdesk.reports.monthly.styles import CONTENT_WIDTH, grid_style
from propdesk.reports.surveys.chart import area_bars, share_label
from propdesk.reports.surveys.labels import survey_label
from propdesk.reports.surveys.values import RoundResults


def surveys_story(
    rounds: tuple[RoundResults, ...], as_of: datetime, context: StoryContext
) -> list[Flowable]:
    lang, st = context.lang, context.st
    flow: list[Flowable] = list(context.heading(survey_label("section.surveys", lang)))
    if not rounds:
        return [*flow, paragraph(survey_label("month.none", lang), st.body)]
    keys = (
        "col.round_name",
        "col.opens_on",
        "col.closes_on",
        "col.responses",
        "col.occupied",
        "summary.response_rate",
        "summary.satisfaction",
    )
    rows: list[list[object]] = [[paragraph(survey_label(k, lang), st.cell) for k in keys]]
    for r in rounds:
        rate = r.response_rate
        rows.append(
            [
                paragraph(f"{r.name} ({r.number})", st.cell),
                r.opens_on.isoformat(),
                r.closes_on.isoformat(),
                f"{r.responses:,}",
                f"{r.occupied:,}",
                "–" if rate is None else f"{rate:.1f}%",
                share_label(r.overall),
            ]
        )
    widths = [0.0, 21 * mm, 21 * mm, 17 * mm, 17 * mm, 17 * mm, 19 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font, numeric_from=3))
    basis = survey_label("month.basis", lang, as_of=local_time_text(as_of))
    flow += [table, Spacer(1, 1 * mm), paragraph(basis, st.small), Spacer(1, 2 * mm)]
    for r in rounds:
        if not r.areas:
            continue
        title = f"{survey_label('summary.chart', lang)} · {r.name}"
        chart = area_bars(r.areas, CONTENT_WIDTH, st.font, lang)
        flow += [KeepTogether([paragraph(title, st.subheading), chart]), Spacer(1, 3 * mm)]
    return flow
