"""Open an import workbook defensively and read its first sheet.

Whatever a person picks in the file dialog is checked before openpyxl sees it: an
OLE compound file (an encrypted workbook or an old .xls), something that is not a
zip at all (a renamed .csv), a zip that unpacks to far too much. openpyxl parses the
XML through defusedxml, so entity declarations (the "billion laughs") are refused
instead of expanded. The declared size of the sheet is checked before any row is
read, and rows are counted while streaming, so a sheet that lies about its size
stops at the limit too. Every failure is a ValidationError saying what to do.
"""

from __future__ import annotations

import logging
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.master_data.importing.columns import MAX_ROWS
from propdesk.services.master_data.importing.file_problems import (
    OLE_SIGNATURE,
    ZIP_SIGNATURE,
    file_error,
    file_head,
    too_large,
    too_many_rows,
)

log = logging.getLogger(__name__)

MAX_COLUMNS = 60  # cells further right are not read
MAX_UNPACKED_MB = 200  # XML parts of the workbook, unpacked
_MERGE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref=\"([A-Z]+)(\d+)(?::[A-Z]+\d+)?\""
)
_CHUNK = 1 << 20


@dataclass(frozen=True)
class SheetRows:
    headers: tuple[object, ...]  # the first row
    rows: tuple[tuple[int, tuple[object, ...]], ...]  # (sheet row number, cells), none blank


def _not_xlsx(path: Path) -> ValidationError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} is not an Excel workbook (.xlsx). Save the sheet in Excel as an .xlsx "
            "workbook (a .csv or .xls file cannot be imported).",
        ),
        path,
    )


def _unreadable(path: Path) -> ValidationError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} could not be read as an Excel workbook (.xlsx). Open it in Excel and "
            "save it again.",
        ),
        path,
    )


def _check_container(path: Path) -> None:
    """Signature and zip directory, before openpyxl parses anything."""
    head = file_head(path)
    if head == OLE_SIGNATURE:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is encrypted (password-protected) or an old .xls workbook. Open it in "
                "Excel, remove the password if it has one, and save it as an .xlsx workbook.",
            ),
            path,
        )
    if not head.startswith(ZIP_SIGNATURE):
        raise _not_xlsx(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_xlsx(path) from exc
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise _not_xlsx(path)
    if any(info.flag_bits & 0x1 for info in infos):
        raise _unreadable(path)  # zip-level encryption: not something Excel writes
    unpacked = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        raise too_large(path, MAX_UNPACKED_MB)


def _merged_ranges(path: Path, sheet_part: str) -> list[tuple[str, int]]:
    """(first column letters, first row) of each merged range, scanning the raw XML."""
    found: list[tuple[str, int]] = []
    with zipfile.ZipFile(path) as archive, archive.open(sheet_part.lstrip("/")) as source:
        tail = b""
        while chunk := source.read(_CHUNK):
            data = tail + chunk
            found += [(m.group(1).decode(), int(m.group(2))) for m in _MERGE.finditer(data)]
            tail = data[-256:]
            found = list(dict.fromkeys(found))  # the overlap may match twice
    return found


def _check_merges(path: Path, ws: Any) -> None:
    part = getattr(ws, "_worksheet_path", None)
    if not isinstance(part, str):
        return
    merged = _merged_ranges(path, part)
    if not merged:
        return
    cells = ", ".join(f"{letters}{row}" for letters, row in merged[:5])
    if any(row == 1 for _, row in merged):
        raise file_error(
            QT_TRANSLATE_NOOP(
                "messages",
                "The header row of {name} has merged cells ({cells}). Unmerge them so that "
                "every column has its own header.",
            ),
            path,
            cells=cells,
        )
    raise file_error(
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} has merged cells ({cells}). Unmerge them and fill in every cell.",
        ),
        path,
        cells=cells,
    )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _stream(path: Path, ws: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    declared = ws.max_row
    if isinstance(declared, int) and declared > MAX_ROWS + 1:
        raise too_many_rows(path)
    ws.reset_dimensions()  # a lying dimension must not cut the sheet short
    for number, row in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
        if number > MAX_ROWS + 1:
            raise too_many_rows(path)
        cells = tuple(row)
        while cells and _blank(cells[-1]):
            cells = cells[:-1]
        if cells:
            yield number, cells


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether `kind` is anywhere in the chain (openpyxl wraps what the parser raised)."""
    seen: BaseException | None = exc
    for _ in range(20):
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _refusal(path: Path, exc: Exception) -> ValidationError:
    import defusedxml

    log.info("cannot read %s: %r", path, exc)
    if not _caused_by(exc, defusedxml.DefusedXmlException):
        return _unreadable(path)
    return file_error(
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} contains XML that is refused for safety (entity declarations), so it "
            "was not saved by Excel. Open it in Excel and save it again.",
        ),
        path,
    )


def _load(path: Path) -> SheetRows:
    # Our own handle, closed whatever happens: openpyxl leaves its file open when
    # loading fails half-way.
    with path.open("rb") as handle:
        return _load_from(path, handle)


def _load_from(path: Path, handle: BinaryIO) -> SheetRows:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise _refusal(path, exc) from exc
    try:
        if not wb.worksheets:
            raise file_error(QT_TRANSLATE_NOOP("messages", "{name} has no worksheet."), path)
        ws = wb.worksheets[0]
        rows = list(_stream(path, ws))
        _check_merges(path, ws)
    finally:
        wb.close()
    if not rows or rows[0][0] != 1:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "messages",
                "The first sheet of {name} is empty: its first row must hold the column headers.",
            ),
            path,
        )
    if len(rows) == 1:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "messages", "The first sheet of {name} has column headers but no rows to import."
            ),
            path,
        )
    return SheetRows(rows[0][1], tuple(rows[1:]))


def read_first_sheet(path: Path) -> SheetRows:
    """The first worksheet's header row and its non-blank data rows."""
    path = Path(path)
    _check_container(path)
    with warnings.catch_warnings():
        # openpyxl warns about features it drops (extensions, unknown styles).
        warnings.simplefilter("ignore")
        try:
            return _load(path)
        except ValidationError:
            raise
        except Exception as exc:  # damaged XML inside the sheet, found while reading
            raise _refusal(path, exc) from exc
