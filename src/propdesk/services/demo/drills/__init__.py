"""Demo drills and trainings (应急演练 / 员工培训)."""
