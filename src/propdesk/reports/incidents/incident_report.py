"""The incident report (事件报告) on A4: every field of the incident, its follow-up
actions as a table (overdue ones said in words), how it was closed, and the lines the
reporter, the security supervisor and the manager sign on, with the date.

It is a slip, so the ui's slip preview shows it and the slips' layout places it
(nothing is clipped: a long account flows on to the next page).
"""

from __future__ import annotations

from dataclasses import replace

from propdesk.domain.gate.tariff import yuan_text
from propdesk.reports.audit_mark import audit_mark
from propdesk.reports.incidents.labels import incident_label
from propdesk.reports.incidents.model import IncidentPaper, PaperAction
from propdesk.reports.slips.gate_slips import local_time_text
from propdesk.reports.slips.model import A4, Slip, SlipField, SlipParagraph, SlipTable
from propdesk.reports.slips.slip_kind import SlipKind

__all__ = ["IncidentPaper", "PaperAction", "incident_report_slip"]

REPORT_PAGE = replace(A4, margin_mm=14.0, body_pt=10.0)
REPORT = SlipKind(incident_label, "report", REPORT_PAGE)


def _police(paper: IncidentPaper, lang: str | None) -> str:
    words = incident_label
    if not paper.police_called:
        return words("not_called", lang)
    if paper.police_report:
        return words("called", lang, number=paper.police_report)
    return words("called_no_number", lang)


def _fire(paper: IncidentPaper, lang: str | None) -> str:
    words = incident_label
    if not paper.fire_called:
        return words("not_called", lang)
    if paper.fire_report:
        return words("fire_called", lang, number=paper.fire_report)
    return words("fire_called_no_number", lang)


def _losses(paper: IncidentPaper, lang: str | None) -> str:
    amount = incident_label("loss_yuan", lang, yuan=yuan_text(paper.loss_fen).lstrip("¥"))
    parts = [paper.losses, amount if paper.loss_fen else ""]
    return " · ".join(p for p in parts if p)


def _fields(paper: IncidentPaper, lang: str | None) -> tuple[SlipField, ...]:
    words = incident_label
    fields = [
        SlipField(words("report.title_line", lang), paper.title, strong=True),
        SlipField(words("report.kind", lang), words(f"kind.{paper.kind}", lang)),
        SlipField(words("report.occurred_at", lang), local_time_text(paper.occurred_at)),
        SlipField(words("report.place", lang), paper.place),
    ]
    if paper.source_kind:
        source = words(f"source.{paper.source_kind}", lang, number=paper.source_number)
        fields.append(SlipField(words("report.source", lang), source))
    fields += [
        SlipField(words("report.what_happened", lang), paper.what_happened),
        SlipField(words("report.responders", lang), paper.responders),
        SlipField(words("report.response", lang), paper.response),
        SlipField(words("report.police", lang), _police(paper, lang)),
        SlipField(words("report.fire", lang), _fire(paper, lang)),
        SlipField(words("report.injuries", lang), paper.injuries or words("no", lang)),
        SlipField(words("report.losses", lang), _losses(paper, lang) or words("no", lang)),
        SlipField(words("report.reported_by", lang), paper.reported_by),
        SlipField(words("report.state", lang), words(f"state.{paper.state}", lang)),
    ]
    if paper.closed_at is not None:
        at = local_time_text(paper.closed_at)
        closed = words("report.closed_line", lang, at=at, by=paper.closed_by)
        fields.append(SlipField(words("report.closed", lang), closed))
    if paper.close_reason:
        fields.append(SlipField(words("report.close_reason", lang), paper.close_reason))
    if paper.void_reason:
        fields.append(SlipField(words("report.voided", lang), paper.void_reason, strong=True))
    return tuple(fields)


def _done(action: PaperAction, lang: str | None) -> str:
    words = incident_label
    if action.done_at is not None:
        return words(
            "action.done_line", lang, at=local_time_text(action.done_at), by=action.done_by
        )
    if action.days_overdue > 0:
        return words("action.overdue", lang, days=action.days_overdue)
    return words("action.open", lang)


def _table(paper: IncidentPaper, lang: str | None) -> SlipTable | None:
    if not paper.actions:
        return None
    words = incident_label
    return SlipTable(
        (
            words("action.what", lang),
            words("action.who", lang),
            words("action.deadline", lang),
            words("action.done", lang),
        ),
        tuple((a.what, a.who, local_time_text(a.deadline), _done(a, lang)) for a in paper.actions),
    )


def incident_report_slip(paper: IncidentPaper, lang: str | None) -> Slip:
    """The report as a slip (for the ui's preview and the PDF); `lang` None prints
    Simplified Chinese."""
    words = incident_label
    follow_ups = "" if paper.actions else words("report.no_follow_ups", lang)
    notes = words("report.note", lang)
    if paper.audit_hash:
        notes = f"{notes}\n{audit_mark(paper.audit_seq, paper.audit_hash, lang)}"
    paragraphs = []
    if follow_ups:
        paragraphs.append(SlipParagraph(words("report.follow_ups", lang), follow_ups))
    paragraphs.append(SlipParagraph(words("report.notes", lang), notes))
    return REPORT.slip(
        paper.estate,
        paper.number,
        lang,
        _fields(paper, lang),
        table=_table(paper, lang),
        paragraphs=tuple(paragraphs),
        signatures=(
            words("sign.reporter", lang),
            words("sign.supervisor", lang),
            words("sign.manager", lang),
            words("sign.date", lang),
        ),
    )
