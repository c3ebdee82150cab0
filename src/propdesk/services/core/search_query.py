"""What the user typed into the quick-search box, read once in every useful way.

Each provider picks the readings it can use: a unit code prefix, pinyin initials, a
phone tail, a plate fragment, a card number prefix, or the plain text. Readings that
cannot apply are empty, so a provider skips its query instead of scanning for nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from propdesk.domain.plates import PROVINCES, normalise_plate

PHONE_TAIL_DIGITS = 4
_DASHES = re.compile(r"[\s\-‐‑‒–—―－_/]+")
_CODE = re.compile(r"^[0-9A-Z]+(-[0-9A-Z]+)*-?$")
_COMPACT = re.compile(r"^[0-9A-Z]+$")
_PLATE_FRAGMENT = re.compile(rf"^[{PROVINCES}]?[0-9A-Z]*[挂学警港澳]?$")
_LETTERS = re.compile(r"^[a-z]+$")
_DIGITS = re.compile(r"^[0-9]+$")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


@dataclass(frozen=True)
class SearchQuery:
    text: str  # NFKC-folded, single spaces, trimmed: the name as it might be stored
    code: str  # "3-2-15", "B12": upper case, spaces and dashes made "-"; "" when not code-like
    compact: str  # "0012345678", "B12": letters and digits only (spaces dropped); else ""
    letters: str  # "zs": lower-case ASCII letters only (pinyin); else ""
    digits: str  # "5678", "138 1234 5678": digits only (spaces dropped); else ""
    plate: str  # "粤B12", "B12": a normalised plate fragment of 2+ characters; else ""

    @classmethod
    def parse(cls, typed: str) -> SearchQuery:
        text = " ".join(unicodedata.normalize("NFKC", typed).split())
        if not text or (len(text) == 1 and not text.isdigit() and not _has_cjk(text)):
            return cls("", "", "", "", "", "")  # one letter would match half the estate
        code = _DASHES.sub("-", text).upper().lstrip("-")
        if not _CODE.match(code):
            code = ""
        compact = "".join(text.split()).upper()
        if not _COMPACT.match(compact):
            compact = ""
        digits = compact if _DIGITS.match(compact) else ""
        letters = compact.lower() if _LETTERS.match(compact.lower()) else ""
        plate = normalise_plate(text)
        if len(plate) < 2 or not _PLATE_FRAGMENT.match(plate):
            plate = ""
        return cls(text, code, compact, letters, digits, plate)

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def name_fragment(self) -> str:
        """Text worth looking for inside names: Chinese, or 2+ characters, not digits."""
        if self.empty or self.digits:
            return ""
        return self.text if _has_cjk(self.text) or len(self.text) >= 2 else ""

    @property
    def phone_tail(self) -> str:
        return self.digits if len(self.digits) == PHONE_TAIL_DIGITS else ""

    @property
    def phone_fragment(self) -> str:
        """Five or more digits: part of a phone number."""
        return self.digits if len(self.digits) > PHONE_TAIL_DIGITS else ""
