"""Generated input through the residents service: whatever the residents form, a sheet
or a bad caller gives (any text, a lone surrogate, a million characters, an empty or
unknown kind, dates at the edge) is stored as cleaned or refused with a UserError
naming its form field, and a refusal writes nothing (tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInfo, ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import Resident
from tests.generated_input import (
    GENERATED,
    LONG,
    SURROGATE,
    attempt,
    bad_choices,
    edge_dates,
    row_counts,
    typed,
)

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
UNIT = "3-2-1502"
INPUT_FIELDS = {f.name for f in fields(ResidentInput)} | {"unit"}
LIMITS = {c.name: c.type.length for c in Resident.__table__.columns if hasattr(c.type, "length")}


@dataclass(frozen=True)
class Estate:
    services: Services
    resident_id: uuid.UUID
    unit_id: uuid.UUID

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    paths = Paths.resolve(tmp_path_factory.mktemp("residents"))
    services = open_services(paths, fast_hashing=True)
    unit = services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    resident = services.residents.save(ADMIN, ResidentInput(UNIT, ResidentKind.OWNER, "张三"))
    yield Estate(services, resident.id, unit.id)
    services.close()


def _refused_cleanly(estate: Estate, before: dict[str, int], error: UserError | None) -> None:
    assert error is not None
    assert error.field in INPUT_FIELDS | {"reason"}, error
    assert error.message
    assert row_counts(estate.services.store) == before


def _stored_as_cleaned(info: ResidentInfo) -> None:
    for text in (info.name, info.phone, info.phone2, info.id_masked, info.unit_code):
        text.encode("utf-8")  # no lone surrogate got through
    assert 0 < len(info.name) <= LIMITS["name"]
    assert len(info.phone) <= LIMITS["phone"]
    assert len(info.phone2) <= LIMITS["phone2"]
    assert len(info.id_masked) <= 30


resident_inputs = st.builds(
    ResidentInput,
    unit_code=typed | st.just(UNIT),
    kind=bad_choices | st.sampled_from(list(ResidentKind)),
    name=typed | st.sampled_from(["李四", "王五", "Anna Müller"]),
    phone=typed | st.sampled_from(["13812345678", "0755-83216789"]),
    phone2=typed,
    id_number=typed | st.sampled_from(["11010519491231002X", "E12345678", "A" * 31]),
    move_in=st.none() | edge_dates,
    move_out=st.none() | edge_dates,
)


@GENERATED
@given(data=resident_inputs)
def test_a_saved_resident_is_stored_cleaned_or_refused(estate: Estate, data: Any) -> None:
    before = row_counts(estate.services.store)
    saved, error = attempt(lambda: estate.services.residents.save(ADMIN, data))
    if saved is None:
        _refused_cleanly(estate, before, error)
    else:
        _stored_as_cleaned(saved)


@GENERATED
@given(data=resident_inputs)
def test_an_updated_resident_is_stored_cleaned_or_refused(estate: Estate, data: Any) -> None:
    before = row_counts(estate.services.store)
    saved, error = attempt(
        lambda: estate.services.residents.update(ADMIN, estate.resident_id, data)
    )
    if saved is None:
        _refused_cleanly(estate, before, error)
    else:
        _stored_as_cleaned(saved)


@GENERATED
@given(day=edge_dates)
def test_a_move_out_day_at_the_edge_is_stored_or_refused(estate: Estate, day: date) -> None:
    services = estate.services
    person = services.residents.save(
        ADMIN, ResidentInput(UNIT, ResidentKind.FAMILY, "赵六", move_in=date(2000, 2, 29))
    )
    before = row_counts(services.store)
    moved, error = attempt(lambda: services.residents.move_out(ADMIN, person.id, day))
    if moved is None:
        _refused_cleanly(estate, before, error)
    else:
        assert moved.move_out == day


@GENERATED
@given(reason=typed)
def test_a_void_reason_is_stored_cleaned_or_refused(estate: Estate, reason: str) -> None:
    services = estate.services
    person = services.residents.save(ADMIN, ResidentInput(UNIT, ResidentKind.FAMILY, "孙七"))
    before = row_counts(services.store)
    _, error = attempt(lambda: services.residents.void(ADMIN, person.id, reason))
    if error is not None:
        _refused_cleanly(estate, before, error)
    else:
        assert [
            r for r in services.residents.for_unit(ADMIN, estate.unit_id) if r.name == "孙七"
        ] == []


@GENERATED
@given(number=typed)
def test_a_lookup_by_any_id_number_answers_or_refuses(estate: Estate, number: str) -> None:
    before = row_counts(estate.services.store)
    found, error = attempt(lambda: estate.services.residents.find_by_id_number(ADMIN, number))
    if found is None:
        _refused_cleanly(estate, before, error)
    else:
        assert all(isinstance(r, ResidentInfo) for r in found)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": ""}, "kind"),
        ({"kind": "landlord"}, "kind"),
        ({"name": f"张{SURROGATE}三"}, "name"),
        ({"name": LONG}, "name"),
        ({"phone": SURROGATE}, "phone"),
        ({"id_number": f"E1234{SURROGATE}678"}, "id_number"),
        ({"id_number": LONG}, "id_number"),
        ({"unit_code": LONG}, "unit_code"),
        ({"unit_code": SURROGATE}, "unit_code"),
    ],
)
def test_each_known_bad_input_names_its_field(
    estate: Estate, change: dict[str, Any], field: str
) -> None:
    fields_given: dict[str, Any] = {"unit_code": UNIT, "kind": ResidentKind.TENANT, "name": "周八"}
    data = ResidentInput(**(fields_given | change))
    before = row_counts(estate.services.store)
    with pytest.raises(UserError) as caught:
        estate.services.residents.save(ADMIN, data)
    assert caught.value.field == field
    assert row_counts(estate.services.store) == before


def test_dates_at_the_edge_are_kept_as_given(estate: Estate) -> None:
    saved = estate.services.residents.save(
        ADMIN,
        ResidentInput(UNIT, ResidentKind.TENANT, "吴九", move_in=date.min, move_out=date.max),
    )
    assert (saved.move_in, saved.move_out) == (date.min, date.max)
