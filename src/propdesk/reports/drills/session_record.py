"""The drill or training record (演练记录 / 培训记录) on A4: when, what, who organised,
who took part (the staff by name and department, the residents counted), what was
practised, the problems found and the actions, and the lines the organiser and the
manager sign on. A slip, so the ui's slip preview shows exactly the PDF."""

from __future__ import annotations

from dataclasses import replace
from typing import BinaryIO

from propdesk.reports.drills.labels import drill_label
from propdesk.reports.drills.model import SessionPaper
from propdesk.reports.patrol.paper import write_pages
from propdesk.reports.slips.gate_slips import local_time_text
from propdesk.reports.slips.layout import layout_slip
from propdesk.reports.slips.model import A4, Slip, SlipField, SlipParagraph, SlipTable
from propdesk.reports.slips.slip_kind import SlipKind

RECORD_PAGE = replace(A4, margin_mm=14.0, body_pt=10.0)
DRILL = SlipKind(drill_label, "drill", RECORD_PAGE)
TRAINING = SlipKind(drill_label, "training", RECORD_PAGE)


def _or_none(text: str, lang: str | None) -> str:
    return text or drill_label("record.none", lang)


def session_record_slip(paper: SessionPaper, lang: str | None) -> Slip:
    """The record as a slip; `lang` None prints Simplified Chinese."""
    words = drill_label
    kind = DRILL if paper.kind == "drill" else TRAINING
    fields = [
        SlipField(words("record.subject", lang), paper.title, strong=True),
        SlipField(words("record.topic", lang), words(f"topic.{paper.topic}", lang)),
        SlipField(words("record.held_at", lang), local_time_text(paper.held_at)),
        SlipField(
            words("record.minutes", lang), words("record.minutes_value", lang, n=paper.minutes)
        ),
    ]
    if paper.place:
        fields.append(SlipField(words("record.place", lang), paper.place))
    fields += [
        SlipField(words("record.organiser", lang), paper.organiser),
        SlipField(
            words("record.people", lang),
            words("record.people_value", lang, staff=len(paper.people), residents=paper.residents),
        ),
    ]
    if paper.void_reason:
        fields.append(SlipField("", words("record.voided", lang, reason=paper.void_reason)))
    return kind.slip(
        paper.estate,
        paper.number,
        lang,
        tuple(fields),
        table=_people_table(paper, lang),
        paragraphs=(
            SlipParagraph(words("record.practised", lang), _or_none(paper.practised, lang)),
            SlipParagraph(words("record.problems", lang), _or_none(paper.problems, lang)),
            SlipParagraph(words("record.actions", lang), _or_none(paper.actions, lang)),
        ),
        signatures=(
            words("sign.organiser", lang),
            words("sign.manager", lang),
            words("sign.date", lang),
        ),
    )


def _people_table(paper: SessionPaper, lang: str | None) -> SlipTable | None:
    """The staff by department, one row each: a whole office fits a few lines, and a
    reader looks for their department first."""
    if not paper.people:
        return None
    by_department: dict[str, list[str]] = {}
    for person in paper.people:
        by_department.setdefault(person.department, []).append(person.name)
    separator = "、" if not (lang or "").startswith("en") else ", "
    return SlipTable(
        (
            drill_label("col.department", lang),
            drill_label("col.people", lang),
            drill_label("col.count", lang),
        ),
        tuple(
            (department, separator.join(names), str(len(names)))
            for department, names in by_department.items()
        ),
        (False, False, True),
    )


def session_record_pdf(paper: SessionPaper, lang: str | None, out: BinaryIO) -> int:
    """Write the record as an A4 PDF into `out`; returns the pages written."""
    slip = session_record_slip(paper, lang)
    return write_pages(
        layout_slip(slip), out, title=slip.document_title, author=paper.estate, lang=lang
    )
