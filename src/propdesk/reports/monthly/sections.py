"""The report's content as platypus flowables, section by section: the cover, the
targets table, the gate, the repairs, the open tickets and the signature block."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from propdesk.domain.service_targets import Outcome, TargetKey
from propdesk.reports.monthly import charts
from propdesk.reports.monthly.formatting import (
    actual_text,
    age_text,
    basis_text,
    local_time_text,
    number_text,
    outcome_text,
    share_text,
    target_name,
    threshold_text,
    yuan_text,
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

GATE_ROWS = (
    "resident_entries",
    "visitors_in",
    "visitors_out",
    "vehicles_in",
    "vehicles_out",
    "items_in",
    "items_out",
    "notices",
    "refused_cards",
)


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    """Text as a paragraph, its < & > shown as typed (names may hold them)."""
    return Paragraph(escape(value), style)


def _heading(key: str, st: Styles, lang: str) -> list[Flowable]:
    # A heading never ends a page: it keeps at least 6 cm of room below it.
    return [CondPageBreak(60 * mm), _p(text(key, lang), st.heading)]


def _chart_block(title: str, drawing: Flowable, st: Styles) -> list[Flowable]:
    return [_p(title, st.subheading), drawing]


# -- cover -----------------------------------------------------------------------------------
def cover(report: MonthlyReport, lang: str, st: Styles) -> list[Flowable]:
    period = report.period
    rows = [
        (text("cover.period", lang), f"{period.first.isoformat()} – {period.last.isoformat()}"),
        (text("cover.prepared_by", lang), report.prepared_by),
        (text("cover.prepared_on", lang), local_time_text(report.generated_at)[:10]),
    ]
    facts = Table(
        [[_p(k, st.cell), _p(v, st.cell)] for k, v in rows],
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
        _p(text("office", lang, estate=report.estate), st.cover_office),
        Spacer(1, 10 * mm),
        _p(text("title", lang), st.cover_title),
        Spacer(1, 4 * mm),
        _p(month_title(period.first.year, period.first.month, lang), st.cover_month),
        Spacer(1, 30 * mm),
        facts,
        Spacer(1, 12 * mm),
        _p(summary, st.cover_office),
        Spacer(1, 40 * mm),
        _p(text("cover.note", lang), st.small),
        NextPageTemplate(BODY),
        PageBreak(),
    ]


# -- targets ---------------------------------------------------------------------------------
def targets(report: MonthlyReport, lang: str, st: Styles) -> list[Flowable]:
    header = [
        _p(text(k, lang), st.cell)
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
    for index, result in enumerate(report.targets, start=1):
        outcome = result.outcome
        rows.append(
            [
                _p(target_name(result, lang), st.cell),
                _p(threshold_text(result, lang), st.cell),
                _p(actual_text(result, lang), st.cell),
                _p(outcome_text(outcome, lang), _coloured(st, outcome)),
                _p(basis_text(result, lang), st.small),
            ]
        )
        style.add("BACKGROUND", (3, index), (3, index), OUTCOME_FILLS[outcome])
    # English names are longer ("Complaints answered in time"): a wider first column.
    widths = [(44 if lang == "en" else 34) * mm, 24 * mm, 30 * mm, 18 * mm]
    table = Table(
        rows, colWidths=[*widths, CONTENT_WIDTH - sum(widths)], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(style)
    return [*_heading("section.targets", st, lang), table, Spacer(1, 4 * mm)]


def _coloured(st: Styles, outcome: Outcome) -> ParagraphStyle:
    return ParagraphStyle(
        f"outcome-{outcome.value}",
        parent=st.cell_centre,
        textColor=OUTCOME_COLOURS[outcome],
    )


# -- gate ------------------------------------------------------------------------------------
def gate(report: MonthlyReport, lang: str, st: Styles) -> list[Flowable]:
    figures = report.gate
    totals = figures.totals
    days = max(1, len(figures.days))
    cells = [(text(f"gate.{name}", lang), getattr(totals, name)) for name in GATE_ROWS]
    half = (len(cells) + 1) // 2
    header = [
        text("gate.figure", lang),
        text("gate.month_total", lang),
        text("gate.daily_average", lang),
    ]
    rows: list[list[str]] = [header + header]
    for i in range(half):
        row: list[str] = []
        for name, value in cells[i : len(cells) : half][:2]:  # this row's left and right
            row += [name, number_text(value), f"{value / days:,.1f}"]
        rows.append(row + [""] * (6 - len(row)))
    rows.append(
        [
            text("gate.fees", lang),
            yuan_text(totals.fees_fen),
            yuan_text(round(totals.fees_fen / days)),
            text("gate.events", lang),
            number_text(totals.events),
            f"{totals.events / days:,.1f}",
        ]
    )
    narrow = (CONTENT_WIDTH - 2 * 44 * mm) / 4
    table = Table(rows, colWidths=[44 * mm, narrow, narrow] * 2, hAlign="LEFT")
    style = grid_style(st.font, numeric_from=1)
    style.add("ALIGN", (3, 1), (3, -1), "LEFT")
    style.add("LINEBEFORE", (3, 0), (3, -1), 0.6, RULE)
    table.setStyle(style)
    flow: list[Flowable] = [*_heading("section.gate", st, lang), table, Spacer(1, 3 * mm)]
    busiest = max(figures.days, key=lambda d: d.counts.entries, default=None)
    if busiest is not None and busiest.counts.entries:
        flow.append(
            _p(
                text(
                    "gate.busiest_text",
                    lang,
                    day=busiest.day.isoformat(),
                    count=f"{busiest.counts.entries:,}",
                ),
                st.body,
            )
        )
    flow += [
        KeepTogether(
            _chart_block(
                text("chart.daily_traffic", lang),
                charts.daily_traffic(figures.days, CONTENT_WIDTH, st.font, lang),
                st,
            )
        ),
        KeepTogether(
            _chart_block(
                text("chart.daily_fees", lang),
                charts.daily_fees(figures.days, CONTENT_WIDTH, st.font),
                st,
            )
        ),
    ]
    return flow


# -- repairs ---------------------------------------------------------------------------------
def repairs(report: MonthlyReport, lang: str, st: Styles) -> list[Flowable]:
    r = report.repairs
    a = r.arrival
    average = r.average_rating
    rating = (
        text("repairs.rating_value", lang, value=f"{average:.2f}", count=f"{r.rated:,}")
        if average is not None
        else text("outcome.no_data", lang)
    )
    judged = r.arrival_judged
    arrival = (
        f"{share_text(a.met, judged, lang)} ({a.met:,} / {judged:,})"
        if judged
        else text("outcome.no_data", lang)
    )
    pairs = [
        (text("repairs.opened", lang), number_text(r.opened)),
        (text("repairs.resolved", lang), number_text(r.resolved)),
        (text("repairs.cancelled", lang), number_text(r.cancelled)),
        (text("repairs.arrival", lang), arrival),
        (text("repairs.average_rating", lang), rating),
        (text("repairs.backlog", lang), number_text(r.backlog_total)),
    ]
    header: list[object] = [text("repairs.figure", lang), text("repairs.value", lang)]
    rows: list[list[object]] = [header + header]
    for i in range(0, len(pairs), 2):
        rows.append(
            [
                _p(pairs[i][0], st.cell),
                _p(pairs[i][1], st.cell_right),
                _p(pairs[i + 1][0], st.cell),
                _p(pairs[i + 1][1], st.cell_right),
            ]
        )
    key_width = 40 * mm
    value_width = CONTENT_WIDTH / 2 - key_width
    table = Table(rows, colWidths=[key_width, value_width] * 2, hAlign="LEFT")
    style = grid_style(st.font)
    style.add("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE)
    table.setStyle(style)

    priority_rows: list[list[str]] = [
        [
            text("repairs.priority", lang),
            text("repairs.count", lang),
            text("repairs.judged", lang),
            text("repairs.in_time", lang),
            text("repairs.arrival", lang),
        ]
    ]
    for figures in r.by_priority:
        p = figures.arrival
        n = p.met + p.late + p.overdue
        priority_rows.append(
            [
                text(f"priority.{figures.priority.value}", lang),
                number_text(figures.opened),
                number_text(n),
                number_text(p.met),
                share_text(p.met, n, lang),
            ]
        )
    by_priority = Table(priority_rows, colWidths=[CONTENT_WIDTH / 5] * 5, hAlign="LEFT")
    by_priority.setStyle(grid_style(st.font, numeric_from=1))

    half = (CONTENT_WIDTH - 6 * mm) / 2
    categories = [(text(f"category.{c.value}", lang), n) for c, n in r.by_category]
    threshold = _arrival_threshold(report)
    side_by_side = Table(
        [
            [
                _chart_block(
                    text("chart.by_category", lang),
                    charts.by_category(categories, half, st.font),
                    st,
                ),
                _chart_block(
                    text("chart.sla", lang),
                    charts.arrival_by_priority(r.by_priority, threshold, half, st.font, lang),
                    st,
                ),
            ]
        ],
        colWidths=[half + 6 * mm, half],
        hAlign="LEFT",
    )
    side_by_side.setStyle(
        TableStyle(
            [
                # Every table names the font, even one holding only flowables: a cell's
                # default (Helvetica) would be listed in the PDF, never embedded.
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    as_of = local_time_text(r.backlog_as_of)
    return [
        *_heading("section.repairs", st, lang),
        table,
        Spacer(1, 4 * mm),
        by_priority,
        Spacer(1, 2 * mm),
        KeepTogether([side_by_side]),
        KeepTogether(
            _chart_block(
                text("chart.backlog", lang, as_of=as_of),
                charts.backlog_age(r.backlog, CONTENT_WIDTH, st.font, lang),
                st,
            )
        ),
    ]


def _arrival_threshold(report: MonthlyReport) -> Decimal:
    for result in report.targets:
        if result.key is TargetKey.REPAIR_ARRIVAL:
            return result.threshold
    return Decimal(95)


# -- open tickets ----------------------------------------------------------------------------
def open_items(report: MonthlyReport, lang: str, st: Styles) -> list[Flowable]:
    r = report.repairs
    flow = _heading("section.open_items", st, lang)
    if not r.open_items:
        return [*flow, _p(text("repairs.no_open", lang), st.body)]
    flow.append(
        _p(
            text(
                "repairs.open_items_note",
                lang,
                as_of=local_time_text(r.backlog_as_of),
                shown=len(r.open_items),
                total=r.backlog_total,
            ),
            st.body,
        )
    )
    keys = (
        "col.number",
        "col.reported",
        "col.location",
        "repairs.category",
        "repairs.priority",
        "col.state",
        "col.technician",
        "col.age",
        "col.overdue",
    )
    rows: list[list[object]] = [[_p(text(k, lang), st.cell) for k in keys]]
    for item in r.open_items:
        rows.append(
            [
                _p(item.number, st.cell),
                _p(local_time_text(item.reported_at), st.cell),
                _p(item.location, st.cell),
                _p(text(f"category.{item.category.value}", lang), st.cell),
                _p(text(f"priority.{item.priority.value}", lang), st.cell),
                _p(text(f"state.{item.state.value}", lang), st.cell),
                _p(item.technician, st.cell),
                _p(age_text(item.age, lang), st.cell_right),
                _p(text("yes", lang) if item.overdue else "", st.cell_centre),
            ]
        )
    # Measured in points so a time stays on one line, and no word is split: Chinese
    # needs room for 待业主确认报价, English for "Emergency" and "Technician".
    chinese = (70, 86, 66, 50, 44, 66, 44, 36, 28)
    english = (72, 80, 46, 54, 52, 58, 52, 28, 44)
    widths = _widths(english if lang == "en" else chinese)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return [*flow, table]


def _widths(parts: Sequence[float]) -> list[float]:
    """Column widths in proportion to `parts`, filling the text width."""
    total = sum(parts)
    return [CONTENT_WIDTH * p / total for p in parts]


# -- signatures ------------------------------------------------------------------------------
def signatures(lang: str, st: Styles) -> list[Flowable]:
    def block(role_key: str) -> list[Flowable]:
        line = "_" * 30
        return [
            _p(text(role_key, lang), st.subheading),
            Spacer(1, 10 * mm),
            _p(text("sign.signature", lang, line=line), st.body),
            Spacer(1, 8 * mm),
            _p(text("sign.date", lang, line=line), st.body),
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
    return [
        KeepTogether(
            [
                *_heading("section.signatures", st, lang),
                _p(text("sign.intro", lang), st.body),
                Spacer(1, 4 * mm),
                table,
            ]
        )
    ]
