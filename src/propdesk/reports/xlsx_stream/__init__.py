"""A small streaming .xlsx writer: each sheet's XML built as text and zipped, without
a spreadsheet library's objects or per-cell method calls (issue 18: the exports at the
raw writer's speed).

It writes what the exports need and nothing else: sheets of cells (inline strings,
numbers, booleans) whose XML the caller builds with the templates of `cells`, the
styles of `styles` (bold header, the number formats of the column kinds), column
widths, a frozen header row, an auto-filter, and how a sheet prints (A4, fitted to
the page's width, header row repeated, header and footer text). `book.StreamBook` is
the workbook: the package's parts and the zip; `sheet.SheetPart` one sheet.

A sheet's rows are streamed to a scratch file as they come, because the parts of the
sheet that come before its rows in the file (its size and its column widths) are known
only when every row has been seen; the finished sheet goes into the zip in one pass.
"""
