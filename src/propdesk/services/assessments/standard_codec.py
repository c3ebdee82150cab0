"""A standard's items as the JSON text a version row keeps: read and written whole."""

from __future__ import annotations

import json

from propdesk.domain.assessments.standards import StandardItem


def encode_items(items: tuple[StandardItem, ...]) -> str:
    return json.dumps(
        [{"key": i.key, "text": i.text, "points": i.points} for i in items], ensure_ascii=False
    )


def decode_items(text: str) -> tuple[StandardItem, ...]:
    return tuple(
        StandardItem(str(i["key"]), str(i["text"]), int(i["points"])) for i in json.loads(text)
    )
