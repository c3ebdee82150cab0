"""The complaint handling sheet (投诉处理单), built from plain values.

One complaint on A4 for its paper file: what was complained of, by whom (匿名 for an
anonymous one: nothing else of the person is printed), every step of its handling
with who took it, the root cause and corrective action, the follow-up, and the lines
the handler, the manager and the complainant sign on. A long timeline flows onto more
pages under a repeated header row; the signatures stay with the last text. The footer
carries the audit chain's place, so a copy handed out is checked against the database
(`propdesk audit verify`). Times print in the station's local time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from propdesk.reports.audit_mark import audit_mark
from propdesk.reports.slips.complaint_sheet_labels import coded, complaint_sheet_label
from propdesk.reports.slips.gate_slips import local_time_text
from propdesk.reports.slips.model import A4, Slip, SlipField, SlipParagraph, SlipTable
from propdesk.reports.slips.slip_kind import SlipKind
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text

# Denser than the handover sheet, like the dispatch slip: an ordinary complaint with
# two rounds fits on one sheet. No QR: the sheet is filed, not scanned at a desk.
SHEET_PAGE = replace(A4, margin_mm=12.0, body_pt=9.5)
SHEET = SlipKind(complaint_sheet_label, "sheet", SHEET_PAGE)
# Empty lines left for the pen under an outcome not recorded yet.
PEN_LINES = 2
# The timeline table's cell padding (table_layout.place_table's) and a little slack
# for rounding, so the pre-wrapped "what was done" column is never squeezed again.
CELL_PAD = 1.6
SLACK_MM = 1.0
# Its least share of the width, should a very long name widen the other columns.
MIN_WHAT_SHARE = 0.4


@dataclass(frozen=True)
class SheetStep:
    """One timeline row. `details` holds the step's own data with ids already turned
    into names (department, handler) and codes left as stored (verdict, method)."""

    at: datetime
    by: str  # the person, by name
    step: str  # ComplaintStep's code
    round: int
    note: str = ""
    details: Mapping[str, object] | None = None


@dataclass(frozen=True)
class SheetFollowUp:
    at: datetime
    visitor: str
    method: str  # FollowUpMethod's code
    result: str
    rating: int | None


@dataclass(frozen=True)
class ComplaintSheet:
    estate: str
    number: str
    received_at: datetime
    channel: str  # the stored codes: ComplaintChannel, ComplaintCategory, Severity …
    category: str
    severity: str
    state: str
    anonymous: bool
    complainant: str  # empty for an anonymous complaint
    phone: str  # already masked for the reader's role
    place: str
    description: str
    deadline: datetime
    department: str
    handler: str
    steps: tuple[SheetStep, ...]
    root_cause: str  # RootCause's code, "" while not closed
    root_cause_text: str
    corrective_action: str
    follow_up: SheetFollowUp | None
    repair_number: str  # "" without a linked ticket
    repair_state: str  # RepairState's code
    audit_seq: int
    audit_hash: str


def _what(step: SheetStep, lang: str | None) -> str:
    """The "what was done" cell: the step's data in words, then its note."""
    words = complaint_sheet_label
    colon = words("colon", lang)
    d = dict(step.details or {})
    parts: list[str] = []
    if step.step in ("assign", "reassign"):
        parts = [
            f"{words('what.department', lang)}{colon}{d.get('department', '')}",
            f"{words('what.handler', lang)}{colon}{d.get('handler', '')}",
        ]
    elif step.step == "answer":
        parts = [
            f"{words('what.investigation', lang)}{colon}{d.get('investigation', '')}",
            f"{words('what.resolution', lang)}{colon}{d.get('resolution', '')}",
        ]
    elif step.step == "verdict":
        parts = [coded("verdict", str(d.get("verdict", "")), lang)]
    elif step.step in ("close", "manager_close"):
        if d.get("reason"):
            parts.append(f"{words('what.reason', lang)}{colon}{d['reason']}")
        parts.append(
            words("what.root_cause", lang)
            + colon
            + coded("root_cause", str(d.get("root_cause", "")), lang)
        )
    elif step.step == "follow_up":
        parts = [coded("method", str(d.get("method", "")), lang), str(d.get("result", ""))]
        if d.get("rating") is not None:
            parts.append(words("what.rating", lang, rating=d["rating"]))
    elif step.step == "void" and d.get("reason"):
        parts = [f"{words('what.reason', lang)}{colon}{d['reason']}"]
    if step.note:
        parts.append(step.note)
    return words("separator", lang).join(part for part in parts if part)


def _natural(cells: list[str], header: str) -> float:
    """A column's width when nothing in it wraps, as the table layout measures it."""
    body = SHEET_PAGE.body_pt
    widest = max((text_width(cell, body) for cell in cells), default=0.0)
    return max(widest, text_width(header, body, bold=True)) + 2 * CELL_PAD


def _timeline(steps: tuple[SheetStep, ...], lang: str | None) -> SlipTable:
    words = complaint_sheet_label
    headers = (
        words("timeline.at", lang),
        words("timeline.by", lang),
        words("timeline.step", lang),
        words("timeline.what", lang),
    )
    short: list[tuple[str, str, str]] = []
    for step in steps:
        name = coded("step", step.step, lang)
        if step.round > 1:
            name = words(
                "aside", lang, text=name, aside=words("timeline.round", lang, round=step.round)
            )
        short.append((local_time_text(step.at), step.by, name))
    # Time, person and step on one line each; "what was done" takes the rest of the
    # width, wrapped here so the table never squeezes the other columns to fit it.
    used = sum(_natural([row[col] for row in short], headers[col]) for col in range(3))
    what_width = max(
        SHEET_PAGE.content_width_mm - used - 2 * CELL_PAD - SLACK_MM,
        SHEET_PAGE.content_width_mm * MIN_WHAT_SHARE,
    )
    rows = tuple(
        (*cells, "\n".join(wrap_text(_what(step, lang), what_width, SHEET_PAGE.body_pt)))
        for cells, step in zip(short, steps, strict=True)
    )
    return SlipTable(headers=headers, rows=rows)


def _pen(text: str) -> str:
    """The recorded text, or empty lines to write it by hand."""
    return text if text.strip() else "\n" * (PEN_LINES - 1)


def _outcome(sheet: ComplaintSheet, lang: str | None) -> tuple[SlipParagraph, ...]:
    words = complaint_sheet_label
    cause = ""
    if sheet.root_cause:
        cause = coded("root_cause", sheet.root_cause, lang)
        if sheet.root_cause_text:
            cause += complaint_sheet_label("colon", lang) + sheet.root_cause_text
    lines = [line for line in (cause, sheet.corrective_action) if line]
    follow = ""
    f = sheet.follow_up
    if f is not None:
        follow = words(
            "outcome.follow_up_text",
            lang,
            at=local_time_text(f.at),
            visitor=f.visitor,
            method=coded("method", f.method, lang),
            result=f.result,
            rating=f.rating if f.rating is not None else "—",
        )
    return (
        SlipParagraph(words("outcome.root_cause", lang), _pen("\n".join(lines))),
        SlipParagraph(words("outcome.follow_up", lang), _pen(follow)),
    )


def _fields(sheet: ComplaintSheet, lang: str | None) -> list[SlipField]:
    words = complaint_sheet_label
    who = words("anonymous", lang) if sheet.anonymous else sheet.complainant
    fields = [
        SlipField(words("received_at", lang), local_time_text(sheet.received_at)),
        SlipField(words("channel", lang), coded("channel", sheet.channel, lang)),
        SlipField(words("complainant", lang), who, strong=sheet.anonymous),
    ]
    if not sheet.anonymous:  # an anonymous complaint has no phone; no empty row either
        fields.append(SlipField(words("phone", lang), sheet.phone))
    handled_by = " / ".join(part for part in (sheet.department, sheet.handler) if part)
    repair = words("none", lang)
    if sheet.repair_number:
        state = coded("repair_state", sheet.repair_state, lang)
        repair = words("aside", lang, text=sheet.repair_number, aside=state)
    fields += [
        SlipField(words("place", lang), sheet.place, strong=True),
        SlipField(words("category", lang), coded("category", sheet.category, lang)),
        SlipField(
            words("severity", lang),
            coded("severity", sheet.severity, lang),
            strong=sheet.severity == "serious",
        ),
        SlipField(words("description", lang), sheet.description),
        SlipField(words("deadline", lang), local_time_text(sheet.deadline), strong=True),
        SlipField(words("handler", lang), handled_by),
        SlipField(words("state", lang), coded("state", sheet.state, lang)),
        SlipField(words("repair", lang), repair),
    ]
    return fields


def complaint_sheet(sheet: ComplaintSheet, lang: str | None) -> Slip:
    """投诉处理单 on A4 paper, the audit chain's place after the office at its foot."""
    words = complaint_sheet_label
    slip = SHEET.slip(
        sheet.estate,
        sheet.number,
        lang,
        tuple(_fields(sheet, lang)),
        table=_timeline(sheet.steps, lang),
        paragraphs=_outcome(sheet, lang),
        signatures=(
            words("sign.handler", lang),
            words("sign.manager", lang),
            words("sign.complainant", lang),
        ),
    )
    mark = audit_mark(sheet.audit_seq, sheet.audit_hash, lang)
    return replace(slip, footer=f"{slip.footer}   {mark}")
