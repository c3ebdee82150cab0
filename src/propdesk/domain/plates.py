"""Mainland Chinese licence plates: normalise what a guard types, refuse what cannot be.

Accepted: ordinary plates (粤B12345, 7 characters; the last may be 学/警/挂/港/澳) and
new-energy plates (8 characters: 粤BD12345 for small cars, 粤B12345D for large ones).
Spaces, dashes, the middle dot and letter case are ignored on entry; full-width
letters and digits are folded to ASCII. The letters I and O never appear.
"""

from __future__ import annotations

import re
import unicodedata

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

PLATE_TYPED_MAX = 16  # a plate box: 8 characters with the spaces and dashes people type
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_SEP = re.compile(r"[\s\-·•.・_]+")
_CH = "A-HJ-NP-Z0-9"  # letters and digits, without I and O
_ORDINARY = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z][{_CH}]{{4}}[{_CH}挂学警港澳]$")
_NEV_SMALL = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z][DF][{_CH}]\d{{4}}$")
_NEV_LARGE = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z]\d{{5}}[DF]$")


def normalise_plate(text: str) -> str:
    """The plate as stored and searched: no separators, upper case, ASCII letters."""
    folded = unicodedata.normalize("NFKC", text)
    return _SEP.sub("", folded).upper()


def _refuse(template: str, **params: object) -> ValidationError:
    return ValidationError(template, field="plate", **params)


def validate_plate(text: str) -> str:
    """Normalised plate, or ValidationError(field="plate") saying what is wrong."""
    # Refused before the messages below repeat what was typed: a broken paste (a lone
    # surrogate no screen can show) or a paste far longer than any plate.
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "messages", "This text contains a character that cannot be stored; retype it."
            )
        )
    if len(text) > PLATE_TYPED_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP("messages", "A plate has 7 characters (8 for new-energy vehicles).")
        )
    plate = normalise_plate(text)
    if not plate:
        raise _refuse(QT_TRANSLATE_NOOP("messages", "Enter the plate number."))
    if plate[0] not in PROVINCES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "messages", "{plate}: a plate starts with a province character such as 粤 or 京."
            ),
            plate=plate,
        )
    if len(plate) not in (7, 8):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "messages",
                "{plate}: a plate has 7 characters (8 for new-energy vehicles), not {n}.",
            ),
            plate=plate,
            n=len(plate),
        )
    if "I" in plate[1:] or "O" in plate[1:]:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "messages", "{plate}: plates never use the letters I or O (use 1 or 0)."
            ),
            plate=plate,
        )
    pattern = _ORDINARY if len(plate) == 7 else None
    if pattern is not None and pattern.match(plate):
        return plate
    if len(plate) == 8 and (_NEV_SMALL.match(plate) or _NEV_LARGE.match(plate)):
        return plate
    if len(plate) == 8:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "messages",
                "{plate}: a new-energy plate has D or F after the city letter (粤BD12345) "
                "or at the end (粤B12345D).",
            ),
            plate=plate,
        )
    raise _refuse(
        QT_TRANSLATE_NOOP(
            "messages",
            "{plate}: after the province comes the city letter, then 5 letters or digits.",
        ),
        plate=plate,
    )


def is_new_energy(plate: str) -> bool:
    return len(normalise_plate(plate)) == 8
