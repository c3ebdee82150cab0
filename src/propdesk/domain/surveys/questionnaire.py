"""A questionnaire: rated questions, each about one service area, in the order they
are printed and typed. A round keeps its own copy (as JSON, `to_json`/`from_json`),
so changing the next round's questions never changes an old round's answers.

Question keys stay with a question while its words are edited; the position of a
question is the position of its digit in a response's packed ratings.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from propdesk.domain.surveys.areas import Area
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_QUESTIONS = 20  # the import template's columns Q1 … Q20; a paper form of 1–2 pages
QUESTION_MAX = 60  # characters of one question's words
KEY_MAX = 12
FIELD = "questions"


@dataclass(frozen=True)
class Question:
    key: str  # "clean_1": stable while the words change
    area: Area
    text: str


@dataclass(frozen=True)
class Questionnaire:
    questions: tuple[Question, ...]

    def __len__(self) -> int:
        return len(self.questions)

    def areas(self) -> tuple[Area, ...]:
        """The areas asked about, in the areas' order."""
        asked = {q.area for q in self.questions}
        return tuple(area for area in Area if area in asked)

    def of_area(self, area: Area) -> tuple[tuple[int, Question], ...]:
        """(position, question) of one area's questions, in order."""
        return tuple((i, q) for i, q in enumerate(self.questions) if q.area is area)

    def to_json(self) -> str:
        return json.dumps(
            [{"key": q.key, "area": q.area.value, "text": q.text} for q in self.questions],
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Questionnaire:
        return cls(
            tuple(
                Question(str(q["key"]), Area(q["area"]), str(q["text"])) for q in json.loads(text)
            )
        )


def check_questionnaire(questions: Sequence[Question]) -> Questionnaire:
    """The questions in the areas' order (each area's in the order given), or a
    ValidationError on `questions`: at least one, at most MAX_QUESTIONS, each with
    words of at most QUESTION_MAX characters and a key of its own."""
    if not questions:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Ask at least one question."), field=FIELD
        )
    if len(questions) > MAX_QUESTIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Ask at most {limit} questions."),
            field=FIELD,
            limit=MAX_QUESTIONS,
        )
    keys: set[str] = set()
    for question in questions:
        text = " ".join(question.text.split())
        if not text or len(text) > QUESTION_MAX or text != question.text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Write each question in at most {limit} characters."),
                field=FIELD,
                limit=QUESTION_MAX,
            )
        if not question.key or len(question.key) > KEY_MAX or question.key in keys:
            raise ValueError(f"question keys are short and unique: {question.key!r}")
        keys.add(question.key)
    ordered = sorted(questions, key=lambda q: list(Area).index(q.area))
    return Questionnaire(tuple(ordered))


def questions_from_lines(
    lines_by_area: dict[Area, str], keep: Questionnaire | None
) -> list[Question]:
    """Questions from one text per area, a question a line (the round form's boxes):
    blank lines are skipped, inner spaces made one. A question whose words are those
    of one in `keep` keeps its key; new ones get the next free key of their area."""
    known = {(q.area, q.text): q.key for q in keep.questions} if keep is not None else {}
    used = set(known.values())
    found: list[Question] = []
    for area in Area:
        for line in lines_by_area.get(area, "").splitlines():
            text = " ".join(line.split())
            if not text:
                continue
            key = known.get((area, text))
            if key is None or key in {q.key for q in found}:
                number = 1
                while f"{area.value[:6]}_{number}" in used:
                    number += 1
                key = f"{area.value[:6]}_{number}"
            used.add(key)
            found.append(Question(key, area, text))
    return found
