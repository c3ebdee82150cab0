"""The rows of the demo estate, made in memory before anything is written.

20 buildings (18–33 floors, 2 entrances, 2 flats per floor and entrance) make 2,000
units; each unit gets a household (owner-occupied, rented or empty, sometimes with
people who moved out before), the household's cars, parking spaces and access cards.
Values pass through the same cleaning functions the registers use, so the search
columns are exactly what a hand-entered record would have.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from propdesk.domain.ids import uuid7
from propdesk.domain.personal_data import mask_id, phone_tail
from propdesk.domain.search_keys import pinyin_full, pinyin_initials
from propdesk.services.core.id_numbers import IdNumberKey
from propdesk.services.demo import fakes as fake
from propdesk.services.master_data.cards import CardStatus, normalise_card_number
from propdesk.services.master_data.residents import ResidentInput, ResidentKind, clean_resident
from propdesk.services.master_data.units import UnitInput, clean_unit
from propdesk.services.master_data.vehicles import clean_space_code

BUILDINGS = 20
FLOORS = (18, 33)
MEAN_FLOORS = 25  # 20 buildings × 25 floors × 2 entrances × 2 flats = 2,000 units
ENTRANCES = 2
FLATS_PER_FLOOR = 2
# Fixed "today" of the demo, so a seed makes the same estate on any day.
AS_OF = date(2026, 6, 30)
HANDOVER = date(2009, 9, 1)  # keys handed to the first owners
CARDS_SINCE = date(2012, 3, 1)  # the access-card system was installed
BEIJING = timezone(timedelta(hours=8))
NEW_ENERGY_SHARE = 0.15
Row = dict[str, Any]


@dataclass
class DemoPlan:
    buildings: list[Row] = field(default_factory=list)
    units: list[Row] = field(default_factory=list)
    residents: list[Row] = field(default_factory=list)
    parking_spaces: list[Row] = field(default_factory=list)
    vehicles: list[Row] = field(default_factory=list)
    cards: list[Row] = field(default_factory=list)
    card_changes: list[Row] = field(default_factory=list)
    # Residents' ID numbers by row id, in clear until seal_id_numbers(key) puts them into
    # the rows sealed (the key is known only inside the write transaction).
    id_numbers: dict[uuid.UUID, str] = field(default_factory=dict)

    def seal_id_numbers(self, key: IdNumberKey) -> None:
        """Seal the planned ID numbers into the residents' rows with `key`."""
        for row in self.residents:
            number = self.id_numbers.get(row["id"])
            if number:
                row["id_cipher"] = key.seal(number)
                row["id_lookup"] = key.lookup(number)

    def counts(self) -> dict[str, int]:
        return {
            "buildings": len(self.buildings),
            "units": len(self.units),
            "residents": len(self.residents),
            "moved_out": sum(1 for r in self.residents if r["move_out"] is not None),
            "parking_spaces": len(self.parking_spaces),
            "vehicles": sum(1 for v in self.vehicles if v["voided_at"] is None),
            "cards": len(self.cards),
            "lost_cards": sum(1 for c in self.cards if c["status"] == CardStatus.LOST.value),
        }


@dataclass
class _Person:
    surname: str
    name: str
    male: bool
    born: date
    kind: ResidentKind
    move_in: date | None = None
    move_out: date | None = None
    phone: str = ""
    phone2: str = ""
    id_number: str = ""
    id: uuid.UUID = field(default_factory=uuid7)

    def age(self) -> int:
        return (AS_OF - self.born).days // 365

    @property
    def living(self) -> bool:
        return self.move_in is not None and self.move_out is None


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=BEIJING)


def _floors(rng: random.Random, buildings: int) -> list[int]:
    """Floors per building within FLOORS, adding up to MEAN_FLOORS on average."""
    floors = [rng.randint(*FLOORS) for _ in range(buildings)]
    target = MEAN_FLOORS * buildings
    while sum(floors) != target:
        i = rng.randrange(buildings)
        step = 1 if sum(floors) < target else -1
        if FLOORS[0] <= floors[i] + step <= FLOORS[1]:
            floors[i] += step
    return floors


class _Planner:
    def __init__(self, seed: int, now: datetime, username: str) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.username = username
        self.plan = DemoPlan()
        self.phones: set[str] = set()
        self.plates: set[str] = set()
        self.card_numbers: set[str] = set()
        self.keys: dict[str, tuple[str, str]] = {}  # name → (initials, pinyin)

    def _row(self, **values: Any) -> Row:
        return {"id": uuid7(), "created_at": self.now, "updated_at": self.now, **values}

    def _voidable(self, **values: Any) -> Row:
        return self._row(voided_at=None, voided_by=None, void_reason="", **values)

    # -- buildings and units ---------------------------------------------------------

    def buildings(self, count: int) -> None:
        for number, floors in enumerate(_floors(self.rng, count), start=1):
            building = self._voidable(code=str(number), name=f"{number}栋", floors=floors)
            self.plan.buildings.append(building)
            for entrance in range(1, ENTRANCES + 1):
                areas = [self.rng.randrange(7800, 9900), self.rng.randrange(10500, 14500)]
                for floor in range(1, floors + 1):
                    for flat in range(1, FLATS_PER_FLOOR + 1):
                        self.unit(building, entrance, floor, flat, areas[flat - 1])

    def unit(self, building: Row, entrance: int, floor: int, flat: int, area: int) -> None:
        clean = clean_unit(
            UnitInput(
                building["code"], str(entrance), f"{floor}{flat:02d}", floor, f"{area / 100:.2f}"
            )
        )
        unit = self._voidable(
            code=clean.code,
            building_id=building["id"],
            entrance=clean.entrance,
            floor=clean.floor,
            room=clean.room,
            area_centi_m2=clean.area_centi_m2,
        )
        self.plan.units.append(unit)
        self.household(unit)

    # -- people ----------------------------------------------------------------------

    def person(
        self,
        kind: ResidentKind,
        age: int,
        *,
        male: bool | None = None,
        family: str | None = None,
        born_here: bool = False,
    ) -> _Person:
        rng = self.rng
        male = rng.random() < 0.5 if male is None else male
        born = fake.birth_date(rng, age, AS_OF)
        family = family or fake.surname(rng)
        name = family + fake.given_name(rng, male, born.year)
        person = _Person(family, name, male, born, kind)
        adult = age >= 18
        if (adult and rng.random() < 0.97) or (age >= 12 and rng.random() < 0.5):
            person.phone = fake.mobile(rng, self.phones)
        if kind is ResidentKind.OWNER and rng.random() < 0.1:
            person.phone2 = fake.landline(rng)
        if rng.random() < (0.95 if adult else 0.6):
            region = fake.region(rng, born_here)
            person.id_number = fake.id_number(rng, born, male, region)
        return person

    def household(self, unit: Row) -> None:
        roll = self.rng.random()
        if roll < 0.04:
            people = [self.person(ResidentKind.OWNER, self.rng.randint(32, 65))]  # empty flat
        elif roll < 0.20:
            people = self.rented()
        else:
            people = self.owner_occupied()
        for person in people:
            self.resident(unit, person)
        self.vehicles(people)
        self.cards(people)

    def owner_occupied(self) -> list[_Person]:
        rng = self.rng
        people: list[_Person] = []
        moved_in = fake.day_between(rng, HANDOVER, AS_OF - timedelta(days=90))
        if rng.random() < 0.06 and moved_in > HANDOVER + timedelta(days=400):
            seller = self.person(ResidentKind.OWNER, rng.randint(40, 75))
            seller.move_in = fake.day_between(rng, HANDOVER, moved_in - timedelta(days=365))
            seller.move_out = moved_in - timedelta(days=rng.randint(7, 90))
            people.append(seller)
        age = rng.randint(30, 70)
        male = rng.random() < 0.55
        owner = self.person(ResidentKind.OWNER, age, male=male)
        owner.move_in = moved_in
        people.append(owner)
        spouse = None
        if rng.random() < 0.75:
            spouse_age = max(22, age + rng.randint(-5, 5))
            spouse = self.person(ResidentKind.FAMILY, spouse_age, male=not male)
            spouse.move_in = moved_in
            people.append(spouse)
        father = owner if male else spouse
        for _ in range(rng.choices((0, 1, 2), (0.25, 0.4, 0.35))[0]):
            child_age = rng.randint(0, max(0, min(30, age - 23)))
            child = self.person(
                ResidentKind.FAMILY,
                child_age,
                family=father.surname if father else None,
                born_here=child_age < AS_OF.year - moved_in.year,
            )
            child.move_in = max(moved_in, child.born)
            people.append(child)
        if rng.random() < 0.15 and age < 60:
            elder = self.person(ResidentKind.FAMILY, min(95, age + rng.randint(25, 32)))
            elder.move_in = fake.day_between(rng, moved_in, AS_OF - timedelta(days=30))
            people.append(elder)
        return people

    def rented(self) -> list[_Person]:
        rng = self.rng
        people = [self.person(ResidentKind.OWNER, rng.randint(35, 70))]  # lives elsewhere
        moved_in = fake.day_between(
            rng, AS_OF - timedelta(days=3 * 365), AS_OF - timedelta(days=14)
        )
        if rng.random() < 0.35:
            before = self.person(ResidentKind.TENANT, rng.randint(23, 45))
            before.move_out = moved_in - timedelta(days=rng.randint(3, 60))
            before.move_in = before.move_out - timedelta(days=rng.randint(180, 1500))
            people.append(before)
        for index in range(rng.choices((1, 2, 3), (0.3, 0.45, 0.25))[0]):
            tenant = self.person(
                ResidentKind.TENANT, rng.randint(22, 45) if index < 2 else rng.randint(3, 15)
            )
            tenant.move_in = moved_in
            people.append(tenant)
        return people

    def resident(self, unit: Row, person: _Person) -> None:
        data = clean_resident(
            ResidentInput(
                unit["code"],
                person.kind,
                person.name,
                person.phone,
                person.phone2,
                person.id_number,
                person.move_in,
                person.move_out,
            )
        )
        if data.name not in self.keys:
            self.keys[data.name] = (pinyin_initials(data.name)[:40], pinyin_full(data.name)[:120])
        initials, pinyin = self.keys[data.name]
        row = self._voidable(
            unit_id=unit["id"],
            kind=data.kind.value,
            name=data.name,
            name_initials=initials,
            name_pinyin=pinyin,
            phone=data.phone,
            phone2=data.phone2,
            phone_tail=phone_tail(data.phone),
            id_cipher="",
            id_lookup="",
            id_masked=mask_id(data.id_number) if data.id_number else "",
            move_in=data.move_in,
            move_out=data.move_out,
        )
        row["id"] = person.id
        if data.id_number:
            self.plan.id_numbers[person.id] = data.id_number
        self.plan.residents.append(row)

    # -- vehicles, parking spaces and cards -----------------------------------------

    def vehicles(self, people: list[_Person]) -> None:
        rng = self.rng
        drivers = [p for p in people if p.living and p.phone and p.age() >= 20]
        if drivers:
            owners = drivers[0].kind is ResidentKind.OWNER
            weights = (0.06, 0.36, 0.44, 0.14) if owners else (0.25, 0.5, 0.25, 0.0)
            for index in range(rng.choices((0, 1, 2, 3), weights)[0]):
                self.vehicle(drivers[index % len(drivers)], None)
        for gone in (p for p in people if p.move_out is not None):
            if rng.random() < 0.4:
                self.vehicle(gone, gone.move_out)

    def vehicle(self, owner: _Person, voided_on: date | None) -> None:
        rng = self.rng
        electric = rng.random() < NEW_ENERGY_SHARE
        space_id = None
        if voided_on is None and rng.random() < 0.85:
            space_id = self.space(rng.choice(("owned", "owned", "rented")))
        row = self._voidable(
            plate=fake.plate(rng, electric, self.plates),
            resident_id=owner.id,
            parking_space_id=space_id,
            description=fake.car(rng, electric),
        )
        if voided_on is not None:
            row.update(voided_at=_at(voided_on, 17), void_reason="住户已搬出")
        self.plan.vehicles.append(row)

    def space(self, kind: str) -> uuid.UUID:
        number = len(self.plan.parking_spaces) + 1
        level = 1 if number % 2 else 2
        zone = "地下一层" if level == 1 else "地下二层"
        code = clean_space_code(f"B{level}-{(number + 1) // 2:04d}")
        row = self._voidable(code=code, zone=zone, kind=kind)
        self.plan.parking_spaces.append(row)
        space_id: uuid.UUID = row["id"]
        return space_id

    def visitor_spaces(self, count: int) -> None:
        for number in range(1, count + 1):
            self.plan.parking_spaces.append(
                self._voidable(code=f"V-{number:03d}", zone="地面访客车位", kind="visitor")
            )

    def cards(self, people: list[_Person]) -> None:
        rng = self.rng
        for person in people:
            if person.move_in is None or person.age() < 7:
                continue
            start = max(person.move_in, CARDS_SINCE, person.born + timedelta(days=7 * 365))
            if person.move_out is not None and person.move_out <= start:
                continue
            issued = start + timedelta(days=rng.randint(0, 20))
            if person.move_out is not None:
                self.card(person, issued, CardStatus.RETURNED, max(issued, person.move_out))
                continue
            roll = rng.random()
            if roll < 0.025 and issued < AS_OF - timedelta(days=60):
                lost_on = fake.day_between(rng, issued, AS_OF - timedelta(days=30))
                self.card(person, issued, CardStatus.LOST, lost_on)
                issued = lost_on + timedelta(days=rng.randint(0, 3))
            elif roll < 0.035 and issued < AS_OF - timedelta(days=60):
                self.card(person, issued, CardStatus.REVOKED, AS_OF - timedelta(days=20))
                continue
            self.card(person, issued, CardStatus.ACTIVE, None)

    def card(self, holder: _Person, issued: date, status: CardStatus, changed: date | None) -> None:
        number = normalise_card_number(fake.card_number(self.rng, self.card_numbers))
        returned_on = changed if status is CardStatus.RETURNED else None
        row = self._row(
            number=number,
            resident_id=holder.id,
            status=status.value,
            issued_on=issued,
            returned_on=returned_on,
        )
        self.plan.cards.append(row)
        self.change(row["id"], _at(issued), "", CardStatus.ACTIVE, "issued")
        if status is not CardStatus.ACTIVE and changed is not None:
            reason = {
                CardStatus.LOST: "住户挂失",
                CardStatus.REVOKED: "卡片损坏，停用",
                CardStatus.RETURNED: "搬出退卡",
            }[status]
            self.change(row["id"], _at(changed, 15), CardStatus.ACTIVE, status, reason)

    def change(self, card_id: uuid.UUID, at: datetime, old: str, new: str, reason: str) -> None:
        self.plan.card_changes.append(
            {
                "id": uuid7(),
                "card_id": card_id,
                "at": at,
                "old_status": old,
                "new_status": new,
                "reason": reason,
                "username": self.username,
            }
        )


def plan_estate(seed: int, scale: float, username: str, now: datetime) -> DemoPlan:
    """All rows of a demo estate of round(20 × scale) buildings (at least one)."""
    planner = _Planner(seed, now, username)
    planner.buildings(max(1, round(BUILDINGS * scale)))
    planner.visitor_spaces(max(5, round(40 * scale)))
    return planner.plan
