"""Quick search over the complaints and the inquiry log.

A complaint is found by its number or its start (TS202612-0001, TS2026), by its
complainant (a name's start, a phone's last four digits) or by its place (a unit's
code, a common area's start); newest first, tagged with its state. An anonymous
complaint stores no name or phone (services.complaints.complaints), and the search
asks for `anonymous` false on every complainant reading besides, so a hit on one
(found by number or place) never shows a person. No phone is shown in a hit: quick
search has no reader's role to mask it by (services.complaints.detail.shown_phone).

An inquiry is found by its number (ZX…) or a few characters of its question.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import PHONE_TAIL_DIGITS, SearchQuery
from propdesk.store.models import Complaint, Inquiry, Unit

KIND_COMPLAINT = "complaint"
KIND_INQUIRY = "inquiry"
NUMBER_PREFIX_MIN = 4  # "TS20": fewer would list every complaint
QUESTION_MIN = 2  # characters of a question: one would find half the log
MAX_CHAR = "\U0010ffff"  # x <= value < x + MAX_CHAR is "starts with x", through an index
TEXT_SHOWN = 30  # characters of the description or question in the hit's second line


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= TEXT_SHOWN else line[: TEXT_SHOWN - 1] + "…"


def _starts(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix + MAX_CHAR)


def _number_prefix(query: SearchQuery, kind: NumberKind) -> str:
    code = query.code
    return code if code.startswith(kind.value) and len(code) >= NUMBER_PREFIX_MIN else ""


def _complaint_where(session: Session, query: SearchQuery) -> ColumnElement[bool] | None:
    """Every reading of the query that applies, or None when none does."""
    c = Complaint
    readings: list[ColumnElement[bool]] = []
    number = _number_prefix(query, NumberKind.COMPLAINT)
    if number:
        readings.append(_starts(c.number, number))
    if query.code:
        unit_ids = list(session.scalars(select(Unit.id).where(Unit.code == query.code)))
        if unit_ids:
            readings.append(c.unit_id.in_(unit_ids))
    if len(query.digits) >= PHONE_TAIL_DIGITS:
        tail = query.digits[-PHONE_TAIL_DIGITS:]
        readings.append(and_(c.anonymous.is_(False), c.complainant_phone_tail == tail))
    if query.text and not query.digits and not number:
        readings.append(and_(c.anonymous.is_(False), _starts(c.complainant_name, query.text)))
        readings.append(and_(c.unit_id.is_(None), _starts(c.common_area, query.text)))
    if not readings:
        return None
    return and_(c.voided_at.is_(None), or_(*readings) if len(readings) > 1 else readings[0])


def search_complaints(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """The place (a unit or a common area), the complainant's name (never an
    anonymous one's) and the start of the description."""
    where = _complaint_where(session, query)
    if where is None:
        return []
    c = Complaint
    rows = session.execute(
        select(
            c.id,
            c.number,
            c.state,
            c.anonymous,
            c.complainant_name,
            c.common_area,
            c.description,
            Unit.code,
        )
        .outerjoin(Unit, c.unit_id == Unit.id)
        .where(where)
        .order_by(c.received_at.desc(), c.id.desc())
        .limit(limit)
    ).all()
    hits = []
    for row in rows:
        # Belt and braces: an anonymous complaint's name column is empty, and is never
        # read for one even so.
        name = "" if row.anonymous else row.complainant_name
        where_ = row.code or row.common_area
        subtitle = " · ".join(p for p in (where_, name, _short(row.description)) if p)
        hits.append(
            SearchHit(
                KIND_COMPLAINT, row.id, row.number, subtitle, KIND_COMPLAINT, row.id, (row.state,)
            )
        )
    return hits


def count_complaints(session: Session, query: SearchQuery, cap: int) -> int:
    where = _complaint_where(session, query)
    if where is None:
        return 0
    return count_capped(session, select(Complaint.id).where(where), cap)


def _inquiry_where(query: SearchQuery) -> ColumnElement[bool] | None:
    number = _number_prefix(query, NumberKind.INQUIRY)
    if number:
        return _starts(Inquiry.number, number)
    if len(query.text) >= QUESTION_MIN and not query.digits:
        # A scan of the question column: the log is ~4,000 rows a year, a few
        # milliseconds; no index answers "contains".
        return Inquiry.question.contains(query.text, autoescape=True)
    return None


def search_inquiries(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """The start of the question; the asker's name is not shown (the log is at the
    reception desk, read by anyone with the complaints' VIEW right)."""
    where = _inquiry_where(query)
    if where is None:
        return []
    rows = session.execute(
        select(Inquiry.id, Inquiry.number, Inquiry.state, Inquiry.question)
        .where(where)
        .order_by(Inquiry.asked_at.desc(), Inquiry.id.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_INQUIRY,
            row.id,
            row.number,
            _short(row.question),
            KIND_INQUIRY,
            row.id,
            (row.state,),
        )
        for row in rows
    ]
