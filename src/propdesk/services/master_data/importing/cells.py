"""One sheet row's cells, read as the column's kind says.

Excel hands back whatever the person typed or pasted: numbers where text was meant
(1502, 13812345678), dates as real dates or as text, text with stray spaces. Each
getter turns that into what the register expects, or raises ValidationError with
`field` set to the column key, so the message lands on the right cell.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.master_data.importing.columns import CellKind, ColumnSpec
from propdesk.services.master_data.importing.headers import ColumnMap, normalise_header

# 2026-11-03, 2026/11/3, 2026.11.3, 2026年11月3日 (an optional time after it is ignored)
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Excel keeps 15 significant digits of a number; longer ones have already lost some.
_EXACT_DIGITS = 15


def _required(column: ColumnSpec) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("messages", "This cell must be filled in."), field=column.key
    )


def _number_as_text(value: int | float | Decimal, column: ColumnSpec) -> str:
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    text = str(int(value)) if isinstance(value, float) else str(value)
    if column.cell is CellKind.CODE and len(text.lstrip("-")) > _EXACT_DIGITS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{value} is too long for Excel to keep as a number: format the column as "
                "text and type it again.",
            ),
            field=column.key,
            value=text,
        )
    return text


def _date_from_text(text: str) -> date | None:
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


@cache
def _spellings(texts: tuple[str, ...], stored: str) -> frozenset[str]:
    return frozenset(normalise_header(t) for t in (*texts, stored))


class RowCells:
    """Typed access to one row; `lang` is the language the sheet is written in."""

    def __init__(
        self, columns: ColumnMap, specs: dict[str, ColumnSpec], values: tuple[object, ...]
    ) -> None:
        self._columns = columns
        self._specs = specs
        self._values = values

    def raw(self, key: str) -> object:
        index = self._columns.index.get(key)
        if index is None or index >= len(self._values):
            return None
        value = self._values[index]
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    def _filled(self, key: str) -> object:
        """The raw value; None when an optional cell is empty, an error when a required one is."""
        value = self.raw(key)
        if value is None and self._specs[key].required:
            raise _required(self._specs[key])
        return value

    def text(self, key: str) -> str:
        """Text (CODE columns: a typed number becomes its digits); '' when empty."""
        column = self._specs[key]
        value = self._filled(key)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, int | float | Decimal):
            return _number_as_text(value, column)
        if isinstance(value, datetime | date):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Excel turned this cell into a date; format the column as text and "
                    "type it again.",
                ),
                field=key,
            )
        return " ".join(str(value).split())

    def integer(self, key: str) -> int | None:
        value = self._filled(key)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,9}", value):
            return int(value)
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter a whole number here."), field=key
        )

    def number_text(self, key: str) -> str:
        """A decimal as text for the register to check (89.5, "89.5", "89.5㎡")."""
        value = self.raw(key)
        if isinstance(value, float):
            return repr(round(value, 10)).removesuffix(".0")
        if isinstance(value, datetime | date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter a number here, not a date."), field=key
            )
        return self.text(key)

    def date(self, key: str) -> date | None:
        value = self._filled(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = unicodedata.normalize("NFKC", str(value)).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        parsed = _date_from_text(text)
        if parsed is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "{value} is not a date; enter a date such as 2026-11-03."
                ),
                field=key,
                value=text,
            )
        return parsed

    def choice(self, key: str) -> str:
        """The stored value of a drop-down cell, typed in any of the three languages;
        '' when an optional cell is empty."""
        column = self._specs[key]
        value = self.text(key)
        if not value:
            return ""
        wanted = normalise_header(value)
        words = self._columns.words
        for label_key, stored in column.choices:
            if wanted in _spellings(words.all_texts(label_key), stored):
                return stored
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{value} is not one of: {choices}."),
            field=key,
            value=value,
            choices=", ".join(words.label(k, self._columns.lang) for k, _ in column.choices),
        )
