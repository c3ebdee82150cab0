"""The demo estate's equipment register (设施设备档案): extinguishers on every other
floor of each building, hydrants every few floors, two lifts, an emergency light, an
exit sign and a fire door per building; the car park's extinguishers, hydrants,
sprinkler valves, exit signs and sump pumps; the control room's alarm panel, the fire
pumps, the domestic water pumps and tanks, the switch room (about 500 items on the
full estate).

Most were installed when the estate was handed over, some replaced since; each was
serviced within its interval, a few are overdue, a few extinguishers are past or near
the end of their life. Each item goes through the register's own input cleaning
(services.inspections.equipment_inputs.clean_equipment), which works out `next_due`
as the service does.

Each item also belongs to a *place* ("building", "car_park", …): the inspections of
an area name the items of its place (services.demo.inspections.rounds).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from propdesk.domain.inspections.equipment import EquipmentKind, add_months
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.inspections import texts
from propdesk.services.demo.inspections.texts import Model
from propdesk.services.demo.rows_writer import Row
from propdesk.services.inspections.equipment import equipment_values
from propdesk.services.inspections.equipment_inputs import EquipmentInput, clean_equipment

BUILDING, CAR_PARK, CONTROL, PUMPS, DRAINS, POWER = (
    "building",
    "car_park",
    "control",
    "pumps",
    "drains",
    "power",
)
HANDED_OVER_YEARS = 8  # the estate's age: its first equipment is that old
REPLACED_SHARE = 0.3  # of items with a life: replaced since the hand-over
EXPIRED_SHARE = 0.03  # of items with a life: past it, not yet replaced
EXPIRING_SHARE = 0.04  # …within the 30 days the register warns of
OVERDUE_SHARE = 0.03  # services overdue
HYDRANT_EVERY = 6  # floors
CAR_PARK_PER_BUILDING = {  # the car park's items grow with the estate
    texts.CART_EXTINGUISHER: 0.8,
    texts.HYDRANT: 0.3,
    texts.SPRINKLER: 0.2,
    texts.EXIT_SIGN: 0.5,
    texts.SUMP_PUMP: 0.2,
}


@dataclass(frozen=True)
class DemoBuilding:
    code: str
    name: str
    floors: int


@dataclass(frozen=True)
class Placed:
    """An item as the inspections see it."""

    id: int
    code: str
    kind: EquipmentKind
    installed_on: date


@dataclass
class EquipmentPlan:
    rows: list[Row]
    # place → equipment kind → its items, by code
    places: dict[str, dict[EquipmentKind, list[Placed]]]


class EquipmentPlanner:
    def __init__(self, rng: random.Random, ids: DemoIds, today: date, created: int) -> None:
        self.rng = rng
        self.ids = ids
        self.today = today
        self.created = created  # Unix seconds: when the register was typed in
        self.handed_over = date(today.year - HANDED_OVER_YEARS, 6, 30)
        self.plan = EquipmentPlan([], {})

    def estate(self, buildings: list[DemoBuilding]) -> EquipmentPlan:
        for building in buildings:
            self._building(building)
        count = len(buildings)
        for model, per_building in CAR_PARK_PER_BUILDING.items():
            prefix = _PREFIX[model]
            for n in range(1, max(1, round(per_building * count)) + 1):
                self._add(CAR_PARK, model, f"{prefix}-B1-{n:02d}", f"{texts.CAR_PARK} {n} 号位")
        self._add(CONTROL, texts.ALARM_PANEL, "BJ-01", texts.CONTROL_ROOM)
        self._add(CONTROL, texts.CCTV, "JK-01", texts.CONTROL_ROOM)
        for n in (1, 2):
            self._add(CONTROL, texts.FIRE_PUMP, f"XFB-{n:02d}", texts.FIRE_PUMP_ROOM)
        for n in range(1, 5):
            self._add(PUMPS, texts.WATER_PUMP, f"SB-{n:02d}", texts.WATER_PUMP_ROOM)
        for n in (1, 2):
            self._add(PUMPS, texts.WATER_TANK, f"SX-{n:02d}", texts.WATER_PUMP_ROOM)
        for n in range(1, 2 + max(1, count // 4)):
            self._add(POWER, texts.SWITCHGEAR, f"PDG-{n:02d}", texts.SWITCH_ROOM)
        self._add(POWER, texts.GENERATOR, "FDJ-01", texts.SWITCH_ROOM)
        return self.plan

    def _building(self, building: DemoBuilding) -> None:
        code, name = building.code, building.name
        for floor in range(1, building.floors + 1, 2):
            self._add(
                BUILDING, texts.EXTINGUISHER, f"MHQ-{code}-{floor:02d}", f"{name} {floor} 层楼梯间"
            )
        for floor in range(1, building.floors + 1, HYDRANT_EVERY):
            self._add(BUILDING, texts.HYDRANT, f"XHS-{code}-{floor:02d}", f"{name} {floor} 层前室")
        for n in (1, 2):
            self._add(BUILDING, texts.LIFT, f"DT-{code}-{n}", f"{name} {n} 号梯")
        self._add(BUILDING, texts.EMERGENCY_LIGHT, f"YJZM-{code}-01", f"{name} 首层大堂")
        self._add(BUILDING, texts.EXIT_SIGN, f"AQCK-{code}-01", f"{name} 首层大堂")
        self._add(BUILDING, texts.FIRE_DOOR, f"FHM-{code}-01", f"{name} 设备层")

    def _add(self, place: str, model: Model, code: str, where: str) -> None:
        kind, name, months, days, life = model
        installed, expires = self._life(life)
        clean = clean_equipment(
            EquipmentInput(
                code=code,
                kind=kind,
                name=name,
                place=where,
                installed_on=installed,
                last_serviced_on=self._last_service(installed, months, days),
                service_interval_months=months,
                service_interval_days=days,
                expires_on=expires,
            ),
            self.today,
        )
        row_id = self.ids.at(self.created)
        self.plan.rows.append(
            {
                "id": row_id,
                "created_at": self.created,
                "updated_at": self.created,
                "voided_at": None,
                "voided_by": None,
                "void_reason": "",
                **equipment_values(clean, None),  # the columns a save writes
            }
        )
        by_kind = self.plan.places.setdefault(place, {})
        by_kind.setdefault(kind, []).append(Placed(row_id, clean.code, kind, installed))

    def _life(self, life: int) -> tuple[date, date | None]:
        """(installed on, expires on): handed over with the estate or replaced since; a
        few at or past the end of their life."""
        rng, today = self.rng, self.today
        installed = self.handed_over - timedelta(days=rng.randrange(60))
        if not life:
            return installed, None
        draw = rng.random()
        if draw < EXPIRED_SHARE:
            return installed, today - timedelta(days=rng.randint(1, 60))
        if draw < EXPIRED_SHARE + EXPIRING_SHARE:
            return installed, today + timedelta(days=rng.randint(0, 29))
        if draw < EXPIRED_SHARE + EXPIRING_SHARE + REPLACED_SHARE:
            installed = today - timedelta(days=rng.randint(60, 6 * 365))
        made = installed - timedelta(days=rng.randint(30, 400))  # on the shelf before
        expires = add_months(made, life)
        if expires <= today + timedelta(days=30):  # would be one of the few above
            expires = today + timedelta(days=rng.randint(60, 700))
        return installed, expires

    def _last_service(self, installed: date, months: int, days: int) -> date:
        """Within its interval, or a little past it for a few."""
        span = (add_months(self.today, -months) if months else self.today) - timedelta(days=days)
        interval = (self.today - span).days
        if self.rng.random() < OVERDUE_SHARE:
            back = interval + self.rng.randint(1, max(2, interval // 4))
        else:
            back = self.rng.randrange(max(1, interval - 1))
        return max(installed, self.today - timedelta(days=back))


_PREFIX = {
    texts.CART_EXTINGUISHER: "MHQ",
    texts.HYDRANT: "XHS",
    texts.SPRINKLER: "BJF",
    texts.EXIT_SIGN: "AQCK",
    texts.SUMP_PUMP: "PWB",
}
