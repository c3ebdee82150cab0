"""The people and cars who visit the demo estate again and again.

Over the years the same few thousand people (family, cleaners, couriers) make most
visits, and the same cars most visitor parking. Regular number k is made from a
generator seeded with the demo's seed and k alone, so every month of traffic (made in
any process, in any order) sees the same person as number k, and only the ones it
meets are ever made. How many are known by the time a month starts follows from the
visits before it: new faces get rarer as the regulars become known.
"""

from __future__ import annotations

import math
import random

from propdesk.domain.personal_data import mask_id
from propdesk.domain.search_keys import pinyin_initials
from propdesk.services.demo import fakes as fake
from propdesk.services.demo.estate_plan import AS_OF

# At full scale; both scale with the estate.
REGULAR_VISITORS = 8000
REGULAR_CARS = 5000
NEW_FACE = 0.6  # chance of a new face while nobody is known yet

Visitor = tuple[str, str, str, str]  # name, pinyin initials, phone, masked ID


def regulars(full: int, scale: float) -> int:
    return max(20, round(full * scale))


def known_after(visits: int, regular: int) -> int:
    """How many regulars `visits` visits have made known (on average): each visit
    brings a new one with chance NEW_FACE × the share still unknown."""
    return min(regular - 1, round(regular * (1 - math.exp(-NEW_FACE * visits / regular))))


class Regulars:
    """Regular visitors and visitor cars by number, made when first asked for."""

    def __init__(self, seed: int, resident_plates: set[str], initials: dict[str, str]) -> None:
        self.seed = seed
        self.resident_plates = resident_plates
        self.initials = initials  # name → pinyin initials, known names first
        self._visitors: dict[int, Visitor] = {}
        self._plates: dict[int, str] = {}

    def visitor(self, k: int) -> Visitor:
        found = self._visitors.get(k)
        if found is None:
            rng = random.Random(f"gate-visitor-{self.seed}-{k}")
            male = rng.random() < 0.55
            born = fake.birth_date(rng, rng.randint(18, 72), AS_OF)
            name = fake.surname(rng) + fake.given_name(rng, male, born.year)
            number = fake.id_number(rng, born, male, fake.region(rng, False))
            phone = fake.mobile(rng, set())
            found = self._visitors[k] = (name, self._initials(name), phone, mask_id(number))
        return found

    def plate(self, k: int) -> str:
        """A visitor's plate, never one of the residents' registered cars."""
        found = self._plates.get(k)
        if found is None:
            rng = random.Random(f"gate-visitor-car-{self.seed}-{k}")
            electric = rng.random() < 0.2
            found = fake.plate(rng, electric, set())
            while found in self.resident_plates:
                found = fake.plate(rng, electric, set())
            self._plates[k] = found
        return found

    def _initials(self, name: str) -> str:
        initials = self.initials.get(name)
        if initials is None:
            initials = self.initials[name] = pinyin_initials(name)[:40]
        return initials


class Returning:
    """Who comes next, from `regular` regulars of whom `known` are known so far."""

    def __init__(self, rng: random.Random, regular: int, known: int) -> None:
        self.rng = rng
        self.regular = regular
        self.known = known

    def next(self) -> int:
        """The number of the regular who comes: a new face, or one already known."""
        known = self.known
        if not known or self.rng.random() < NEW_FACE * (1 - known / self.regular):
            self.known = known + 1
            return known
        return int(self.rng.random() * known)
