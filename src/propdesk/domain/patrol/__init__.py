"""Patrol rounds: the schedule, its slot grid and how a round is judged against it."""
