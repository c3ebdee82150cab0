"""One demo complaint's whole story, step by step, as the console would have recorded
it: received, assigned, answered, the complainant's verdict (sometimes "not
satisfied", and round again), closed with its root cause and corrective action (by a
manager when the complainant stays unhappy or cannot be asked), then the follow-up
visit. A step whose time lies after `now` is left out with all that follows, so the
complaints of the last days stay open at the stage they reached.

Each step changes the row as services.complaints.complaints.step_changes does and
adds its timeline row with the step's data as step_fields writes it (ids as
their text), so the services
read the demo's complaints as their own.
"""

from __future__ import annotations

import json
from typing import Any

from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.rows_writer import Row

# Plain strings in the loop (an Enum's value is a Python call).
RECEIVED = ComplaintState.RECEIVED.value
HANDLING = ComplaintState.HANDLING.value
ANSWERED = ComplaintState.ANSWERED.value
SATISFIED = ComplaintState.SATISFIED.value
CLOSED = ComplaintState.CLOSED.value
RECEIVE = ComplaintStep.RECEIVE.value
ASSIGN = ComplaintStep.ASSIGN.value
REASSIGN = ComplaintStep.REASSIGN.value
ANSWER = ComplaintStep.ANSWER.value
VERDICT = ComplaintStep.VERDICT.value
CLOSE = ComplaintStep.CLOSE.value
MANAGER_CLOSE = ComplaintStep.MANAGER_CLOSE.value
FOLLOW_UP = ComplaintStep.FOLLOW_UP.value


class ComplaintStory:
    """Steps recorded onto one complaint row and its timeline, in time order."""

    def __init__(self, ids: DemoIds, steps: list[Row], row: Row, now: int) -> None:
        self.ids = ids
        self.steps = steps
        self.row = row
        self.now = now
        self.ts = row["received_at"]
        self.done = False  # a step fell after `now`: the story stops there
        self._add(RECEIVE, "", self.ts, row["created_by"], "", {})

    def step(
        self,
        step: str,
        to_state: str,
        gap: float,
        username: str,
        changes: Row,
        fields: dict[str, Any],
        note: str = "",
    ) -> bool:
        """Record `step` `gap` seconds after the last (at least one); False, and
        nothing more is recorded, when that lies after `now`."""
        at = self.ts + max(1, int(gap))
        if self.done or at > self.now:
            self.done = True
            return False
        row = self.row
        before = row["state"]
        row.update(changes)
        row["state"] = to_state
        row["last_step_at"] = row["updated_at"] = at
        for column in _TIME_COLUMNS.get(step, ()):
            if column != "first_answered_at" or row[column] is None:
                row[column] = at
        self._add(step, before, at, username, note, fields)
        self.ts = at
        return True

    def _add(
        self, step: str, before: str, at: int, username: str, note: str, fields: dict[str, Any]
    ) -> None:
        self.steps.append(
            {
                "id": self.ids.at(at),
                "complaint_id": self.row["id"],
                "step": step,
                "from_state": before,
                "to_state": self.row["state"],
                "round": self.row["round"],
                "at": at,
                "username": username,
                "note": note,
                "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True),
            }
        )


# The time columns a step sets (first_answered_at only the first time).
_TIME_COLUMNS = {
    ASSIGN: ("assigned_at",),
    ANSWER: ("answered_at", "first_answered_at"),
    VERDICT: ("verdict_at",),
    CLOSE: ("closed_at",),
    MANAGER_CLOSE: ("closed_at",),
    FOLLOW_UP: ("follow_up_at",),
}
