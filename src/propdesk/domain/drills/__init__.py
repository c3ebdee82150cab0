"""Drills and training (应急演练 / 员工培训): kinds, the year's plan, due and overdue."""
