"""Generated input through the assessment services: whatever is typed into the new
assessment form (department, month, assessor, remarks, time), the spot check form
(item, place, finding, points, time, the notice's words and deadline), a standard's
name and items, the list's filter or a void reason is stored as cleaned or refused
with a UserError naming its form field, and a refusal writes nothing
(tests/generated_input.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.config import Paths
from propdesk.domain.assessments.standards import Standard, StandardItem
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.assessments.inputs import AssessmentInput, CheckInput, NoticeAsk
from propdesk.services.assessments.service import AssessmentServices
from propdesk.services.assessments.views import AssessmentDetail, AssessmentFilter
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.store.base import utcnow
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_datetimes,
    row_counts,
    typed,
)

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
ASSESSMENT_FIELDS = {"department", "month", "assessor", "remarks", "assessed_at"}
CHECK_FIELDS = {
    "item",
    "place",
    "finding",
    "deducted",
    "checked_at",
    "notice",
    "what_to_fix",
    "deadline",
}


@dataclass(frozen=True)
class Estate:
    services: Services
    doors: AssessmentServices
    open: AssessmentDetail

    def __repr__(self) -> str:
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    services = open_services(Paths.resolve(tmp_path_factory.mktemp("assess")), fast_hashing=True)
    services.estate.set_up("翠湖花园")
    doors = services.module(AssessmentServices)
    doors.standards.adopt_defaults(MANAGER, "zh_CN")
    local = utcnow().astimezone()
    made = doors.assessments.create(
        MANAGER, AssessmentInput("engineering", f"{local.year:04d}-{local.month:02d}", "陈经理")
    )
    yield Estate(services, doors, made)
    services.close()


def refused_cleanly(
    estate: Estate, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    assert error is not None
    assert error.field in names or (error.field or "").startswith("item:"), error
    assert error.message
    assert row_counts(estate.services.store) == before


months = st.sampled_from(["2026-11", "1999-12", "2026-13", "", "2999-01"]) | typed


@GENERATED
@given(
    department=bad_choices | st.sampled_from(["security", "cleaning"]),
    month=months,
    assessor=typed,
    remarks=typed,
    at=st.none() | edge_datetimes,
)
def test_new_assessments(
    estate: Estate,
    department: object,
    month: object,
    assessor: str,
    remarks: str,
    at: datetime | None,
) -> None:
    before = row_counts(estate.services.store)
    data = AssessmentInput(department, month, assessor, remarks, at)  # type: ignore[arg-type]
    made, error = attempt(lambda: estate.doors.assessments.create(MANAGER, data))
    if made is None:
        refused_cleanly(estate, before, error, ASSESSMENT_FIELDS)
        return
    assert made.row.assessor_name == " ".join(assessor.split())
    estate.doors.assessments.void(MANAGER, made.id, "测试")  # the month is free again


@GENERATED
@given(
    item=bad_choices | st.sampled_from(["repair_arrival", "lifts"]),
    place=typed,
    finding=typed,
    points=st.integers(-5, 120) | st.sampled_from([True, 1.5, None]),
    at=st.none() | edge_datetimes,
    fix=st.none() | typed,
    deadline=edge_datetimes,
)
def test_spot_checks(
    estate: Estate,
    item: object,
    place: str,
    finding: str,
    points: object,
    at: datetime | None,
    fix: str | None,
    deadline: datetime,
) -> None:
    before = row_counts(estate.services.store)
    ask = NoticeAsk(fix, deadline) if fix is not None else None
    data = CheckInput(item, place, finding, points, at, ask)  # type: ignore[arg-type]
    out, error = attempt(lambda: estate.doors.assessments.add_check(MANAGER, estate.open.id, data))
    if out is None:
        refused_cleanly(estate, before, error, CHECK_FIELDS)
        return
    assert out.detail.row.score >= 0
    for check_item in out.detail.standard.items:
        assert out.detail.deducted_of(check_item.key) <= check_item.points


@GENERATED
@given(
    name=typed,
    text=typed,
    points=st.integers(-3, 150),
    key=st.sampled_from(["a", "lobby", "", "A B"]),
)
def test_standards(estate: Estate, name: str, text: str, points: int, key: str) -> None:
    before = row_counts(estate.services.store)
    standard = Standard(name, (StandardItem(key, text, points),))
    saved, error = attempt(lambda: estate.doors.standards.save(MANAGER, "greening", standard))
    if saved is None:
        refused_cleanly(estate, before, error, {"name", "items", "department"})


@GENERATED
@given(code=bad_choices, year=st.none() | st.integers(-1, 10_001), text=typed, reason=typed)
def test_filters_and_void_reasons(
    estate: Estate, code: object, year: int | None, text: str, reason: str
) -> None:
    wanted = AssessmentFilter(code, year, text)  # type: ignore[arg-type]
    _page, error = attempt(lambda: estate.doors.assessments.rows(MANAGER, wanted))
    if error is not None:
        assert error.field in {"department", "year", "text", "filter"}
    local = utcnow().astimezone()
    month = f"{local.year:04d}-{local.month:02d}"
    spare = estate.doors.assessments.create(
        MANAGER, AssessmentInput("customer_service", month, "x")
    )
    before = row_counts(estate.services.store)
    done, error = attempt(lambda: estate.doors.assessments.void(MANAGER, spare.id, reason))
    if done is None:
        refused_cleanly(estate, before, error, {"reason"})
        estate.doors.assessments.void(MANAGER, spare.id, "测试")
        return
    assert done.row.voided
    assert done.row.void_reason == " ".join(reason.split())[:200]
