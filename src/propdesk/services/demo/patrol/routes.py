"""The demo estate's three patrol routes and their checkpoints, from its buildings.

Each route is a fixed walk (texts.ROUTES) with up to three building lobbies filled in:
the east route takes lobbies from the first half of the buildings, the west route from
the rest. Codes are the route's letter and the position (XG-E-01), as the labels print.
"""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.patrol import texts
from propdesk.services.demo.rows_writer import Row


@dataclass(frozen=True)
class DemoCheckpoint:
    index: int  # over every checkpoint of the demo, for the planner's lookups
    id: int  # the UUID's integer (see rows_writer)
    route: int  # the route's index
    position: int  # 1, 2, … in walking order
    code: str
    name: str
    place: str
    building: str  # the lobby's building code, "" for common areas


@dataclass(frozen=True)
class DemoRoute:
    index: int
    id: int
    name: str
    checkpoints: tuple[DemoCheckpoint, ...]


def _building_order(code: str) -> tuple[int, str]:
    return (int(code), code) if code.isdigit() else (1 << 30, code)


def _lobbies(buildings: list[str]) -> tuple[list[str], list[str]]:
    """Up to LOBBIES_PER_ROUTE buildings from each half, spread over the half."""
    ordered = sorted(buildings, key=_building_order)
    half = (len(ordered) + 1) // 2
    halves = ordered[:half], ordered[half:]
    picked: list[list[str]] = []
    for part in halves:
        count = min(texts.LOBBIES_PER_ROUTE, len(part))
        if count <= 1:
            picked.append(part[:count])
            continue
        spread = {round(i * (len(part) - 1) / (count - 1)) for i in range(count)}
        picked.append([part[i] for i in sorted(spread)])
    return picked[0], picked[1]


def plan_routes(
    buildings: list[str], ids: DemoIds, created: int
) -> tuple[list[DemoRoute], list[Row], list[Row]]:
    """The routes, and their route and checkpoint rows (made at `created`)."""
    east, west = _lobbies(buildings)
    lobbies = {"E": east, "W": west}
    routes: list[DemoRoute] = []
    route_rows: list[Row] = []
    checkpoint_rows: list[Row] = []
    voidable = {"voided_at": None, "voided_by": None, "void_reason": ""}
    for route_index, (name, letter, note, walk) in enumerate(texts.ROUTES):
        route_id = ids.at(created)
        route_rows.append(
            {
                "id": route_id,
                "name": name,
                "note": note,
                "position": route_index + 1,
                "created_at": created,
                "updated_at": created,
                **voidable,
            }
        )
        free = iter(lobbies.get(letter, ()))
        checkpoints: list[DemoCheckpoint] = []
        for spec in walk:
            building = ""
            if spec is texts.LOBBY:
                building = next(free, "")
                if not building:
                    continue  # a small estate: fewer lobbies
            cp_name, place, checklist = spec or (
                f"{building}栋大堂",
                f"{building} 栋 1 单元大堂",
                "lobby",
            )
            position = len(checkpoints) + 1
            checkpoint = DemoCheckpoint(
                index=len(checkpoint_rows),
                id=ids.at(created),
                route=route_index,
                position=position,
                code=f"XG-{letter}-{position:02d}",
                name=cp_name,
                place=place,
                building=building,
            )
            checkpoints.append(checkpoint)
            checkpoint_rows.append(
                {
                    "id": checkpoint.id,
                    "route_id": route_id,
                    "position": position,
                    "code": checkpoint.code,
                    "name": cp_name,
                    "place": place,
                    "checklist": texts.CHECKLISTS[checklist],
                    "created_at": created,
                    "updated_at": created,
                    **voidable,
                }
            )
        routes.append(DemoRoute(route_index, route_id, name, tuple(checkpoints)))
    return routes, route_rows, checkpoint_rows


def checkpoints_near(place: str, routes: list[DemoRoute]) -> list[DemoCheckpoint]:
    """The checkpoints where a guard would have seen a fault at `place` (a repair
    ticket's common area): the same place, else the lobby of the same building, else
    any lobby (for a place inside a building), else every checkpoint."""
    every = [c for route in routes for c in route.checkpoints]
    same = [c for c in every if c.place == place]
    if same:
        return same
    if "栋" in place:
        building = place.split("栋", maxsplit=1)[0].strip()
        lobbies = [c for c in every if c.building]
        return [c for c in lobbies if c.building == building] or lobbies or every
    return every
