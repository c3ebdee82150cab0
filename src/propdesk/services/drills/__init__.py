"""Drills and training (应急演练 / 员工培训): sessions, participants, the year's plan."""
