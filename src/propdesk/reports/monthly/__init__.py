"""The monthly operations report (月度报告): the figures as plain values (`model`), its
words in three languages (`labels`), the charts (`charts`), the A4 PDF (`document`)
and the monthly workbook (`workbook`). Nothing here depends on Qt."""
