"""A small estate for the wand-import tests: two routes with their checkpoints, two
guards, and wand files (CSV, .xlsx) written from rows of (device, code, local time)."""

from __future__ import annotations

import csv
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInfo, StaffInput
from propdesk.services.patrol.inputs import CheckpointInput, RouteInput
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.patrol.wand_results import CodeMapping

ADMIN = Actor(None, "admin", "王经理", Role.ADMIN, "岗亭")
GUARD = Actor(None, "guard", "张保安", Role.GUARD, "岗亭")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
HEADERS = ("设备号", "卡号", "时间")  # a wand's own export: not quite the template's


class WandEstate:
    def __init__(self, services: Services) -> None:
        services.estate.set_up("翠湖花园")
        self.services = services
        self.patrol = services.module(PatrolServices)
        self.east = self._route(
            "东区", ("E-01", "1号楼大堂"), ("E-02", "地库入口"), ("E-03", "东门")
        )
        self.west = self._route("西区", ("W-01", "西门"), ("W-02", "泳池"))
        self.zhang: StaffInfo = services.staff.save(ADMIN, StaffInput("张保安", "security"))
        self.li: StaffInfo = services.staff.save(ADMIN, StaffInput("李保安", "security"))
        self.cleaner: StaffInfo = services.staff.save(ADMIN, StaffInput("陈保洁", "cleaning"))
        # Last night, 22:00 local: every slot of it is in the past and the file is new.
        self.night = datetime.combine(
            datetime.now().date() - timedelta(days=1), datetime.min.time()
        )
        self.night += timedelta(hours=22)

    def _route(self, name: str, *checkpoints: tuple[str, str]) -> RouteInfo:
        route = self.patrol.routes.add_route(ADMIN, RouteInput(name))
        for code, label in checkpoints:
            self.patrol.routes.add_checkpoint(ADMIN, route.id, CheckpointInput(code, label))
        return self.patrol.routes.route(ADMIN, route.id)

    def at(self, minutes: float) -> datetime:
        """Local wall time `minutes` after 22:00 last night."""
        return self.night + timedelta(minutes=minutes)

    def checkpoint(self, code: str) -> uuid.UUID:
        for route in (self.east, self.west):
            for checkpoint in route.checkpoints:
                if checkpoint.code == code:
                    return checkpoint.id
        raise KeyError(code)

    def walk(self) -> list[tuple[str, str, float]]:
        """Wand 1: 张's card, the east route at 22:01, the west route at 22:31 (with a
        double touch); wand 2: no card, the east route at 23:02."""
        return [
            ("1", "CARD-ZHANG", 0.5),
            ("1", "A1", 1),
            ("1", "A1", 1.2),
            ("1", "A2", 4),
            ("1", "A3", 8),
            ("1", "B1", 31),
            ("1", "B2", 35),
            ("2", "A1", 62),
            ("2", "A2", 66),
        ]

    def map_all(self) -> None:
        codes = {"A1": "E-01", "A2": "E-02", "A3": "E-03", "B1": "W-01", "B2": "W-02"}
        mappings = [CodeMapping(c, checkpoint_id=self.checkpoint(k)) for c, k in codes.items()]
        mappings.append(CodeMapping("CARD-ZHANG", guard_id=self.zhang.id))
        self.patrol.wands.map_codes(GUARD, mappings)

    def csv_file(
        self,
        path: Path,
        rows: list[tuple[str, str, float]],
        encoding: str = "gbk",
        headers: tuple[str, ...] = HEADERS,
    ) -> Path:
        with path.open("w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            for device, code, minutes in rows:
                writer.writerow([device, code, f"{self.at(minutes):%Y/%m/%d %H:%M:%S}"])
        return path

    def xlsx_file(self, path: Path, rows: list[tuple[str, str, float]]) -> Path:
        """Another make: the date and the time of day in two columns, real cells."""
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["巡检器编号", "日期", "时间", "标签号"])
        for device, code, minutes in rows:
            moment = self.at(minutes)
            ws.append([int(device), moment.date(), moment.time(), code])
        wb.save(path)
        return path
