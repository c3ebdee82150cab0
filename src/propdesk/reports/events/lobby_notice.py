"""The lobby notice (活动通知) on A4 portrait, to post in the lobbies and at the gate:
the theme as a large Chinese title, then when, where, what and who organises it, a
welcome, an optional QR code (a sign-up link or a phone number the clerk typed) and,
at the foot, the service centre's name and the date.

Laid out as the slips' drawing primitives (reports.slips.primitives), measured with
the bundled CJK font's metrics, and written by the slips' painter: nothing is clipped.
Long titles and contents wrap; when the whole does not fit one page the type steps
down (title first, then the body) until it does — a notice is one sheet on a board.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import BinaryIO

from propdesk.reports.events.labels import event_text, weekday_text
from propdesk.reports.events.notice_model import LobbyNotice
from propdesk.reports.patrol.paper import write_pages
from propdesk.reports.slips.model import A4
from propdesk.reports.slips.primitives import LaidOutPage, Primitive, QrSymbol, Rule, TextRun
from propdesk.reports.slips.qr_code import QUIET_ZONE_MODULES, qr_modules
from propdesk.reports.slips.text_metrics import ascent, line_height, text_width
from propdesk.reports.slips.text_wrap import wrap_text

__all__ = ["LobbyNotice", "layout_lobby_notice", "lobby_notice_pdf"]

PAGE = replace(A4, margin_mm=20.0)
QR_SIDE = 32.0  # mm, the symbol without its quiet zone
# (title, heading, fields, content) in points, largest first: the first that fits.
SCALES = (
    (44.0, 26.0, 16.0, 15.0),
    (40.0, 24.0, 15.0, 14.0),
    (36.0, 22.0, 14.0, 13.0),
    (32.0, 22.0, 13.0, 12.0),
    (28.0, 20.0, 12.0, 11.0),
    (26.0, 18.0, 11.0, 10.0),
    (24.0, 18.0, 10.0, 9.0),
)
FOOT_PT = 14.0


def _time_text(notice: LobbyNotice, lang: str | None) -> str:
    start, end = notice.starts_at.astimezone(), notice.ends_at.astimezone()
    if start.date() == end.date():
        return event_text(
            "notice.same_day",
            lang,
            year=start.year,
            month=start.month,
            day=start.day,
            weekday=weekday_text(start.weekday(), lang),
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
        )
    return event_text("notice.span", lang, start=_moment(start, lang), end=_moment(end, lang))


def _moment(moment: datetime, lang: str | None) -> str:
    day = event_text("notice.date", lang, year=moment.year, month=moment.month, day=moment.day)
    return f"{day} {moment:%H:%M}"


@dataclass
class _Cursor:
    """Where the next line goes (its top, mm from the page's top) and what is placed."""

    y: float
    items: list[Primitive]


def _lines(
    cursor: _Cursor,
    text: str,
    x: float,
    width: float,
    size: float,
    *,
    bold: bool = False,
    centred: bool = False,
    gray: float = 0.0,
) -> None:
    for line in wrap_text(text, width, size, bold=bold) or [""]:
        baseline = cursor.y + ascent(size)
        left = x + (width - text_width(line, size, bold=bold)) / 2 if centred else x
        cursor.items.append(TextRun(left, baseline, line, size, bold, gray))
        cursor.y += line_height(size)


def _field(cursor: _Cursor, label: str, value: str, size: float, left: float, width: float) -> None:
    """ "活动时间：…" with the value's later lines under its first, not under the label."""
    head = f"{label}："
    indent = text_width(head, size, bold=True)
    cursor.items.append(TextRun(left, cursor.y + ascent(size), head, size, True))
    _lines(cursor, value, left + indent, width - indent, size)
    cursor.y += line_height(size) * 0.35


def _body(notice: LobbyNotice, lang: str | None, scale: tuple[float, ...], top: float) -> _Cursor:
    title_pt, heading_pt, field_pt, content_pt = scale
    left, width = PAGE.margin_mm, PAGE.content_width_mm
    cursor = _Cursor(top, [])
    _lines(
        cursor, event_text("notice.heading", lang), left, width, heading_pt, centred=True, gray=0.3
    )
    cursor.y += 3.0
    _lines(cursor, notice.theme, left, width, title_pt, bold=True, centred=True)
    cursor.y += 3.0
    cursor.items.append(Rule(left, cursor.y, left + width, cursor.y, 1.2))
    cursor.y += 6.0
    _lines(cursor, event_text("notice.greeting", lang), left, width, field_pt)
    cursor.y += line_height(field_pt) * 0.5
    _field(cursor, event_text("notice.time", lang), _time_text(notice, lang), field_pt, left, width)
    _field(cursor, event_text("notice.place", lang), notice.place, field_pt, left, width)
    if notice.content:
        label = event_text("notice.content", lang)
        _lines(cursor, f"{label}：", left, width, field_pt, bold=True)
        indent = 2 * text_width("中", content_pt)  # two characters in, as Chinese prose
        for paragraph in notice.content.splitlines():
            _lines(cursor, paragraph, left + indent, width - indent, content_pt)
        cursor.y += line_height(field_pt) * 0.35
    _field(cursor, event_text("notice.organiser", lang), notice.organiser, field_pt, left, width)
    cursor.y += line_height(field_pt) * 0.5
    _lines(
        cursor, event_text("notice.welcome", lang), left, width, field_pt, bold=True, centred=True
    )
    return cursor


def _foot(notice: LobbyNotice, lang: str | None) -> tuple[float, list[Primitive]]:
    """The office and the date, right-aligned at the page's foot; the QR code, when
    there is one, at the left beside them. Returns the foot's top and its items."""
    left, right = PAGE.margin_mm, PAGE.width_mm - PAGE.margin_mm
    bottom = PAGE.height_mm - PAGE.margin_mm
    office = event_text("notice.office", lang, estate=notice.estate)
    day = notice.issued_on
    lines = [office]
    if notice.hotline:
        lines.append(event_text("notice.hotline", lang, hotline=notice.hotline))
    lines.append(event_text("notice.date", lang, year=day.year, month=day.month, day=day.day))
    step = line_height(FOOT_PT)
    items: list[Primitive] = []
    y = bottom - step * len(lines)
    top = y
    room = PAGE.content_width_mm - (QR_SIDE + 12.0 if notice.qr_text else 0.0)
    for line in lines:
        shown = wrap_text(line, room, FOOT_PT)[0]
        items.append(
            TextRun(right - text_width(shown, FOOT_PT), y + ascent(FOOT_PT), shown, FOOT_PT)
        )
        y += step
    if notice.qr_text:
        modules = qr_modules(notice.qr_text)
        module = QR_SIDE / len(modules)
        caption = 10.0
        qr_top = bottom - QR_SIDE - line_height(caption) - 1.0
        quiet = QUIET_ZONE_MODULES * module
        items.append(QrSymbol(left + quiet, qr_top, module, modules))
        text = wrap_text(event_text("notice.qr", lang), QR_SIDE + 2 * quiet, caption)[0]
        items.append(TextRun(left + quiet, qr_top + QR_SIDE + 1.0 + ascent(caption), text, caption))
        top = min(top, qr_top - quiet)
    return top, items


def layout_lobby_notice(notice: LobbyNotice, lang: str | None) -> LaidOutPage:
    """The notice's one page: the largest type at which everything fits above the
    foot (the smallest scale otherwise, which fits every text the service takes)."""
    foot_top, foot = _foot(notice, lang)
    cursor = _body(notice, lang, SCALES[-1], PAGE.margin_mm)
    for scale in SCALES:
        tried = _body(notice, lang, scale, PAGE.margin_mm)
        if tried.y <= foot_top - 4.0:
            cursor = tried
            break
    return LaidOutPage(PAGE, (*cursor.items, *foot))


def notice_fits(page: LaidOutPage) -> bool:
    """Every text run within the page's margins (the tests' check, and a guard)."""
    runs: Sequence[Primitive] = page.items
    inside = PAGE.margin_mm - 0.01, PAGE.width_mm - PAGE.margin_mm + 0.01
    return all(
        inside[0] <= item.x and item.x + item.width <= inside[1]
        for item in runs
        if isinstance(item, TextRun)
    )


def lobby_notice_pdf(notice: LobbyNotice, lang: str | None, out: BinaryIO) -> int:
    """Write the notice as a one-page A4 PDF into `out`; returns the pages written."""
    title = f"{event_text('notice.heading', lang)} {notice.theme}"
    return write_pages(
        [layout_lobby_notice(notice, lang)], out, title=title, author=notice.estate, lang=lang
    )
