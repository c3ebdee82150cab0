"""The work logs' prints: the week's work sheet (A4 landscape) and their words."""
