"""The texts of a day's patrol log, before any layout: times of day, the rows of the
slot table (slots and the rounds outside them, in time order), each round's
checkpoints on one line, and a finding's cells.

Times print in the station's local time, the hour and minute alone when they fall on
the log's day (a night round after midnight says "next day")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from propdesk.domain.patrol.timing import Verdict
from propdesk.reports.patrol.day_log_model import LogFinding, LogRound, LogSlot, PatrolDayLog
from propdesk.reports.patrol.labels import patrol_label

ABANDONED = "abandoned"
OPEN = "open"


def _local(moment: datetime) -> datetime:
    """An aware datetime in local time; a naive one is a programming error (its zone is
    unknown, so the printed time could be hours off)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {moment!r}")
    return moment.astimezone()


def clock_text(moment: datetime, day: date, lang: str | None) -> str:
    """ "22:05" on `day`, "次日 02:05" / "02:05 next day" on the next, else the date too."""
    local = _local(moment)
    time = local.strftime("%H:%M")
    if local.date() == day:
        return time
    if local.date() == day + timedelta(days=1):
        return patrol_label("log.next_day", lang, time=time)
    return local.strftime("%Y-%m-%d %H:%M")


def hour_text(moment: datetime) -> str:
    """ "22:05": in a table whose rows after midnight come under a "next day" row."""
    return _local(moment).strftime("%H:%M")


def local_day(moment: datetime) -> date:
    return _local(moment).date()


def day_break_text(day: date, log_day: date, lang: str | None) -> str:
    """The row that opens the rows of a later day: "次日 2026-12-06"."""
    if day == log_day + timedelta(days=1):
        return patrol_label("log.day_break", lang, date=day.isoformat())
    return day.isoformat()


def stamp_text(moment: datetime) -> str:
    """A local "YYYY-MM-DD HH:MM" (when the log was printed)."""
    return _local(moment).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Summary:
    slots: int
    on_time: int
    late: int
    missed: int
    rounds: int
    extra: int
    abandoned: int


def summary(log: PatrolDayLog) -> Summary:
    answering = {number for slot in log.slots for number in slot.rounds}
    outside = [r for r in log.rounds if r.number not in answering]
    return Summary(
        slots=len(log.slots),
        on_time=sum(1 for s in log.slots if s.verdict is Verdict.ON_TIME),
        late=sum(1 for s in log.slots if s.verdict is Verdict.LATE),
        missed=sum(1 for s in log.slots if s.verdict is Verdict.MISSED),
        rounds=len(log.rounds),
        extra=sum(1 for r in outside if r.state != ABANDONED),
        abandoned=sum(1 for r in log.rounds if r.state == ABANDONED),
    )


@dataclass(frozen=True)
class SlotRow:
    """A row of the slot table: a slot (with one of its rounds, or none when missed),
    a further round of the same slot (`slot` None, `first` False), or a round that
    answers no slot (`slot` None, `first` True)."""

    slot: LogSlot | None
    round: LogRound | None
    number: str  # the round's number ("" for a missed slot)
    first: bool  # the slot's first row: its time and result are printed on it
    at: datetime  # the slot's time, or the start of a round outside the schedule


def slot_rows(log: PatrolDayLog) -> list[SlotRow]:
    """The slots and the rounds outside them, in time order (a slot at its time, a
    round outside the schedule at its start)."""
    by_number = {r.number: r for r in log.rounds}
    answering = {number for slot in log.slots for number in slot.rounds}
    timed: list[tuple[datetime, int, list[SlotRow]]] = []
    for slot in log.slots:
        rows = [
            SlotRow(
                slot if index == 0 else None, by_number.get(number), number, index == 0, slot.at
            )
            for index, number in enumerate(slot.rounds)
        ] or [SlotRow(slot, None, "", True, slot.at)]
        timed.append((slot.at, 0, rows))
    for extra in log.rounds:
        if extra.number not in answering:
            row = SlotRow(None, extra, extra.number, True, extra.started_at)
            timed.append((extra.started_at, 1, [row]))
    timed.sort(key=lambda entry: (entry[0], entry[1]))
    return [row for _at, _order, rows in timed for row in rows]


def result_text(row: SlotRow, lang: str | None) -> str:
    """What the row's result column says: the slot's verdict on its first row, a round
    outside the schedule says what it was, further rounds of a slot nothing."""
    if row.slot is not None:
        return patrol_label(f"verdict.{row.slot.verdict.value}", lang)
    if row.first and row.round is not None:
        key = "state.abandoned" if row.round.state == ABANDONED else "state.extra"
        return patrol_label(key, lang)
    return ""


def walked_text(r: LogRound, lang: str | None) -> str:
    """ "22:03–22:41" (the end after midnight needs no day: it follows the start)."""
    start = hour_text(r.started_at)
    if r.finished_at is not None:
        end = hour_text(r.finished_at)
    else:  # the result column says when a round was given up
        end = patrol_label("state.open", lang) if r.state == OPEN else ""
    return f"{start}–{end}"


def reached_text(r: LogRound) -> str:
    reached = sum(1 for v in r.visits if v.at is not None)
    return f"{reached}/{len(r.visits)}"


def flags_text(r: LogRound, lang: str | None) -> str:
    """Out of order, too fast, entered later, the reason it was given up: as words."""
    flags = []
    if any(v.out_of_order for v in r.visits):
        flags.append(patrol_label("flag.out_of_order", lang))
    if any(v.too_fast for v in r.visits):
        flags.append(patrol_label("flag.too_fast", lang))
    if r.entered_later:
        flags.append(patrol_label("flag.entered_later", lang))
    if r.state == ABANDONED and r.abandon_reason:
        flags.append(patrol_label("flag.abandoned", lang, reason=r.abandon_reason))
    return patrol_label("list.separator", lang).join(flags)


def visits_text(r: LogRound, lang: str | None) -> str:
    """Each checkpoint in route order on one line: "1 东门岗亭 22:01；2 1栋大堂 未到；…",
    what went wrong in words beside it."""
    parts = []
    for v in sorted(r.visits, key=lambda visit: visit.position):
        when = hour_text(v.at) if v.at is not None else patrol_label("visit.skipped", lang)
        notes = []
        if v.out_of_order:
            notes.append(patrol_label("flag.out_of_order", lang))
        if v.too_fast:
            notes.append(patrol_label("flag.too_fast", lang))
        if not v.ok:
            notes.append(
                patrol_label("visit.issue_note", lang, note=v.note)
                if v.note
                else patrol_label("visit.issue", lang)
            )
        elif v.note:
            notes.append(v.note)
        text = f"{v.position} {v.checkpoint} {when}"
        if notes:
            joined = patrol_label("list.separator", lang).join(notes)
            text = patrol_label("visit.with_notes", lang, text=text, notes=joined)
        parts.append(text)
    return patrol_label("visit.separator", lang).join(parts)


def round_heading(r: LogRound) -> list[str]:
    """The round's number, then its route and guard."""
    return [r.number, " · ".join(part for part in (r.route, r.guard) if part)]


@dataclass(frozen=True)
class FindingCells:
    """The findings table's cells, each a list of lines."""

    number: list[str]
    where: list[str]
    seen: list[str]
    action: list[str]
    escalated: list[str]
    ticket: list[str]


def finding_cells(f: LogFinding, day: date, lang: str | None) -> FindingCells:
    number = [f.number, clock_text(f.seen_at, day, lang)]
    if f.round_number and not f.number.startswith(f.round_number):
        number.append(patrol_label("log.round_of", lang, number=f.round_number))
    where = [p for p in (f.checkpoint, f.place) if p]
    where.append(patrol_label(f"category.{f.category.value}", lang))
    action = [f.action] if f.action else []
    if f.resolution:
        action.append(patrol_label("log.resolution", lang, text=f.resolution))
    none = patrol_label("none", lang)
    escalated = [f.escalated_to] if f.escalated_to else [none]
    if f.escalated_to and f.escalated_at is not None:
        escalated.append(clock_text(f.escalated_at, day, lang))
    ticket = [none]
    if f.ticket:
        ticket = [f.ticket]
        if f.ticket_closed is not None:
            ticket.append(patrol_label("ticket.closed" if f.ticket_closed else "ticket.open", lang))
    return FindingCells(number, where, [f.seen], action or [none], escalated, ticket)
