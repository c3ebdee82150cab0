"""The report's own parts as platypus flowables: the cover, the targets table and
the signature block. The modules' sections (gate_section, repairs_section, …) come
between the targets and the signatures."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from propdesk.domain.service_targets import Outcome
from propdesk.reports.monthly.blocks import StoryContext, paragraph
from propdesk.reports.monthly.formatting import (
    actual_text,
    basis_text,
    local_time_text,
    outcome_text,
    target_name,
    threshold_text,
)
from propdesk.reports.monthly.labels import month_title, text
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.monthly.pages import BODY
from propdesk.reports.monthly.styles import (
    CONTENT_WIDTH,
    OUTCOME_COLOURS,
    OUTCOME_FILLS,
    RULE,
    Styles,
    grid_style,
)


# -- cover -----------------------------------------------------------------------------------
def cover(report: MonthlyReport, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    period = report.period
    rows = [
        (text("cover.period", lang), f"{period.first.isoformat()} – {period.last.isoformat()}"),
        (text("cover.prepared_by", lang), author(report, lang)),
        (text("cover.prepared_on", lang), local_time_text(report.generated_at)[:10]),
    ]
    facts = Table(
        [[paragraph(k, st.cell), paragraph(v, st.cell)] for k, v in rows],
        colWidths=[40 * mm, 80 * mm],
        hAlign="CENTER",
    )
    facts.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    counts = {o: sum(1 for t in report.targets if t.outcome is o) for o in Outcome}
    summary = text(
        "targets.summary",
        lang,
        total=len(report.targets),
        met=counts[Outcome.MET],
        not_met=counts[Outcome.NOT_MET],
        no_data=counts[Outcome.NO_DATA],
    )
    return [
        Spacer(1, 45 * mm),
        paragraph(text("office", lang, estate=report.estate), st.cover_office),
        Spacer(1, 10 * mm),
        paragraph(text("title", lang), st.cover_title),
        Spacer(1, 4 * mm),
        paragraph(month_title(period.first.year, period.first.month, lang), st.cover_month),
        Spacer(1, 30 * mm),
        facts,
        Spacer(1, 12 * mm),
        paragraph(summary, st.cover_office),
        Spacer(1, 40 * mm),
        paragraph(text("cover.note", lang), st.small),
        NextPageTemplate(BODY),
        PageBreak(),
    ]


def author(report: MonthlyReport, lang: str) -> str:
    """Who prepared the report: a person's name, or without one (a scheduled run on an
    estate with no manager) the property service centre itself."""
    return report.prepared_by or text("office", lang, estate=report.estate)


# -- targets ---------------------------------------------------------------------------------
def targets(context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    header = [
        paragraph(text(k, lang), st.cell)
        for k in (
            "targets.target",
            "targets.threshold",
            "targets.actual",
            "targets.result",
            "targets.basis",
        )
    ]
    rows: list[list[Flowable]] = [header]
    style = grid_style(st.font)
    for index, result in enumerate(context.targets, start=1):
        outcome = result.outcome
        rows.append(
            [
                paragraph(target_name(result, lang), st.cell),
                paragraph(threshold_text(result, lang), st.cell),
                paragraph(actual_text(result, lang), st.cell),
                paragraph(outcome_text(outcome, lang), _coloured(st, outcome)),
                paragraph(basis_text(result, lang), st.small),
            ]
        )
        style.add("BACKGROUND", (3, index), (3, index), OUTCOME_FILLS[outcome])
    # English names are longer ("Complaints answered in time"): a wider first column.
    widths = [(44 if lang == "en" else 34) * mm, 24 * mm, 30 * mm, 18 * mm]
    table = Table(
        rows, colWidths=[*widths, CONTENT_WIDTH - sum(widths)], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(style)
    return [*context.heading(text("section.targets", lang)), table, Spacer(1, 4 * mm)]


def _coloured(st: Styles, outcome: Outcome) -> ParagraphStyle:
    return ParagraphStyle(
        f"outcome-{outcome.value}",
        parent=st.cell_centre,
        textColor=OUTCOME_COLOURS[outcome],
    )


# -- signatures ------------------------------------------------------------------------------
def signatures(context: StoryContext) -> list[Flowable]:
    """The numbered heading, a sentence and the two signature blocks side by side, to
    be kept in one piece (document.story keeps them with what comes before)."""
    lang, st = context.lang, context.st

    def block(role_key: str) -> list[Flowable]:
        line = "_" * 30
        return [
            paragraph(text(role_key, lang), st.subheading),
            Spacer(1, 10 * mm),
            paragraph(text("sign.signature", lang, line=line), st.body),
            Spacer(1, 8 * mm),
            paragraph(text("sign.date", lang, line=line), st.body),
        ]

    half = CONTENT_WIDTH / 2
    table = Table(
        [[block("sign.manager"), block("sign.committee")]], colWidths=[half, half], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    # No page-break guard before the heading: the document keeps the whole block with
    # the end of the last section (keep_tail), never alone on a page.
    heading = context.heading(text("section.signatures", lang))
    return [
        *(f for f in heading if not isinstance(f, CondPageBreak)),
        paragraph(text("sign.intro", lang), st.body),
        Spacer(1, 4 * mm),
        table,
    ]
