"""Generated input through the equipment register's service: whatever is typed into the
equipment form or the list's filter bar is stored as cleaned or refused with a
UserError naming its form field, and a refusal writes nothing
(tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.core.text import clean_text
from propdesk.services.inspections.equipment import (
    DueFilter,
    EquipmentFilter,
    EquipmentService,
)
from propdesk.services.inspections.equipment_inputs import EquipmentInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.master_data.units import UnitInput
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    row_counts,
    typed,
)

TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "工程部")
TODAY = date(2026, 12, 5)
FORM_FIELDS = {f.name for f in fields(EquipmentInput)} | {"service_interval"}
FORM_FIELDS |= {"installed_on", "last_serviced_on", "expires_on"}
FILTER_FIELDS = {"kind", "text", "due", "after", "today"}


@dataclass(frozen=True)
class Estate:
    services: Services
    equipment: EquipmentService

    def __repr__(self) -> str:
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("equipment")), fast_hashing=True)
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    door = InspectionServices.build(ModuleContext(services.store, lambda: "工程部", {}))
    yield Estate(services, door.equipment)
    services.close()


def choice(kind: type) -> st.SearchStrategy[object]:
    return st.sampled_from(list(kind)) | bad_choices


days = st.none() | edge_dates | st.sampled_from(["2026-01-01", 20260101])
counts = st.sampled_from([0, 1, 12, 15, -1, 10**9, True, None, "12", 1.5]) | st.integers()
codes = st.sampled_from(["MHQ-01", "mhq/2.03", "X_1", "", "-1"]) | typed


BASE = EquipmentInput(
    "MHQ-01",
    EquipmentKind.EXTINGUISHER,
    "4 kg 干粉灭火器",
    "3-2-1502",
    "楼梯口",
    date(2024, 3, 1),
    date(2026, 3, 10),
    12,
    0,
    date(2030, 2, 28),
    "",
)
# What each field of the form may be given: the ordinary, the edges and the junk.
FIELD_VALUES: dict[str, st.SearchStrategy[object]] = {
    "code": codes,
    "kind": choice(EquipmentKind),
    "name": typed,
    "unit_code": st.sampled_from(["3-2-1502", "", " 3-2-1502 ", "9-9-9"]) | typed,
    "place": typed,
    "installed_on": days,
    "last_serviced_on": days,
    "service_interval_months": counts,
    "service_interval_days": counts,
    "expires_on": days,
    "notes": typed,
}


@GENERATED
@given(
    first=st.sampled_from(sorted(FIELD_VALUES)),
    second=st.sampled_from(sorted(FIELD_VALUES)),
    data=st.data(),
)
def test_equipment_form(estate: Estate, first: str, second: str, data: st.DataObject) -> None:
    """The form as filled in well, with one or two fields given anything at all."""
    before = row_counts(estate.services.store)
    # A fresh code each time: each example's item is voided, and codes stay taken.
    changes: dict[str, object] = {"code": f"G-{uuid.uuid4().hex[:12]}"}
    changes |= {name: data.draw(FIELD_VALUES[name], label=name) for name in (first, second)}
    typed_in = replace(BASE, **changes)  # type: ignore[arg-type]
    made, error = attempt(lambda: estate.equipment.create(TECH, typed_in, today=TODAY))
    if made is None:
        assert error is not None
        assert error.field in FORM_FIELDS, error
        assert error.message
        assert row_counts(estate.services.store) == before
        return
    assert made.code == str(typed_in.code).strip().upper()
    assert made.name == clean_text(str(typed_in.name))
    assert made.notes == clean_text(str(typed_in.notes))
    if made.expires_on is not None and made.installed_on is not None:
        assert made.expires_on >= made.installed_on
    if made.next_due is not None:
        assert made.expires_on is None or made.next_due <= made.expires_on
    assert estate.equipment.get(TECH, made.id, today=TODAY) == made
    estate.equipment.void(ADMIN, made.id, "generated")


@GENERATED
@given(
    kind=st.none() | choice(EquipmentKind),
    text=typed,
    due=choice(DueFilter),
    after=st.none() | typed,
    limit=st.integers(-(10**9), 10**9),
    today=st.none() | edge_dates,
)
def test_filter_bar(
    estate: Estate,
    kind: EquipmentKind | None,
    text: str,
    due: DueFilter,
    after: str | None,
    limit: int,
    today: date | None,
) -> None:
    flt = EquipmentFilter(kind, text, due)
    page, error = attempt(lambda: estate.equipment.page(TECH, flt, after, limit, today))
    if page is None:
        assert error is not None
        assert error.field in FILTER_FIELDS, error
        return
    assert len(page.rows) <= 500
    for listing in (estate.equipment.expiring, estate.equipment.expired):
        listed, failed = attempt(lambda listing=listing: listing(TECH, today))  # type: ignore[misc]
        if listed is None:
            assert failed is not None
            assert failed.field == "today"
        else:
            assert all(row.next_due is not None for row in listed)
