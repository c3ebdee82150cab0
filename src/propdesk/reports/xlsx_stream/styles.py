"""The workbook's cell styles: the default (General), bold for the header row, and one
per number format asked for (a column kind's: 0.00, yyyy-mm-dd, …). A cell names its
style by index (s="2"); styles.xml lists them in that order."""

from __future__ import annotations

from propdesk.reports.xlsx_stream.xml_text import attribute

DEFAULT = 0
BOLD = 1
_FIRST_CUSTOM_FORMAT = 164  # ids below are Excel's built-in number formats
# Calibri 11, the default of Excel and WPS; named outright, not through a theme part
# (which the workbook does not carry): CJK text takes the reader's usual CJK font.
_FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>'


class Styles:
    """The styles in use, numbered as cells refer to them."""

    def __init__(self) -> None:
        self._formats: list[str] = []  # style 2 + i has number format i

    def number_format(self, code: str) -> int:
        """The style (index) of cells shown with the number format `code`."""
        if code not in self._formats:
            self._formats.append(code)
        return BOLD + 1 + self._formats.index(code)

    def xml(self) -> str:
        formats = "".join(
            f'<numFmt numFmtId="{_FIRST_CUSTOM_FORMAT + i}" formatCode="{attribute(code)}"/>'
            for i, code in enumerate(self._formats)
        )
        number_formats = f'<numFmts count="{len(self._formats)}">{formats}</numFmts>'
        cell_styles = "".join(
            f'<xf numFmtId="{_FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0"'
            ' xfId="0" applyNumberFormat="1"/>'
            for i in range(len(self._formats))
        )
        count = 2 + len(self._formats)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"{number_formats if self._formats else ''}"
            f'<fonts count="2"><font>{_FONT}</font><font><b/>{_FONT}</font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            f'<cellXfs count="{count}">'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
            f"{cell_styles}</cellXfs>"
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles>"
            '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9"'
            ' defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
        )
