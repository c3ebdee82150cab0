"""The surveys' two papers, A4 (reportlab platypus, the CJK font of reports.fonts):

* the blank questionnaire residents fill in: the estate, the round's name and days,
  lines for the unit, the name (optional) and the date; each area's questions with
  the five boxes, each headed by the digit the clerk types for it; lines for the
  comments; a strip for the office (who entered it);
* the result summary for the owners' committee: the response rate and the overall
  satisfaction, satisfaction per area as a bar chart (against the 90 % target), the
  answers per question as a table, and selected comments.
"""

from __future__ import annotations

from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from propdesk.domain.surveys.areas import RATINGS
from propdesk.domain.surveys.questionnaire import Questionnaire
from propdesk.reports.monthly.styles import INK, MUTED, RULE, Styles, grid_style, styles
from propdesk.reports.surveys.chart import area_bars, share_label
from propdesk.reports.surveys.labels import area_label, survey_label
from propdesk.reports.surveys.values import RoundResults

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
COMMENT_LINES = 4
BOX = "□"
DAYS = "{first} – {last}"


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def _footer(lang: str, about: str) -> object:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        st = styles(lang)
        canvas.setFont(st.font, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, about)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, survey_label("page", lang, page=doc.page))
        canvas.restoreState()

    return draw


def _doc(out: BinaryIO, title: str, author: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=author,
    )


def _field_line(pairs: list[tuple[str, str]], st: Styles, lang: str) -> Table:
    """Labels with what is known written in, or a line to write on."""
    colon = survey_label("colon", lang)
    cells: list[object] = []
    for label, value in pairs:
        cells += [_p(label + colon, st.body), _p(value, st.body)]
    share = WIDTH / len(pairs)
    label_width = min(34 * mm, share * 0.55)
    table = Table([cells], colWidths=[label_width, share - label_width] * len(pairs))
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    for i in range(len(pairs)):
        commands.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.5, INK))
    table.setStyle(TableStyle(commands))
    return table


# -- the blank questionnaire -------------------------------------------------------------
def _area_table(questionnaire: Questionnaire, st: Styles, lang: str) -> list[Flowable]:
    scale = list(reversed(RATINGS))  # 5 … 1, best first, as residents read it
    header: list[object] = [_p(survey_label("form.question", lang), st.cell)]
    header += [
        Paragraph(f"{score}<br/>{escape(survey_label(f'scale.{score}', lang))}", st.cell_centre)
        for score in scale
    ]
    number_width = 8 * mm
    box_width = 19 * mm
    question_width = WIDTH - number_width - box_width * len(scale)
    flow: list[Flowable] = []
    counter = 0
    for area in questionnaire.areas():
        rows: list[list[object]] = [["", *header]]
        rows[0][0] = _p(area_label(area, lang), st.cell)
        for _position, question in questionnaire.of_area(area):
            counter += 1
            rows.append(
                [_p(f"{counter}.", st.cell), _p(question.text, st.cell), *([BOX] * len(scale))]
            )
        table = Table(
            rows,
            colWidths=[number_width, question_width] + [box_width] * len(scale),
            repeatRows=1,
        )
        style = grid_style(st.font)
        style.add("SPAN", (0, 0), (1, 0))
        style.add("ALIGN", (2, 1), (-1, -1), "CENTER")
        style.add("FONTSIZE", (2, 1), (-1, -1), 14)
        style.add("LEADING", (2, 1), (-1, -1), 16)
        style.add("GRID", (2, 0), (-1, -1), 0.25, RULE)
        table.setStyle(style)
        flow += [KeepTogether([table]), Spacer(1, 3 * mm)]
    return flow


def blank_questionnaire_pdf(
    questionnaire: Questionnaire,
    round_name: str,
    days: tuple[str, str] | None,
    estate: str,
    lang: str,
    out: BinaryIO,
) -> int:
    """Write the blank questionnaire; returns the pages written."""
    st = styles(lang)
    title = survey_label("form.title", lang)
    flow: list[Flowable] = []
    if estate:
        flow.append(_p(estate, st.cover_office))
    flow += [_p(title, st.cover_month), Spacer(1, 1 * mm)]
    if round_name:
        about = round_name
        if days is not None:
            about += "  " + DAYS.format(first=days[0], last=days[1])
        flow.append(_p(about, st.cell_centre))
    flow += [Spacer(1, 3 * mm), _p(survey_label("form.intro", lang), st.body), Spacer(1, 2 * mm)]
    flow.append(
        _field_line(
            [
                (survey_label("form.unit", lang), ""),
                (survey_label("form.name", lang), ""),
                (survey_label("form.date", lang), ""),
            ],
            st,
            lang,
        )
    )
    flow.append(Spacer(1, 4 * mm))
    flow += _area_table(questionnaire, st, lang)
    lines = Table([[""]] * COMMENT_LINES, colWidths=[WIDTH], rowHeights=[8 * mm] * COMMENT_LINES)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    flow.append(KeepTogether([_p(survey_label("form.comments", lang), st.subheading), lines]))
    flow += [Spacer(1, 5 * mm), _p(survey_label("form.office_use", lang), st.small)]
    flow.append(
        _field_line(
            [
                (survey_label("form.entered_by", lang), ""),
                (survey_label("form.date", lang), ""),
            ],
            st,
            lang,
        )
    )
    flow.append(_p(survey_label("form.digits", lang), st.small))
    doc = _doc(out, title, estate)
    footer = " · ".join(p for p in (estate, round_name, title) if p)
    doc.build(flow, onFirstPage=_footer(lang, footer), onLaterPages=_footer(lang, footer))
    return int(doc.page)


# -- the result summary --------------------------------------------------------------------
def _figures_table(results: RoundResults, st: Styles, lang: str) -> Table:
    rate = results.response_rate
    pairs = [
        (survey_label("summary.responses", lang), f"{results.responses:,}"),
        (survey_label("summary.occupied", lang), f"{results.occupied:,}"),
        (
            survey_label("summary.response_rate", lang),
            "–" if rate is None else f"{rate:.1f}%",
        ),
        (survey_label("summary.satisfaction", lang), share_label(results.overall)),
        (survey_label("summary.answers", lang), f"{results.overall.answered:,}"),
        (
            survey_label("summary.state", lang),
            survey_label("summary.closed" if results.closed else "summary.open", lang),
        ),
    ]
    rows: list[list[object]] = []
    for i in range(0, len(pairs), 2):
        rows.append(
            [
                _p(pairs[i][0], st.cell),
                _p(pairs[i][1], st.cell_right),
                _p(pairs[i + 1][0], st.cell),
                _p(pairs[i + 1][1], st.cell_right),
            ]
        )
    key = 36 * mm
    table = Table(rows, colWidths=[key, WIDTH / 2 - key] * 2)
    style = grid_style(st.font, header_rows=0 + 1)
    style.add("BACKGROUND", (0, 0), (-1, 0), None)
    table.setStyle(style)
    return table


def question_table(results: RoundResults, st: Styles, lang: str, width: float = WIDTH) -> Table:
    scale = list(reversed(RATINGS))
    header = [
        _p(survey_label("col.area", lang), st.cell),
        _p(survey_label("col.question", lang), st.cell),
        *(_p(survey_label(f"scale.{s}", lang), st.cell_centre) for s in scale),
        _p(survey_label("col.answered", lang), st.cell_right),
        _p(survey_label("col.share", lang), st.cell_right),
    ]
    rows: list[list[object]] = [header]
    for q in results.questions:
        rows.append(
            [
                _p(area_label(q.area, lang), st.cell),
                _p(q.text, st.cell),
                *(f"{q.tally.counts[s]:,}" for s in scale),
                f"{q.tally.answered:,}",
                share_label(q.tally),
            ]
        )
    fixed = [22 * mm, 0.0] + [15 * mm] * len(scale) + [14 * mm, 15 * mm]
    fixed[1] = width - sum(fixed)
    table = Table(rows, colWidths=fixed, repeatRows=1)
    table.setStyle(grid_style(st.font, numeric_from=2))
    return table


def summary_flow(
    results: RoundResults, st: Styles, lang: str, width: float = WIDTH
) -> list[Flowable]:
    """The chart, the table per question and the comments (the summary's body)."""
    flow: list[Flowable] = [
        KeepTogether(
            [
                _p(survey_label("summary.chart", lang), st.subheading),
                area_bars(results.areas, width, st.font, lang),
            ]
        ),
        _p(survey_label("summary.per_question", lang), st.subheading),
        question_table(results, st, lang, width),
    ]
    return flow


def _comments(results: RoundResults, st: Styles, lang: str) -> list[Flowable]:
    flow: list[Flowable] = [_p(survey_label("summary.comments", lang), st.subheading)]
    if not results.comments:
        return [*flow, _p(survey_label("summary.no_comments", lang), st.body)]
    flow.append(
        _p(
            survey_label(
                "summary.comments_note",
                lang,
                total=results.comments_total,
                shown=len(results.comments),
            ),
            st.small,
        )
    )
    rows: list[list[object]] = [
        [
            _p(survey_label("col.area", lang), st.cell),
            _p(survey_label("col.unit", lang), st.cell),
            _p(survey_label("col.comment", lang), st.cell),
        ]
    ]
    rows += [
        [_p(area_label(c.area, lang), st.cell), _p(c.unit, st.cell), _p(c.text, st.cell)]
        for c in results.comments
    ]
    table = Table(rows, colWidths=[26 * mm, 22 * mm, WIDTH - 48 * mm], repeatRows=1)
    table.setStyle(grid_style(st.font))
    return [*flow, table]


def result_summary_pdf(results: RoundResults, estate: str, lang: str, out: BinaryIO) -> int:
    """Write the result summary; returns the pages written."""
    st = styles(lang)
    title = survey_label("summary.title", lang)
    days = DAYS.format(first=results.opens_on.isoformat(), last=results.closes_on.isoformat())
    flow: list[Flowable] = []
    if estate:
        flow.append(_p(estate, st.cover_office))
    flow += [
        _p(title, st.cover_month),
        _p(f"{results.name} · {results.number} · {days}", st.cell_centre),
        _p(survey_label("summary.for_committee", lang), st.cell_centre),
        Spacer(1, 4 * mm),
        _figures_table(results, st, lang),
        Spacer(1, 1 * mm),
        _p(survey_label("summary.basis", lang), st.small),
        *summary_flow(results, st, lang),
        *_comments(results, st, lang),
        Spacer(1, 6 * mm),
        _p(f"{estate} {survey_label('summary.prepared', lang)}".strip(), st.body),
    ]
    doc = _doc(out, title, estate)
    footer = " · ".join(p for p in (estate, results.name, results.number) if p)
    doc.build(flow, onFirstPage=_footer(lang, footer), onLaterPages=_footer(lang, footer))
    return int(doc.page)
