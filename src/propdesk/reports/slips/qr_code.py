"""The QR code a slip carries: its module matrix and the quiet zone it needs.

Kept apart so the choice of symbol (error level, no Micro QR) is made in one place,
for the layout that sizes the code and the primitive that draws it.
"""

from __future__ import annotations

import segno

QUIET_ZONE_MODULES = 4  # what ISO/IEC 18004 asks around a QR symbol


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix (no quiet zone) of a QR code for `payload`.

    Error level M; micro=False because many handheld and keyboard-wedge scanners read
    only full QR codes, and segno would pick a Micro QR for a short pass number.
    """
    code = segno.make(payload, error="m", micro=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
