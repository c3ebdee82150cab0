"""Yuan typed on a form as integer fen, without float error ("85.5" → 8550).

Decimal reads the text exactly; a float would turn 0.29 into 28.999… fen.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

# What people type around an amount: the yuan sign (half- and full-width) and
# thousands separators.
_NOISE = str.maketrans("", "", "¥￥,， ")
_CENT = Decimal("0.01")
# The amount box's length: "¥100,000.00" (the largest quote) and a little room.
YUAN_TEXT_MAX = 16


def yuan_to_fen(text: str, field: str) -> int | None:
    """None for an empty box (the service says what is missing); ValidationError
    naming `field` for text that is not an amount in yuan with at most two decimals."""
    cleaned = text.translate(_NOISE).strip()
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
        # quantize also refuses an absurd size (1e999999): surely a typing mistake.
        exact = amount.is_finite() and amount == amount.quantize(_CENT)
    except InvalidOperation:
        exact = False
    if not exact:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter an amount in yuan, e.g. 120 or 85.50."),
            field=field,
        )
    return int(amount * 100)


def yuan_input(fen: int | None) -> str:
    """An amount as its box shows it to be edited (8550 → "85.50"); empty for none."""
    return f"{fen / 100:.2f}" if fen is not None else ""
