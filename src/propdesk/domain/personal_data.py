"""Personal data as the law and the office expect: ID numbers masked wherever shown,
checked when they claim to be a resident ID card, phones reduced to digits."""

from __future__ import annotations

import re

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

_ID18 = re.compile(r"^\d{17}[\dX]$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def mask_id(number: str) -> str:
    """110105199001011234 → 110***********1234; short numbers keep only 2 characters."""
    number = number.strip()
    if len(number) >= 8:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    if len(number) > 2:
        return "*" * (len(number) - 2) + number[-2:]
    return "*" * len(number)


def id_card_checksum_ok(number: str) -> bool:
    number = number.strip().upper()
    if not _ID18.match(number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == number[17]


def validate_id_card(number: str, field: str = "id_number") -> str:
    """A mainland resident ID card number (18 characters with its check digit)."""
    number = re.sub(r"\s+", "", number).upper()
    if not id_card_checksum_ok(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Not a valid ID card number (18 characters, the last a digit or X, "
                "with a matching check digit).",
            ),
            field=field,
        )
    return number


def phone_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def validate_phone(text: str, field: str = "phone") -> str:
    """Mobile (11 digits starting with 1) or landline (7–12 digits, area code allowed)."""
    digits = phone_digits(text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not 7 <= len(digits) <= 12 or (len(digits) == 11 and not digits.startswith(("1", "0"))):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Not a valid phone number (a mobile has 11 digits starting with 1)."
            ),
            field=field,
        )
    return digits


def phone_tail(text: str, digits: int = 4) -> str:
    return phone_digits(text)[-digits:]
