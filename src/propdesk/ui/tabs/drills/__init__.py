"""The drills and training tab (应急演练 / 员工培训)."""
