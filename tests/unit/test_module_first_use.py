"""The modules' heavy parts are imported when first used, not when the registry is read
(issue 18: services.core.on_first_use).

Each module.py names them twice, for the type checker (`if TYPE_CHECKING:` imports)
and for the run (`name = imported("module", "name")`): the two halves must agree, and
reading the registry (or opening a station) must import none of them.
"""

from __future__ import annotations

import ast
import hashlib
import json
import subprocess
import sys
import threading
import uuid
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest

import propdesk.services as services_package
from propdesk.domain.repairs.workflow import RepairState
from propdesk.services.core.handoffs import LinkedTicket, RepairDesk
from propdesk.services.core.on_first_use import (
    desk_on_first_use,
    imported,
    is_made,
    made,
    on_first_use,
)
from propdesk.services.registry import MODULES

SERVICES = Path(services_package.__file__).parent
DECLARING = sorted(
    [
        SERVICES / "registry.py",
        *SERVICES.glob("*/module.py"),
        *SERVICES.glob("*/module_parts.py"),
    ]
)


def _is_type_checking(test: ast.expr) -> bool:
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def _halves(file: Path) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(name → (module, attribute)) as the type checker sees it and as it runs."""
    checked: dict[str, tuple[str, str]] = {}
    run: dict[str, tuple[str, str]] = {}
    for node in ast.parse(file.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.If) and _is_type_checking(node.test)):
            continue
        for item in node.body:
            assert isinstance(item, ast.ImportFrom), ast.unparse(item)
            assert item.module
            for alias in item.names:
                checked[alias.asname or alias.name] = (item.module, alias.name)
        for item in node.orelse:
            assert isinstance(item, ast.Assign), ast.unparse(item)
            (target,) = item.targets
            call = item.value
            assert isinstance(target, ast.Name)
            assert isinstance(call, ast.Call)
            assert isinstance(call.func, ast.Name)
            assert call.func.id == "imported"
            module, name = (ast.literal_eval(arg) for arg in call.args)
            run[target.id] = (module, name)
    return checked, run


def _deferred_modules() -> set[str]:
    return {module for file in DECLARING for module, _ in _halves(file)[0].values()}


@pytest.mark.parametrize("file", DECLARING, ids=lambda f: f"{f.parent.name}/{f.name}")
def test_both_halves_name_the_same_things(file: Path) -> None:
    checked, run = _halves(file)
    assert checked == run


def test_the_modules_defer_their_front_doors_and_reports() -> None:
    deferred = _deferred_modules()
    for spec in MODULES:
        if spec.build is not None:
            assert f"propdesk.services.{spec.key}.service" in deferred, spec.key
    assert "propdesk.services.demo.generators" in deferred
    assert "propdesk.services.gate.dashboard" in deferred


def _stand_ins(value: object, seen: set[int]) -> list[object]:
    """Every part made on first use inside a spec (its fields, tuples, mappings)."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    if made(value) is not value:  # a stand-in (made now: the test resolves them all)
        return [value]
    found: list[object] = []
    if isinstance(value, tuple | list):
        for item in value:
            found += _stand_ins(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            found += _stand_ins(item, seen)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            found += _stand_ins(getattr(value, field.name), seen)
    return found


def test_every_part_made_on_first_use_is_found() -> None:
    seen: set[int] = set()
    parts = [part for spec in MODULES for part in _stand_ins(spec, seen)]
    assert len(parts) > 50
    for part in parts:
        value = made(part)
        assert value is not part
        assert made(value) is value  # the value itself, not another stand-in
        assert isinstance(part, type(value))
        assert callable(value) or is_dataclass(value)


def _run(code: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=120
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_reading_the_registry_imports_none_of_them() -> None:
    loaded = _run(
        "import json, sys\n"
        "import propdesk.services.registry\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    assert set(loaded) & _deferred_modules() == set()
    assert not any(name.startswith("propdesk.services.demo") for name in loaded)
    # No module's front door nor dashboard, whatever its module.py says.
    assert [n for n in loaded if n.endswith((".service", ".dashboard"))] == []
    assert "propdesk.reports.monthly.model" not in loaded


def test_a_station_opens_without_building_a_front_door(tmp_path: Path) -> None:
    """Opening builds no front door (the desks lent are stand-ins too). Looking one up
    by its type builds it alone: its own module is asked first (`isinstance` on any
    other stand-in would build that one to learn its class)."""
    code = f"""
import json, sys
from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.domain.repairs.workflow import RepairState
from propdesk.services.core.handoffs import LinkedTicket, RepairDesk
services = open_services(Paths.resolve({str(tmp_path)!r}), fast_hashing=True)
at_open = sorted(sys.modules)
from propdesk.services.repairs.service import RepairServices
door = services.module(RepairServices)
found = [
    isinstance(door, RepairServices),
    door.tickets is services.module(RepairServices).tickets,
    type(services.front_door_of(services.modules[0])).__name__,
    "propdesk.services.gate.service" in sys.modules,
    "propdesk.services.worklogs.service" in sys.modules,
]
services.close()
print(json.dumps([at_open, found]))
"""
    at_open, found = _run(code)
    assert set(at_open) & _deferred_modules() == set()
    assert found == [True, True, "_OnFirstUse", False, False]


def test_a_stand_in_is_made_once_and_looks_like_its_value() -> None:
    made_count = []
    barrier = threading.Barrier(4)

    @dataclass
    class Door:
        name: str

    def make() -> Door:
        made_count.append(1)
        return Door("gate")

    door = on_first_use(make)
    assert not is_made(door)
    assert "not made yet" in repr(door)

    def use() -> None:
        barrier.wait()
        assert door.name == "gate"

    threads = [threading.Thread(target=use) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert made_count == [1]
    assert isinstance(door, Door)
    assert is_made(door)
    assert made(door) == Door("gate")
    assert made(door) is made(door)
    assert door == Door("gate")
    assert hash(on_first_use(lambda: "gate")) == hash("gate")


def test_imported_calls_the_function_it_names() -> None:
    digest = imported("hashlib", "sha256")
    assert not is_made(digest)
    assert digest(b"x").hexdigest().startswith("2d711642")
    assert is_made(digest)
    again = on_first_use(lambda: imported("hashlib", "sha256"))  # a stand-in of a stand-in
    assert made(again) is hashlib.sha256


def test_a_desk_lent_on_first_use_builds_the_lender_when_called() -> None:
    built: list[str] = []

    def lender() -> RepairDesk:
        built.append("repairs")
        opened = LinkedTicket(uuid.uuid4(), "WX202612-0001", RepairState.REPORTED, False, "x")
        return RepairDesk(lambda _actor, _request: opened, lambda *_args: {})

    @dataclass
    class Door:
        desk: RepairDesk

    door = on_first_use(lambda: Door(lender()))
    desk = desk_on_first_use(RepairDesk, lambda: door.desk)
    assert type(desk) is RepairDesk  # found by its type in ModuleContext.shared
    assert built == []
    anyone: Any = None
    assert desk.open_from(anyone, anyone).number == "WX202612-0001"
    assert built == ["repairs"]
    assert desk.linked(anyone, anyone, ()) == {}
    assert built == ["repairs"]


def test_only_desks_are_lent_on_first_use() -> None:
    with pytest.raises(TypeError):
        desk_on_first_use(int, lambda: 1)
