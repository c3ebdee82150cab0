"""The monthly operations report (月度报告): the figures as plain values (`model`: the
targets and each module's section, e.g. `gate_section`, `repairs_section`), its words
in three languages (`labels`), the charts (`charts`), the A4 PDF (`document`; the
report's own parts in `sections`, a section's own in e.g. `gate_pages`) and the
monthly workbook (`workbook`; records as sheets with `record_fields`). Nothing here
depends on Qt."""
