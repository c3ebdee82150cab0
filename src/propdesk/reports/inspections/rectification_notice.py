"""The rectification notice (整改通知单) on A4: which item of which inspection failed,
what was found, what the department is to fix and by when, and the lines the issuer
and the receiving department sign on, with the day it was received.

It is a slip (`rectification_notice_slip`), so the ui's slip preview shows it and the
slips' layout places it; `layout_rectification_notice` gives its pages and
`rectification_notice_pdf` writes them. Times print in the station's local time.
"""

from __future__ import annotations

from dataclasses import replace
from typing import BinaryIO

from propdesk.reports.inspections.labels import inspection_label
from propdesk.reports.inspections.notice_model import RectificationNotice
from propdesk.reports.patrol.paper import write_pages
from propdesk.reports.slips.gate_slips import local_time_text
from propdesk.reports.slips.layout import layout_slip
from propdesk.reports.slips.model import A4, Slip, SlipField, SlipParagraph
from propdesk.reports.slips.primitives import LaidOutPage
from propdesk.reports.slips.slip_kind import SlipKind

__all__ = [
    "RectificationNotice",
    "layout_rectification_notice",
    "rectification_notice_pdf",
    "rectification_notice_slip",
]

# As dense as the complaint sheet: an ordinary notice fits one sheet with room to
# write what was done. No QR: the notice is signed and filed, not scanned.
NOTICE_PAGE = replace(A4, margin_mm=12.0, body_pt=9.5)
NOTICE = SlipKind(inspection_label, "notice", NOTICE_PAGE)
# Empty lines left under "what was done" for the department's pen.
PEN_LINES = 6


def _fields(notice: RectificationNotice, lang: str | None) -> tuple[SlipField, ...]:
    words = inspection_label
    fields = [
        SlipField(words("notice.department", lang), notice.department, strong=True),
        SlipField(words("notice.issued_at", lang), local_time_text(notice.issued_at)),
        SlipField(words("notice.issued_by", lang), notice.issued_by),
        SlipField(words("notice.inspection", lang), notice.inspection_number),
        SlipField(words("notice.template", lang), notice.template_name),
        SlipField(words("notice.area", lang), notice.area),
    ]
    if notice.equipment_code:  # no empty row for an item that names no equipment
        fields.append(SlipField(words("notice.equipment", lang), notice.equipment_code))
    fields += [
        SlipField(words("notice.item", lang), notice.item_text, strong=True),
        SlipField(words("notice.deadline", lang), local_time_text(notice.deadline), strong=True),
        SlipField(words("notice.state", lang), words(f"state.{notice.state}", lang)),
    ]
    return tuple(fields)


def rectification_notice_slip(notice: RectificationNotice, lang: str | None) -> Slip:
    """The notice as a slip (for the ui's slip preview); `lang` None prints Simplified
    Chinese. KeyError for a state that is not a RectificationState code."""
    words = inspection_label
    return NOTICE.slip(
        notice.estate,
        notice.number,
        lang,
        _fields(notice, lang),
        paragraphs=(
            SlipParagraph(words("notice.finding", lang), notice.finding),
            SlipParagraph(words("notice.fix", lang), notice.fix, boxed=True),
            # Empty lines: the department writes what it did by hand.
            SlipParagraph(words("notice.done", lang), "\n" * (PEN_LINES - 1)),
            SlipParagraph("", words("notice.note", lang)),
        ),
        signatures=(
            # The department signs for it with the day beside; the issuer below.
            words("sign.receiver", lang),
            words("sign.received_on", lang),
            words("sign.issuer", lang),
        ),
    )


def layout_rectification_notice(
    notice: RectificationNotice, lang: str | None
) -> tuple[LaidOutPage, ...]:
    return layout_slip(rectification_notice_slip(notice, lang))


def rectification_notice_pdf(notice: RectificationNotice, lang: str | None, out: BinaryIO) -> int:
    """Write the notice as an A4 PDF into `out`; returns the pages written."""
    slip = rectification_notice_slip(notice, lang)
    return write_pages(
        layout_slip(slip), out, title=slip.document_title, author=notice.estate, lang=lang
    )
