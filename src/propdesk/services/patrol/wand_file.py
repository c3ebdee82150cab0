"""Read a wand's export file: a CSV (as most wand software writes it, often in GBK) or an
Excel workbook (.xlsx), into its header row and data rows.

What the file is, is told by its first bytes, not its name: a zip is a workbook (read
by the master-data import's careful reader, with its checks and messages), anything
else is text. Text is UTF-8 (with or without a byte-order mark), UTF-16 with a mark,
or else GB18030 (which reads every GBK and GB2312 file); its delimiter (comma, tab,
semicolon) is sniffed. The first non-blank row holds the headers.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.master_data.importing import MAX_ROWS
from propdesk.services.master_data.importing.file_problems import (
    OLE_SIGNATURE,
    ZIP_SIGNATURE,
    cannot_open,
    file_error,
    file_head,
    too_large,
    too_many_rows,
)
from propdesk.services.master_data.importing.workbook import read_first_sheet

MAX_TEXT_MB = 50
_DELIMITERS = ",\t;|"
NOT_TEXT = QT_TRANSLATE_NOOP(
    "messages",
    "{name} could not be read as text. Save it as CSV (UTF-8 or GBK) or as an Excel "
    "workbook (.xlsx).",
)


@dataclass(frozen=True)
class WandSheet:
    """A file's rows as read: each data row with its row number in the file, so a
    message points at the line a person sees when opening it."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise file_error(NOT_TEXT, path)


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel  # one column, or nothing to tell by: commas


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _text_rows(path: Path, text: str) -> list[tuple[int, tuple[object, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:8192]))
    rows: list[tuple[int, tuple[object, ...]]] = []
    try:
        for number, row in enumerate(reader, 1):
            cells = [cell.strip() for cell in row]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append((number, tuple(cells)))
            if len(rows) > MAX_ROWS + 1:
                raise too_many_rows(path)
    except csv.Error as exc:
        raise file_error(NOT_TEXT, path) from exc
    return rows


def _read_text(path: Path) -> list[tuple[int, tuple[object, ...]]]:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_MB * 1024 * 1024:
            raise too_large(path, MAX_TEXT_MB)
        data = path.read_bytes()
    except OSError as exc:
        raise cannot_open(path, exc) from exc
    return _text_rows(path, _decode(path, data))


def _is_workbook(path: Path) -> bool:
    head = file_head(path)
    return head.startswith(ZIP_SIGNATURE) or head == OLE_SIGNATURE


def read_wand_file(path: Path) -> WandSheet:
    """The header row and the non-blank data rows of a wand's CSV or .xlsx file;
    ValidationError (field "file") saying what to do when it cannot be read."""
    path = Path(path)
    if _is_workbook(path):
        sheet = read_first_sheet(path)  # the master-data reader's checks and messages
        return WandSheet(path.name, tuple(_cell(h) for h in sheet.headers), sheet.rows)
    rows = _read_text(path)
    if len(rows) < 2:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} holds no swipes: its first row must hold the column headers and the "
                "rows under it one swipe each.",
            ),
            path,
        )
    (_header_row, headers), data = rows[0], rows[1:]
    return WandSheet(path.name, tuple(_cell(h) for h in headers), tuple(data))
