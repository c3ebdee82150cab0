"""Patrol rounds (巡逻记录): routes, schedule, rounds, findings, compliance."""
