"""The module registry: what each module declares is consistent, and what the
registry lists is what the station gets (a module left out is gone everywhere)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from propdesk.config import Paths
from propdesk.domain.numbering import NumberKind
from propdesk.domain.service_targets import TargetKey
from propdesk.services.bootstrap import open_services
from propdesk.services.core.module_spec import ModuleSpec, target_sources
from propdesk.services.gate.service import GateServices
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.registry import MODULES
from propdesk.services.repairs.service import RepairServices


def test_keys_tabs_and_search_kinds_are_unique() -> None:
    keys = [m.key for m in MODULES]
    tabs = [t.object_name for m in MODULES for t in m.tabs]
    kinds = [k.kind for m in MODULES for k in m.search]
    assert len(set(keys)) == len(keys)
    assert len(set(tabs)) == len(tabs)
    assert len(set(kinds)) == len(kinds)


def test_no_two_modules_allocate_the_same_numbers() -> None:
    kinds = [k for m in MODULES for k in m.numbering]
    assert len(set(kinds)) == len(kinds)
    # Every number a module allocates today is declared by it.
    assert {NumberKind.REPAIR, NumberKind.VISITOR_PASS, NumberKind.HANDOVER} <= set(kinds)


def test_a_target_claimed_twice_is_refused() -> None:
    repairs = next(m for m in MODULES if m.key == "repairs")
    twin = replace(repairs, key="twin")
    with pytest.raises(ValueError, match="two sources"):
        target_sources((repairs, twin))
    claimed = {key for spec in MODULES for key in spec.targets}
    assert set(target_sources(MODULES)) == claimed
    # Every one of the work plan's targets has a module recording its data (issue 21).
    assert claimed == set(TargetKey)


def test_every_front_door_is_built_once_and_found_by_type(tmp_path: Path) -> None:
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True)
    try:
        gate = services.module(GateServices)
        assert gate is services.module(GateServices)
        assert isinstance(services.module(RepairServices), RepairServices)
        with pytest.raises(LookupError):
            services.module(int)
    finally:
        services.close()


def test_a_module_left_out_of_the_registry_is_gone(tmp_path: Path) -> None:
    without: tuple[ModuleSpec[object], ...] = tuple(
        m
        for m in MODULES
        if m.key
        not in {
            *("repairs", "master_data", "patrol", "complaints", "inspections"),
            *("incidents", "drills", "events", "surveys", "assessments", "worklogs"),
        }
    )
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True, modules=without)
    try:
        with pytest.raises(LookupError):
            services.module(RepairServices)  # no front door
        # The registers', tickets', rounds', complaints', inspections' and the work
        # plan's search kinds went with them; the gate's stay.
        assert services.search.kinds == (
            "gate_inside",
            "visitor_pass",
            "vehicle_permit",
            "release_slip",
        )
        assert services.targets.sources == {}  # and the repairs' target sources
        gate = services.module(GateServices)
        assert not gate.incidents.can_open  # no incidents module: no incident button
    finally:
        services.close()


def test_the_patrol_without_the_repairs_works_on_and_offers_no_ticket(tmp_path: Path) -> None:
    """The patrol borrows the repairs' desk; without the repairs it does without."""
    without = tuple(m for m in MODULES if m.key != "repairs")
    services = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True, modules=without)
    try:
        findings = services.module(PatrolServices).findings
        assert not findings.can_open_tickets
        with_repairs = open_services(Paths.resolve(tmp_path / "data"), fast_hashing=True)
        try:
            assert with_repairs.module(PatrolServices).findings.can_open_tickets
        finally:
            with_repairs.close()
    finally:
        services.close()
