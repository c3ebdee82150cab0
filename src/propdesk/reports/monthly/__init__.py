"""The monthly operations report (月度报告): the figures as plain values (`model`: the
targets and each module's section, e.g. `gate_section`, `repairs_section`, over the
values of `gate_counts` and `repairs_values`), its words in three languages
(`labels`), the charts (`charts`), the A4 PDF (`document`; the report's own parts in
`sections`, a section's own in e.g. `gate_pages`) and the monthly workbook
(`workbook`; records as sheets with `record_fields`). Nothing here depends on Qt.

No import cycle, counting lazy and type-only imports: the plain values (gate_counts,
repairs_values) import no layout; the layout (blocks, charts, the *_pages, sections)
imports the values; a module's section (gate_section, …) and the report (model) name
the layout's types, and a section loads its pages only when a report is made, so
reportlab is not loaded at start-up."""
