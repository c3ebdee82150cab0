"""The workbook: a zip of the package's parts, its sheets written one after another.

Compressed at zlib level 1: issue 18's gate export (43 MB of sheet XML) zips in a
third of the time of the default level 6, into a file a quarter larger (6.4 MB, not
5.1 MB)."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

from propdesk.reports.xlsx_stream.sheet import DefinedName, SheetPart
from propdesk.reports.xlsx_stream.styles import Styles
from propdesk.reports.xlsx_stream.xml_text import attribute

COMPRESS_LEVEL = 1
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_TYPE = "application/vnd.openxmlformats-officedocument."
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# The parts' time in the zip: fixed (as xlsxwriter writes it), so the same cells
# make the same bytes; docProps/core.xml says when the file was written.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class StreamBook:
    """A workbook of `sheet_count` sheets written to `path`: add_sheet, fill it, then
    finish_sheet, for each in turn; then close. After a failure, abandon (the caller
    removes the half-written file: xlsx_files.write_atomically)."""

    def __init__(self, path: Path, sheet_count: int) -> None:
        self.styles = Styles()
        self._count = sheet_count
        self._names: list[str] = []
        self._defined: list[DefinedName] = []
        self._open: SheetPart | None = None
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL)
        self._part("[Content_Types].xml", self._content_types())
        self._part("_rels/.rels", _ROOT_RELS)

    def add_sheet(self, name: str) -> SheetPart:
        """The next sheet, called `name` (a legal, unique sheet name)."""
        if self._open is not None or len(self._names) >= self._count:
            raise RuntimeError("a sheet is still open, or every sheet is written")
        self._open = SheetPart(name, len(self._names))
        self._names.append(name)
        return self._open

    def finish_sheet(self, sheet: SheetPart) -> None:
        """Write the finished `sheet` into the file (SheetPart.finish called)."""
        try:
            sheet.copy_into(self._zip, f"xl/worksheets/sheet{sheet.index + 1}.xml")
            self._defined.extend(sheet.defined_names())
        finally:
            sheet.close()
            self._open = None

    def close(self) -> None:
        """The workbook's own parts, then the zip's directory."""
        if self._open is not None or len(self._names) != self._count:
            raise RuntimeError("every sheet must be written before the workbook is closed")
        self._part("xl/workbook.xml", self._workbook())
        self._part("xl/_rels/workbook.xml.rels", self._workbook_rels())
        self._part("xl/styles.xml", self.styles.xml())
        self._part("docProps/app.xml", self._app())
        self._part("docProps/core.xml", _core(datetime.now(UTC)))
        self._zip.close()

    def abandon(self) -> None:
        """Stop after a failure: scratch files removed, the zip closed as it is."""
        if self._open is not None:
            self._open.close()
            self._open = None
        self._zip.close()

    def _part(self, name: str, xml: str) -> None:
        info = zipfile.ZipInfo(name, _ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        self._zip.writestr(info, xml, compresslevel=COMPRESS_LEVEL)

    def _content_types(self) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            f'ContentType="{_TYPE}spreadsheetml.worksheet+xml"/>'
            for n in range(1, self._count + 1)
        )
        return (
            f"{_XML_HEAD}<Types "
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/docProps/app.xml" '
            f'ContentType="{_TYPE}extended-properties+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            f'ContentType="{_TYPE}spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            f'ContentType="{_TYPE}spreadsheetml.sheet.main+xml"/>'
            f"{sheets}</Types>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name="{attribute(name)}" sheetId="{n}" r:id="rId{n}"/>'
            for n, name in enumerate(self._names, start=1)
        )
        # In Excel's order (as xlsxwriter sorts them): by name, then by sheet.
        ordered = sorted(
            self._defined,
            key=lambda d: (d.name.removeprefix("_xlnm.").lower(), d.sheet_name.lower()),
        )
        names = "".join(_defined_name(d) for d in ordered)
        return (
            f'{_XML_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL[:-1]}">'
            "<workbookPr/><bookViews>"
            '<workbookView xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/>'
            f"</bookViews><sheets>{sheets}</sheets>"
            f"{f'<definedNames>{names}</definedNames>' if names else ''}"
            '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        )

    def _workbook_rels(self) -> str:
        sheets = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, self._count + 1)
        )
        styles = (
            f'<Relationship Id="rId{self._count + 1}" Type="{_REL}styles" Target="styles.xml"/>'
        )
        return f'{_XML_HEAD}<Relationships xmlns="{_PACKAGE_REL}">{sheets}{styles}</Relationships>'

    def _app(self) -> str:
        titles = "".join(f"<vt:lpstr>{attribute(name)}</vt:lpstr>" for name in self._names)
        return (
            f"{_XML_HEAD}<Properties "
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>"
            "<ScaleCrop>false</ScaleCrop><HeadingPairs>"
            '<vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>'
            f"</vt:variant><vt:variant><vt:i4>{self._count}</vt:i4></vt:variant></vt:vector>"
            f'</HeadingPairs><TitlesOfParts><vt:vector size="{self._count}" baseType="lpstr">'
            f"{titles}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate>"
            "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
            "<AppVersion>12.0000</AppVersion></Properties>"
        )


_ROOT_RELS = (
    f'{_XML_HEAD}<Relationships xmlns="{_PACKAGE_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}officeDocument" Target="xl/workbook.xml"/>'
    f'<Relationship Id="rId2" Type="{_PACKAGE_REL}/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def _defined_name(name: DefinedName) -> str:
    hidden = ' hidden="1"' if name.hidden else ""
    return (
        f'<definedName name="{name.name}" localSheetId="{name.sheet_index}"{hidden}>'
        f"{attribute(name.value)}</definedName>"
    )


def _core(now: datetime) -> str:
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f"{_XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator></dc:creator><cp:lastModifiedBy></cp:lastModifiedBy>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )
