"""Generated input through the inspection services: whatever is typed into the
inspection form (area, time, answers, readings, notes, equipment codes), the notice
form, the fix note, a void reason, a template's fields or the list's filter is stored
as cleaned or refused with a UserError naming its form field, and a refusal writes
nothing (tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.results import Answer
from propdesk.domain.inspections.templates import Template, TemplateItem
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.rectifications import NoticeFilter, NoticeInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.services.inspections.views import InspectionFilter
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
RECORD_FIELDS = {"area", "inspected_at", "inspector_id", "notes", "template_id", "reinspection"}
NOTICE_FIELDS = {"what_to_fix", "department", "deadline", "issued_at"}
TEMPLATE_FIELDS = {"name", "areas", "items", "kind", "frequency"}


@dataclass(frozen=True)
class Estate:
    services: Services
    doors: InspectionServices
    fire: TemplateInfo

    def __repr__(self) -> str:
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(
        Paths.resolve(tmp_path_factory.mktemp("inspections")), fast_hashing=True
    )
    services.estate.set_up("翠湖花园")
    doors = services.module(InspectionServices)
    doors.templates.seed_defaults(MANAGER, "zh_CN")
    fire = next(
        t for t in doors.templates.templates(MANAGER) if t.kind is InspectionKind.FIRE_EQUIPMENT
    )
    yield Estate(services, doors, fire)
    services.close()


def refused_cleanly(
    estate: Estate, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    assert error is not None
    assert error.field in names or (error.field or "").startswith("item:"), error
    assert error.message
    assert row_counts(estate.services.store) == before


readings = (
    st.none()
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.floats()
    | st.integers(-(10**30), 10**30)
    | typed
    | st.sampled_from([True, "1.2", " 0.9 ", "١٫٢"])
)
results = st.none() | st.sampled_from(list(ItemResult)) | bad_choices


def _answer(result: object, value: object, text: str, note: str) -> Answer:
    return Answer(result, value, text, note)  # type: ignore[arg-type]


@GENERATED
@given(
    area=typed | st.sampled_from(["各楼栋", " 各楼栋 "]),
    at=st.none() | edge_datetimes,
    all_pass=st.booleans(),
    result=results,
    value=readings,
    text=typed,
    note=typed,
    notes=typed,
    code=typed | st.sampled_from(["", "MHQ-1"]),
    which=st.integers(0, 40),
)
def test_the_inspection_form(
    estate: Estate,
    area: str,
    at: datetime | None,
    all_pass: bool,
    result: object,
    value: object,
    text: str,
    note: str,
    notes: str,
    code: str,
    which: int,
) -> None:
    fire = estate.fire
    items = fire.template.items
    key = items[which % len(items)].key
    answers = {key: _answer(result, value, text, note)}
    data = InspectionInput(
        fire.id,
        area,
        answers,
        all_pass=all_pass,
        inspected_at=at,
        equipment={key: code},
        notes=notes,
    )
    before = row_counts(estate.services.store)
    detail, error = attempt(lambda: estate.doors.inspections.record(TECH, data))
    if detail is None:
        refused_cleanly(estate, before, error, RECORD_FIELDS)
        return
    assert detail.row.area == area.strip()
    assert row_counts(estate.services.store)["inspection"] == before["inspection"] + 1


def _failed(estate: Estate) -> tuple[uuid.UUID, str]:
    fire = estate.fire
    check = next(i for i in fire.template.items if i.kind is ItemKind.CHECK)
    answers: dict[str, Answer] = {}
    for item in fire.template.items:
        if item.kind is ItemKind.NUMBER:
            answers[item.key] = Answer(value=item.low if item.low is not None else item.high)
        elif item.kind is ItemKind.TEXT:
            answers[item.key] = Answer(text="正常")
    answers[check.key] = Answer(ItemResult.FAIL, note="损坏")
    done = estate.doors.inspections.record(
        TECH, InspectionInput(fire.id, fire.template.areas[0], answers, all_pass=True)
    )
    return done.id, check.key


@GENERATED
@given(
    what=typed,
    department=typed | st.sampled_from(["engineering", " engineering ", "ENGINEERING"]),
    deadline=edge_datetimes | st.just(datetime.now().astimezone() + timedelta(days=2)),
    issued_at=st.none() | edge_datetimes,
    fix_note=typed,
    reason=typed,
)
def test_the_notice_forms(
    estate: Estate,
    what: str,
    department: str,
    deadline: datetime,
    issued_at: datetime | None,
    fix_note: str,
    reason: str,
) -> None:
    inspection_id, key = _failed(estate)
    data = NoticeInput(inspection_id, key, department, what, deadline, issued_at)
    before = row_counts(estate.services.store)
    notices = estate.doors.rectifications
    notice, error = attempt(lambda: notices.issue(TECH, data))
    if notice is None:
        refused_cleanly(estate, before, error, NOTICE_FIELDS)
        return
    before = row_counts(estate.services.store)
    fixed, error = attempt(lambda: notices.report_fixed(TECH, notice.id, fix_note))
    if fixed is None:
        refused_cleanly(estate, before, error, {"fix_note", "fixed_at"})
    before = row_counts(estate.services.store)
    voided, error = attempt(lambda: notices.void(MANAGER, notice.id, reason))
    if voided is None:
        refused_cleanly(estate, before, error, {"void_reason", "reason"})


keys = st.sampled_from(["a", "b_1", "pressure"]) | typed
kinds = st.sampled_from(list(ItemKind)) | bad_choices
limits = (
    st.none()
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.sampled_from([Decimal("0.8"), Decimal(-1), Decimal("1e30")])
)


@GENERATED
@given(
    name=typed,
    kind=st.sampled_from(list(InspectionKind)) | bad_choices,
    frequency=st.sampled_from(list(Frequency)) | bad_choices,
    areas=st.lists(typed, max_size=4),
    item_keys=st.lists(keys, max_size=4),
    item_text=typed,
    item_kind=kinds,
    unit=typed | st.sampled_from(["MPa", "°C"]),
    low=limits,
    high=limits,
)
def test_a_template_typed_by_a_manager(
    estate: Estate,
    name: str,
    kind: object,
    frequency: object,
    areas: list[str],
    item_keys: list[str],
    item_text: str,
    item_kind: object,
    unit: str,
    low: Decimal | None,
    high: Decimal | None,
) -> None:
    before = row_counts(estate.services.store)

    def add() -> TemplateInfo:
        items = tuple(
            TemplateItem(k, item_text, item_kind, unit, low, high)  # type: ignore[arg-type]
            for k in item_keys
        )
        template = Template(kind, name, frequency, tuple(areas), items)  # type: ignore[arg-type]
        return estate.doors.templates.add(MANAGER, template)

    added, error = attempt(add)
    if added is None:
        assert error is not None
        assert error.field in TEMPLATE_FIELDS or (error.field or "").startswith("item:"), error
        assert row_counts(estate.services.store) == before
        return
    assert added.template.name == name.strip()


@GENERATED
@given(
    first=st.none() | edge_dates,
    last=st.none() | edge_dates,
    kind=st.none() | st.sampled_from(list(InspectionKind)) | bad_choices,
    text=typed,
    notice_filter=st.sampled_from(list(NoticeFilter)) | bad_choices,
    today=edge_dates,
)
def test_the_lists_filters(
    estate: Estate,
    first: date | None,
    last: date | None,
    kind: object,
    text: str,
    notice_filter: object,
    today: date,
) -> None:
    wanted = InspectionFilter(first, last, kind, False, text)  # type: ignore[arg-type]
    page, error = attempt(lambda: estate.doors.inspections.rows(MANAGER, wanted))
    if page is None:
        assert error is not None
        assert error.field in {"first", "last", "kind", "text"}, error
    notices, error = attempt(
        lambda: estate.doors.rectifications.rows(MANAGER, notice_filter)  # type: ignore[arg-type]
    )
    if notices is None:
        assert error is not None
        assert error.field in {"filter"}, error
    due, error = attempt(lambda: estate.doors.due.rows(MANAGER, today))
    if due is None:
        assert error is not None
        assert error.field in {"today", "day"}, error
