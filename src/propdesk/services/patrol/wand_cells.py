"""A wand file's rows read as swipes: device, code and time from the chosen columns.

Times are the wand's local wall clock (the estate's zone): a CSV gives text such as
2026-12-05 22:03:15, 2026/12/5 22:03, 2026年12月5日 22时03分 or 20261205220315; a
workbook gives real date-times, or a date and a time of day in two columns, or Excel's
serial numbers. They are kept to the second (a workbook's float can be a microsecond
off, and the same swipe must be the same when a file is imported again) and stored in
UTC. A row that cannot be read is an error with its row number and column; whether its
time is believable (the wand's clock) is the plan's question, not this module's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from openpyxl.utils.datetime import from_excel

from propdesk.domain.patrol.slots import wall_time_instant
from propdesk.domain.patrol.swipes import Swipe
from propdesk.errors import QT_TRANSLATE_NOOP, PropdeskError, UserError, ValidationError
from propdesk.services.core.date_window import date_in_window, moment_in_window
from propdesk.services.core.text import AT_MOST, storable_text
from propdesk.services.patrol.wand_columns import WandColumns, locate
from propdesk.services.patrol.wand_file import WandSheet

DEVICE_MAX = 40
CODE_MAX = 64
_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_TIME = r"(\d{1,2})\s*[:：时時]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?"
_DATE_TIME = re.compile(rf"^{_DATE}\s*[T ]?\s*{_TIME}$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})\s*(\d{2})(\d{2})(\d{2})?$")
_DATE_ONLY = re.compile(rf"^{_DATE}$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME_ONLY = re.compile(rf"^{_TIME}$")
_COMPACT_TIME = re.compile(r"^(\d{2})(\d{2})(\d{2})?$")
_HALF_SECOND = timedelta(microseconds=500_000)


@dataclass(frozen=True)
class WandRowError:
    row: int  # the row number in the file (the header is row 1)
    column: str  # the column's header as written in the file
    error: PropdeskError


def _required(field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("messages", "This cell must be filled in."), field=field
    )


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a device 1 or a card number typed into Excel as a number
    if isinstance(value, int | Decimal):
        return str(value)
    return " ".join(str(value).split()) if value is not None else ""


def _bounded(value: object, field: str, limit: int) -> str:
    text = storable_text(_text(value), field)
    if not text:
        raise _required(field)
    if len(text) > limit:
        raise ValidationError(AT_MOST, field=field, limit=limit)
    return text


def _whole_seconds(moment: datetime) -> datetime:
    return (moment + _HALF_SECOND).replace(microsecond=0)


def _numbers(match: re.Match[str]) -> list[int]:
    """The groups as numbers, a missing one (the seconds) 0."""
    return [int(group) if group else 0 for group in match.groups()]


def _wall_from_text(text: str) -> datetime | None:
    match = _DATE_TIME.match(text) or _COMPACT.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = _numbers(match)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _date_from_text(text: str) -> date | None:
    match = _DATE_ONLY.match(text) or _COMPACT_DATE.match(text)
    if match is None:
        return None
    year, month, day = _numbers(match)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _time_from_text(text: str) -> time | None:
    match = _TIME_ONLY.match(text) or _COMPACT_TIME.match(text)
    if match is None:
        return None
    hour, minute, second = _numbers(match)
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def _normalised(value: object) -> str:
    return unicodedata.normalize("NFKC", _text(value)).strip()


def _not_a_time(field: str, value: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "messages", "{value} is not a date and time such as 2026-12-05 22:03:15."
        ),
        field=field,
        value=_text(value),
    )


def _wall_time(value: object) -> datetime:
    """The date and time of a cell holding both."""
    if value is None or value == "":
        raise _required("time")
    if isinstance(value, datetime):
        return _whole_seconds(value.replace(tzinfo=None))
    if isinstance(value, float | int) and not isinstance(value, bool) and value > 1:
        moment = from_excel(value)
        if isinstance(moment, datetime):
            return _whole_seconds(moment)
    wall = _wall_from_text(_normalised(value))
    if wall is None:
        raise _not_a_time("time", value)
    return wall


def _day(value: object) -> date:
    if value is None or value == "":
        raise _required("date")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float | int) and not isinstance(value, bool) and value > 1:
        moment = from_excel(value)
        if isinstance(moment, datetime):
            return moment.date()
    day = _date_from_text(_normalised(value))
    if day is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{value} is not a date; enter a date such as 2026-11-03."
            ),
            field="date",
            value=_text(value),
        )
    return day


def _time_of_day(value: object) -> time:
    if value is None or value == "":
        raise _required("time")
    if isinstance(value, datetime):
        return _whole_seconds(value).time()
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:  # Excel's fraction of a day
        seconds = round(value * 86400) % 86400
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    moment = _time_from_text(_normalised(value))
    if moment is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{value} is not a time of day such as 22:03:15."),
            field="time",
            value=_text(value),
        )
    return moment


class _Row:
    def __init__(self, cells: tuple[object, ...], at: dict[str, int]) -> None:
        self._cells = cells
        self._at = at

    def raw(self, name: str) -> object:
        position = self._at.get(name)
        if position is None or position >= len(self._cells):
            return None
        value = self._cells[position]
        return value.strip() if isinstance(value, str) else value

    def wall_time(self) -> datetime:
        """The swipe's wall time; a year the console cannot reckon with (a wand's clock
        reset to 2000-00-00, a cell read as 9999) is an error on the date's column."""
        if "date" not in self._at:
            return moment_in_window(_wall_time(self.raw("time")), "time")
        day = date_in_window(_day(self.raw("date")), "date")
        return datetime.combine(day, _time_of_day(self.raw("time")))


def read_swipes(
    sheet: WandSheet, columns: WandColumns, tz: tzinfo
) -> tuple[list[Swipe], list[WandRowError]]:
    """Every row as a swipe (times in UTC), or as an error naming its column; codes are
    compared as upper case without spaces, as the mapping stores them."""
    at = locate(sheet.headers, columns)
    if at is None:  # the columns were checked against these headers
        raise ValueError(f"columns {columns} are not all in {sheet.headers}")
    swipes: list[Swipe] = []
    errors: list[WandRowError] = []
    for number, cells in sheet.rows:
        row = _Row(cells, at)
        try:
            device = _bounded(row.raw("device"), "device", DEVICE_MAX)
            code = clean_wand_code(_text(row.raw("code")))
            wall = row.wall_time()
        except UserError as exc:
            header = columns.chosen().get(exc.field or "", "")
            errors.append(WandRowError(number, header, exc))
            continue
        moment = wall_time_instant(wall, tz).astimezone(UTC)
        swipes.append(Swipe(number, device, code, moment))
    return swipes, errors


def clean_wand_code(value: str, field: str = "code") -> str:
    """A tag or card code as stored and compared: no spaces, upper case."""
    code = "".join(storable_text(value, field).split()).upper()
    if not code:
        raise _required(field)
    if len(code) > CODE_MAX:
        raise ValidationError(AT_MOST, field=field, limit=CODE_MAX)
    return code
