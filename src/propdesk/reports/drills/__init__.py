"""The drills' papers: the session record (演练记录 / 培训记录) and the sign-in sheet (签到表)."""
