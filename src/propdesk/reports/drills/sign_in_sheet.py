"""The blank sign-in sheet (签到表) of a session: its title, time, place and organiser
atop, then a row per staff member expected (name and department printed, the signature
and the time left empty) and empty rows for whoever else comes, and the line where the
organiser writes the residents' count. Photographed after the session, it is the
record's attachment."""

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

SHEET_PAGE = replace(A4, margin_mm=14.0, body_pt=11.0)
SIGN_IN = SlipKind(drill_label, "sign_in", SHEET_PAGE)
EMPTY_ROWS = 8  # for people not on the list
BLANK = "\u3000"  # an ideographic space: an empty cell that still has a line
# Room to sign by hand: a wide cell two lines tall (the table's columns share the page
# in proportion to their widest cells, so the signature's gets the most).
SIGN_HERE = "\u3000" * 14 + "\n" + BLANK
TIME_HERE = "\u3000" * 5


def sign_in_slip(paper: SessionPaper, lang: str | None, empty_rows: int = EMPTY_ROWS) -> Slip:
    words = drill_label
    title = f"{paper.title} {words('sign_in.title', lang)}"
    fields = (
        SlipField(words("record.subject", lang), title, strong=True),
        SlipField(words("record.topic", lang), words(f"topic.{paper.topic}", lang)),
        SlipField(words("record.held_at", lang), local_time_text(paper.held_at)),
        SlipField(words("record.place", lang), paper.place or BLANK),
        SlipField(words("record.organiser", lang), paper.organiser),
    )
    listed = [
        (str(i), person.name, person.department, SIGN_HERE, TIME_HERE)
        for i, person in enumerate(paper.people, start=1)
    ]
    start = len(listed) + 1
    listed += [
        (str(i), BLANK * 4, BLANK * 5, SIGN_HERE, TIME_HERE)
        for i in range(start, start + empty_rows)
    ]
    table = SlipTable(
        (
            words("col.no", lang),
            words("col.name", lang),
            words("col.department", lang),
            words("col.signature", lang),
            words("col.time", lang),
        ),
        tuple(listed),
        (True, False, False, False, False),
    )
    return SIGN_IN.slip(
        paper.estate,
        paper.number,
        lang,
        fields,
        table=table,
        paragraphs=(
            SlipParagraph(words("sign_in.notes_heading", lang), words("sign_in.note", lang)),
        ),
        signatures=(words("sign_in.residents", lang), words("sign.organiser", lang)),
    )


def sign_in_pdf(paper: SessionPaper, lang: str | None, out: BinaryIO) -> int:
    slip = sign_in_slip(paper, lang)
    return write_pages(
        layout_slip(slip), out, title=slip.document_title, author=paper.estate, lang=lang
    )
