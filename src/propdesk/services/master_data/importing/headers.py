"""Find the columns of an import sheet by their header text.

A header is recognised in any of the three languages (a template downloaded in
Chinese imports on an English station), in any order, ignoring case, spaces,
full-width forms, a required-marker asterisk and a bracketed unit ("面积" for
"面积(㎡)"). Unknown, repeated and missing required columns are refused with one
clear message, before any row is read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.reports.labels import DEFAULT_LANG, LANGS
from propdesk.services.master_data.importing.columns import ColumnSpec
from propdesk.services.master_data.importing.words import CATALOGUE, Words

_IGNORED = re.compile(r"[\s*＊:：]+")
_BRACKETED = re.compile(r"\([^)]*\)$")


def normalise_header(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _IGNORED.sub("", folded)


def _spellings(text: str) -> set[str]:
    full = normalise_header(text)
    short = _BRACKETED.sub("", full)
    return {full, short} - {""}


@dataclass(frozen=True)
class ColumnMap:
    index: dict[str, int]  # column key → 0-based position in the row
    headers: tuple[str, ...]  # every header cell as written, "" for an empty one
    lang: str  # the language the headers are written in
    words: Words = field(default=CATALOGUE)  # the sheet's words (its drop-down values)

    def header(self, key: str | None) -> str:
        if key is None or key not in self.index:
            return ""
        return self.headers[self.index[key]]

    def letter(self, key: str | None) -> str:
        return get_column_letter(self.index[key] + 1) if key in self.index else ""


def _lookup(columns: Sequence[ColumnSpec], words: Words) -> dict[str, tuple[str, str]]:
    """Every spelling → (column key, language it is in)."""
    found: dict[str, tuple[str, str]] = {}
    for column in columns:
        texts = words.texts(column.label_key)
        for lang in LANGS:
            for spelling in _spellings(texts[lang]):
                found.setdefault(spelling, (column.key, lang))
    return found


def _names(keys: Sequence[str], lang: str, words: Words) -> str:
    return ", ".join(words.label(f"col.{k}", lang) for k in keys)


def map_headers(
    cells: Sequence[object], columns: Sequence[ColumnSpec], words: Words = CATALOGUE
) -> ColumnMap:
    headers = tuple("" if c is None else " ".join(str(c).split()) for c in cells)
    lookup = _lookup(columns, words)
    index: dict[str, int] = {}
    langs: Counter[str] = Counter()
    unknown: list[str] = []
    for position, text in enumerate(headers):
        if not text:
            continue
        match = next((lookup[s] for s in _spellings(text) if s in lookup), None)
        if match is None:
            unknown.append(text)
            continue
        key, lang = match
        if key in index:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The column {column} appears twice."),
                field="header",
                column=text,
            )
        index[key] = position
        langs[lang] += 1
    lang = langs.most_common(1)[0][0] if langs else DEFAULT_LANG
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Unknown columns: {columns}. Use the column headers of the template."
            ),
            field="header",
            columns=", ".join(unknown),
        )
    missing = [c.key for c in columns if c.required and c.key not in index]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Required columns are missing: {columns}."),
            field="header",
            columns=_names(missing, lang, words),
        )
    return ColumnMap(index, headers, lang, words)


def check_unlabelled(columns: ColumnMap, rows: Sequence[tuple[int, tuple[object, ...]]]) -> None:
    """Data under an empty header (often a merged header cell) would be lost: refuse it."""
    labelled = set(columns.index.values())
    for number, cells in rows:
        for position, value in enumerate(cells):
            if position in labelled or value is None:
                continue
            if isinstance(value, str) and not value.strip():
                continue
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Column {column} has data (row {row}) but no header."
                ),
                field="header",
                column=get_column_letter(position + 1),
                row=number,
            )
