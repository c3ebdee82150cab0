"""Years of the demo's inquiry and suggestion log (咨询登记): about ten a day on the
full estate, nearly all in office hours. Most are answered on the spot; some get an
answer promised by a time and answered later (now and then after the promise); the
promises of the last days are partly still open, a few of them overdue. The inquiries
that became complaints are planned with their complaints (ComplaintPlanner.converted).
"""

from __future__ import annotations

import random
from itertools import accumulate

from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.complaints.kinds import InquiryKind
from propdesk.services.demo.complaints import texts
from propdesk.services.demo.complaints.complaints import CLERKS, pick, weighted
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.repairs.estate import RepairEstate
from propdesk.services.demo.rows_writer import Row

HOUR, DAY = 3600, 86_400
INQUIRY_CHANNELS = weighted(texts.INQUIRY_CHANNELS)
SUGGESTION_SHARE = 0.15
PROMISED_SHARE = 0.18  # of questions; suggestions: twice as often
LATE_SHARE = 0.1  # promised answers given after the promise
RECENT, RECENT_LATE_SHARE = 10 * DAY, 0.5  # the last days: some promises are overdue
NAMED_SHARE, UNIT_SHARE = 0.9, 0.75  # of inquiries: a name and phone left, a unit said
# Inquiries by local hour 0–23: the front desk's day, and the phone in the evening.
HOURS = (0, 0, 0, 0, 0, 0, 0, 0.5, 6, 10, 10, 8, 4, 5, 9, 9, 8, 6, 4, 3, 2, 1, 0, 0)
HOUR_WEIGHTS = list(accumulate(HOURS))
ANSWERED = InquiryState.ANSWERED.value
OPEN = InquiryState.OPEN.value
CONVERTED = InquiryState.CONVERTED.value
QUESTION = InquiryKind.QUESTION.value
SUGGESTION = InquiryKind.SUGGESTION.value


class InquiryPlanner:
    """Plans inquiry rows (pure Python, no database); numbered later, in time order."""

    def __init__(self, estate: RepairEstate, rng: random.Random, ids: DemoIds) -> None:
        self.estate = estate
        self.rng = rng
        self.ids = ids
        self.inquiries: list[Row] = []

    def day(self, midnight: int, count: int, start: int, now: int) -> None:
        """`count` inquiries of the local day starting at `midnight`."""
        rng = self.rng
        hours = rng.choices(range(24), cum_weights=HOUR_WEIGHTS, k=count)
        for ts in sorted(midnight + h * HOUR + rng.randrange(HOUR) for h in hours):
            if start <= ts <= now:
                self.inquiry(ts, now)

    def _row(self, asked: int, kind: str, question: str, clerk: str) -> Row:
        rng = self.rng
        name = phone = ""
        unit_id = None
        if self.estate.units and rng.random() < NAMED_SHARE:
            unit, people = rng.choice(self.estate.units)
            person = rng.choice(people)
            name, phone = person.name, person.phone
            unit_id = unit if rng.random() < UNIT_SHARE else None
        return {
            "id": self.ids.at(asked),
            "number": "",
            "state": ANSWERED,
            "kind": kind,
            "channel": pick(rng, INQUIRY_CHANNELS).value,
            "asker_name": name,
            "asker_phone": phone,
            "unit_id": unit_id,
            "question": question,
            "answer": "",
            "asked_at": asked,
            "promised_by": None,
            "answered_at": None,
            "answered_by": "",
            "created_by": clerk,
            "complaint_id": None,
            "repair_ticket_id": None,
            "converted_at": None,
            "created_at": asked,
            "updated_at": asked,
        }

    def inquiry(self, asked: int, now: int) -> None:
        rng = self.rng
        suggestion = rng.random() < SUGGESTION_SHARE
        promised = rng.random() < PROMISED_SHARE * (2 if suggestion else 1)
        if suggestion:
            question, answer = rng.choice(texts.SUGGESTIONS)
        elif promised:
            question, answer = rng.choice(texts.PROMISED_QUESTIONS)
        else:
            question, answer = rng.choice(texts.QUESTIONS)
        clerk = rng.choice(CLERKS)
        row = self._row(asked, SUGGESTION if suggestion else QUESTION, question, clerk)
        self.inquiries.append(row)
        if not promised:  # answered as it is logged
            row.update(answer=answer, answered_at=asked, answered_by=clerk)
            return
        window = rng.uniform(4 * HOUR, 3 * DAY)
        recent = now - asked < RECENT
        late = rng.random() < (RECENT_LATE_SHARE if recent else LATE_SHARE)
        overrun = rng.uniform(1.1, 5.0 if recent else 3.0)  # the office is behind lately
        answered = asked + int(window * (overrun if late else rng.uniform(0.2, 0.95)))
        row["promised_by"] = asked + int(window)
        if answered > now:  # not answered yet
            row["state"] = OPEN
            return
        row.update(
            answer=answer, answered_at=answered, answered_by=rng.choice(CLERKS), updated_at=answered
        )

    def converted(self, complaint: Row, question: str) -> None:
        """The inquiry a complaint was taken from, a few minutes before it."""
        received = complaint["received_at"]
        asked = received - self.rng.randrange(3 * 60, 30 * 60)
        row = self._row(asked, QUESTION, question, complaint["created_by"])
        row.update(
            state=CONVERTED,
            channel=complaint["channel"],
            asker_name=complaint["complainant_name"],
            asker_phone=complaint["complainant_phone"],
            unit_id=complaint["unit_id"],
            complaint_id=complaint["id"],
            converted_at=received,
            updated_at=received,
        )
        self.inquiries.append(row)
